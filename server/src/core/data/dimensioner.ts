// The four dimensions of a good kerneopgave (after Anders Seneca): one table, four rules.
import type { DimensionKey } from '../types';

export interface DimensionEntry {
  key: DimensionKey;
  /** Stable rule id. */
  ruleId: string;
  /** The dimension's name as a heading. */
  heading: { da: string; en: string };
  /** The guiding question, the message of a missing-dimension finding. */
  question: { da: string; en: string };
  /** What the dimension means: for hover and docs. */
  meaning: { da: string; en: string };
  /** Heading words that name a section after the dimension. */
  headingPattern: RegExp;
  /** Phrases in the text that reflect the dimension (lower-case, matched on whole words). */
  cues: readonly string[];
}

export const DIMENSIONS: readonly DimensionEntry[] = [
  {
    key: 'vaerdi',
    ruleId: 'dimension-vaerdi',
    heading: { da: 'Værdien vi skaber', en: 'The value we create' },
    question: {
      da: 'Hvad ville borgerne savne, hvis I forsvandt i morgen?',
      en: 'What would the citizens miss if you disappeared tomorrow?',
    },
    meaning: {
      da: 'Værdien handler om hvorfor, ikke om hvad: den forskel, borgeren mærker. Sammenlign jeres eget svar med det, borgerne faktisk oplever som et behov.',
      en: 'The value is about why, not what: the difference the citizen notices. Compare your own answer with what the citizens actually experience as a need.',
    },
    headingPattern: /\b(værdi(en)?|værdier(ne)?|effekt(en)?|hvorfor)\b/iu,
    cues: ['værdi for', 'værdien for', 'gør en forskel', 'gøre en forskel', 'forskel for', 'savne', 'savner'],
  },
  {
    key: 'ambition',
    ruleId: 'dimension-ambition',
    heading: { da: 'Den fælles ambition', en: 'The shared ambition' },
    question: {
      da: 'Hvad vil I være stolte af om fem år?',
      en: 'What will you be proud of in five years?',
    },
    meaning: {
      da: 'Ambitionen er det fælles svar på, hvad I vil kendes for, bakket op af handlinger og ikke kun af fine ord.',
      en: 'The ambition is the shared answer to what you want to be known for, backed by actions, not only fine words.',
    },
    headingPattern: /\b(ambition(en)?|ambitioner(ne)?|vision(en)?|mål(et|sætning(en)?)?|stolte?)\b/iu,
    cues: [
      'ambition', 'ambitionen', 'vision', 'visionen', 'målet er', 'målet for', 'vores mål', 'mål er', 'målsætning', 'målsætningen',
      'stolte af', 'kendt for', 'kendte for', 'kendes for', 'størst mulig', 'størst mulige', 'i videst muligt omfang',
      'om fem år', 'alle børn', 'alle elever', 'alle borgere', 'alle unge', 'alle beboere', 'ingen', 'hver eneste', 'det målet',
      'vi vil', 'vi stræber', 'stræber efter', 'vil være', 'skal være de bedste', 'flere', 'færre',
    ],
  },
  {
    key: 'tilgang',
    ruleId: 'dimension-tilgang',
    heading: { da: 'Vores tilgang til opgaven', en: 'Our approach to the task' },
    question: {
      da: 'Hvordan løser I opgaven sammen med dem og ikke kun for dem?',
      en: 'How do you solve the task with them, not only for them?',
    },
    meaning: {
      da: 'Tilgangen er, hvordan I arbejder: for borgerne eller med dem. Medarbejdere bruger forskellige verber om den samme tilgang; gruppen skal blive enige.',
      en: 'The approach is how you work: for the citizens or with them. Staff use different verbs for the same approach; the group should agree.',
    },
    headingPattern: /\b(tilgang(en)?|hvordan|arbejdsform(en)?|metode(n)?|sådan gør vi)\b/iu,
    cues: [
      'sammen med', 'sammen', 'i samarbejde med', 'samarbejde med', 'samarbejde', 'i samspil med', 'samspil', 'i dialog med',
      'dialog med', 'samskabe', 'samskaber', 'samskabelse', 'samskabende', 'inddrage', 'inddrager', 'inddragelse', 'inddrages',
      'involvere', 'involverer', 'ved at', 'ved,', 'gennem', 'hjælp til selvhjælp', 'udgangspunkt i', 'med afsæt i', 'i fællesskab',
      'relationer', 'relation', 'nærvær', 'nærværende', 'rehabiliterende', 'tværfagligt', 'tværfaglig', 'helhedsorienteret',
      'forpligtende samarbejde', 'partnerskab', 'medinddragelse', 'medindflydelse', 'borgerinddragelse', 'brugerinddragelse',
      'tager afsæt', 'tilgang', 'tilgangen', 'måden', 'på en måde',
    ],
  },
  {
    key: 'maalgruppe',
    ruleId: 'dimension-maalgruppe',
    heading: { da: 'Målgruppen', en: 'The target group' },
    question: {
      da: 'Hvem skal I lykkes sammen med?',
      en: 'Who must you succeed together with?',
    },
    meaning: {
      da: 'Målgruppen skal være konkret og nuanceret. Hvad I kalder dem, siger også noget om, hvad I kalder jer selv.',
      en: 'The target group must be concrete and nuanced. What you call them also says something about what you call yourselves.',
    },
    headingPattern: /\b(målgruppe(n)?|målgrupper(ne)?|hvem)\b/iu,
    cues: [],
  },
];
