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
  /**
   * Cues that do not count right after some words (»glæden ved at«) or right before a word that matches (»med
   * udgangspunkt i serviceloven«). A cue's first word stands for all its cues (»sammen« for »sammen med«).
   */
  cueExceptions?: Readonly<Record<string, { notAfter?: readonly string[]; notBefore?: RegExp }>>;
}

/** What the law or the rules say is the unit's mandate, not its approach (»med udgangspunkt i serviceloven«). */
const MANDATE = /(loven|lovgivningen|lovgivning|bekendtgørelsen|reglerne|lov)$/;

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
    headingPattern: /(?<![\p{L}])(værdi(en)?|værdier(ne)?|effekt(en)?|hvorfor)(?![\p{L}])/iu,
    // Not »værdi for«: »skaber værdi for borgerne« does not say which value (the same as `aktivitet-uden-effekt`).
    cues: ['gør en forskel', 'gøre en forskel', 'forskel for', 'savne', 'savner'],
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
    headingPattern: /(?<![\p{L}])(ambition(en)?|ambitioner(ne)?|vision(en)?|mål(et|ene|sætning(en|er|erne)?)?|stolte?)(?![\p{L}])/iu,
    cues: [
      // A goal frame (»Målet er, at …«, »Vores målsætning er …«) only states the task; the ambition is its level.
      'ambition', 'ambitionen', 'vision', 'visionen', 'stolte af', 'kendt for', 'kendte for', 'kendes for', 'størst mulig', 'størst mulige', 'i videst muligt omfang',
      'på lige fod', 'samme chancer', 'samme muligheder', 'om fem år', 'om ti år', 'hver eneste', 'vi vil', 'så dygtige', 'fulde potentiale', 'fulde potentiel', 'førende',
      'i front', 'ambitiøs', 'ambitiøse', 'ambitiøst', 'landets bedste', 'danmarks bedste', 'vi stræber', 'stræber efter', 'vil være', 'skal være de bedste',
      // a level named by comparison: the world's best, the same as the group's peers
      'i verdensklasse', 'i topklasse', 'hver gang', 'aldrig mere end', 'som deres jævnaldrende', 'som jævnaldrende', 'som andre børn', 'som andre unge',
      // an outcome for the whole of a life
      'livslang', 'livslange', 'livslangt',
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
    headingPattern: /(?<![\p{L}])(tilgang(en)?|hvordan|arbejdsform(en)?|metode(n|r|rne)?|sådan gør vi)(?![\p{L}])/iu,
    cues: [
      'sammen med', 'sammen', 'i samarbejde med', 'samarbejde med', 'samarbejde', 'samarbejder', 'samarbejdede', 'i samspil med', 'samspil', 'i dialog med',
      'dialog med', 'samskabe', 'samskaber', 'samskabelse', 'samskabende', 'inddrage', 'inddrager', 'inddragelse', 'inddrages',
      'involvere', 'involverer', 'inddraget', 'inddragne', 'involveret', 'involveres', 'arbejder ud fra', 'arbejde ud fra', 'som udgangspunkt', 'side om side', 'opsøger', 'opsøgende', 'bygger relationer', 'lytte til', 'lytter til', 'taler med', 'tale med', 'snakker med', 'snakke med', 'ved at', 'gennem at', 'hjælp til selvhjælp', 'udgangspunkt i', 'med afsæt i', 'i fællesskab',
      'i relationer', 'gennem relationer', 'relationen', 'nærvær', 'nærværende', 'rehabiliterende', 'tværfagligt', 'tværfaglig',
      'forpligtende samarbejde', 'partnerskab', 'medinddragelse', 'medindflydelse', 'borgerinddragelse', 'brugerinddragelse',
      'tager afsæt', 'tilgang', 'tilgangen', 'med til at', 'med på råd', 'bygger bro', 'bygge bro', 'til selv at',
      // the means and the stance of the work, in the field's own words
      'ved hjælp af', 'ved brug af', 'i mødet med', 'i centrum', 'på borgerens præmisser', 'på egne præmisser', 'med respekt',
      'helhedsorienteret', 'helhedsorienterede', 'anerkendende', 'anerkendelse', 'traumebevidst', 'traumebevidste', 'relationsarbejde',
      'relationsarbejdet', 'individuelt tilrettelagt', 'tilpasset den enkelte',
      // meeting the person where they are (»vi møder de unge, hvor de er«)
      'hvor de er', 'hvor han er', 'hvor hun er', 'hvor den enkelte er', 'hvor borgeren er', 'hvor barnet er',
      // working across professions, as equals, on evidence, and holding on
      'på tværs af fagligheder', 'på tværs af faggrænser', 'på tværs af fag', 'på tværs af sektorer', 'på tværs af forvaltninger',
      'på tværs af afdelinger', 'tværfagligheden', 'i øjenhøjde', 'helhedssyn', 'helhedssynet', 'medspiller', 'medspillere',
      'som ligeværdige', 'ligeværdigt samarbejde', 'ligeværdig dialog', 'evidensbaseret', 'evidensbaserede', 'holder fast i',
    ],
    cueExceptions: {
      // »glæden ved at spille«, »har let ved at træffe sunde valg«: a complement, not the means of the work
      ved: { notAfter: ['let', 'svært', 'nemt', 'godt', 'glæden', 'glæde', 'fornøjelsen', 'lysten', 'risikoen', 'fordelen', 'fordelene', 'værdien', 'det'] },
      // »nogen at være sammen med«: the group's company; »køreplanerne hænger sammen«: coherence
      sammen: { notAfter: ['være', 'er', 'var', 'hænger', 'hænge', 'hang'] },
      // »ensomme ældre skal have nogen at tale med«: someone for the group to talk to, not the staff's dialogue
      tale: { notAfter: ['at'] },
      snakke: { notAfter: ['at'] },
      udgangspunkt: { notBefore: MANDATE },
      med: { notBefore: MANDATE },
    },
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
    headingPattern: /(?<![\p{L}])(målgruppe(n)?|målgrupper(ne)?|hvem)(?![\p{L}])/iu,
    cues: [],
  },
];
