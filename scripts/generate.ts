// Generates Danish Markdown documents of a given size, deterministic (our own text; no corpus rows).
//
// Two profiles:
// - 'lists' (the default, the original generator): short blocks picked from a few fixed sentences, many small
//   lists and identical tables. Many blocks repeat word for word, and whole-document remark-parse grows faster
//   than linearly on it.
// - 'prose': what a long medarbejdergrundlag looks like: numbered sections and subsections, paragraphs (hard-
//   wrapped or one line per paragraph) composed from sentence parts with numbers, names and dates, bullet and
//   numbered lists (some nested), tables with varying rows, block quotes, links, emphasis and a few HTML comments.
//   Almost no block repeats.

export type Profile = 'lists' | 'prose';
export const PROFILES: readonly Profile[] = ['lists', 'prose'];

const HEADINGS = ['Indledning', 'Vores kerneopgave', 'Kompetencer og forudsætninger', 'Sådan følger vi op', 'Målgruppen', 'Den fælles ambition', 'Praktiske oplysninger', 'Kerneopgaven for hjemmeplejen', 'Arbejdsmiljø', 'Samarbejde med forældre'];
const PROSE = [
  'MED-udvalget har drøftet grundlaget på tre møder, og ledere og medarbejdere har bidraget med eksempler fra hverdagen.',
  'Vi mødes hver anden tirsdag kl. 14, bl.a. for at tale om nye borgere og om, hvordan vi fordeler opgaverne.',
  'Referatet sendes ud senest en uge efter mødet. Kommentarer sendes til sekretariatet, f.eks. på mail.',
  'Vi sikrer, at der er kaffe og frugt til alle møder, og at lokalet er booket i god tid.',
  'Der er ca. 40 medarbejdere i afdelingen, fordelt på tre teams med hver sin koordinator.',
  'Nye kolleger får en mentor det første halve år, og vi holder en opfølgende samtale efter tre måneder.',
  'Vi har talt meget om kerneopgaven i år, og mange har sagt, at det har været lærerigt.',
  'Budgettet for næste år er endnu ikke vedtaget; vi forventer en afklaring i oktober.',
];
const STATEMENTS = [
  'Vores kerneopgave er at undervise eleverne i dansk, matematik og naturfag.',
  'Vores kerneopgave er, at alle børn trives og lærer i trygge fællesskaber sammen med deres forældre.',
  'Det er hjemmeplejens kerneopgave at yde personlig og praktisk hjælp til borgere i eget hjem.',
  'Kerneopgaven er, at de ældre borgere kan klare sig selv så længe som muligt, og det arbejder vi for sammen med dem.',
  'Det er jobcentrets kerneopgave at støtte de ledige til at blive selvforsørgende.',
];
const LIST = ['at lytte til borgeren', 'at tage udgangspunkt i den enkelte', 'at samarbejde på tværs af faggrupper', 'at dokumentere vores arbejde', 'at holde hinanden orienteret'];

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Markdown document of about `bytes` UTF-8 bytes, of the given profile ('lists' unless told). */
export function generateDocument(bytes: number, seed = 1, profile: Profile = 'lists'): string {
  return profile === 'prose' ? generateProse(bytes, seed) : generateLists(bytes, seed);
}

function generateLists(bytes: number, seed: number): string {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const parts: string[] = ['# Medarbejdergrundlag\n'];
  let size = Buffer.byteLength(parts[0]);
  let n = 0;
  while (size < bytes) {
    const r = random();
    let block: string;
    if (r < 0.12) block = `${'#'.repeat(2 + Math.floor(random() * 2))} ${pick(HEADINGS)} ${++n}`;
    else if (r < 0.5) block = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(PROSE)).join(' ');
    else if (r < 0.62) block = pick(STATEMENTS);
    else if (r < 0.8) block = Array.from({ length: 3 }, () => `- ${pick(LIST)}, *især* når **det** haster`).join('\n');
    else if (r < 0.9) block = '| Team | Antal |\n| --- | --- |\n| Nord | 12 |\n| Syd | 14 |';
    else block = `> ${pick(PROSE)}\n> ${pick(PROSE)}`;
    block += '\n';
    parts.push(block);
    size += Buffer.byteLength(block) + 1;
  }
  return parts.join('\n');
}

// ---- the 'prose' profile: sentences composed from parts, so that blocks rarely repeat ----

const UNITS = ['hjemmeplejen', 'børnehuset Solsikken', 'skolen', 'jobcentret', 'plejecentret Egely', 'sundhedsplejen', 'ungdomsskolen', 'borgerservice', 'botilbuddet', 'PPR', 'tandplejen', 'fritidsklubben', 'rehabiliteringsteamet', 'familieafdelingen'];
const GROUPS = ['borgerne', 'eleverne', 'børnene', 'de ældre', 'de pårørende', 'de unge', 'forældrene', 'de ledige', 'beboerne', 'familierne', 'de nyankomne', 'kollegerne'];
const SUBJECTS = ['Vi', 'Ledelsen', 'MED-udvalget', 'Teamet', 'Hver medarbejder', 'Koordinatoren', 'Arbejdsmiljørepræsentanten', 'Tillidsrepræsentanten', 'Afdelingen', 'Den daglige leder', 'Sekretariatet', 'Vores mentorer'];
const VERBS = ['drøfter', 'følger op på', 'evaluerer', 'planlægger', 'beskriver', 'prioriterer', 'dokumenterer', 'taler om', 'justerer', 'samler erfaringer om', 'tager ansvar for', 'deler viden om'];
const OBJECTS = ['arbejdsgangene', 'fordelingen af opgaverne', 'de faglige mål', 'samarbejdet med de pårørende', 'trivslen i teamet', 'overleveringen mellem vagterne', 'brugen af de digitale værktøjer', 'indsatsen for den enkelte', 'mødestrukturen', 'kompetenceudviklingen', 'introduktionen af nye kolleger', 'sygefraværet', 'kvaliteten af dokumentationen', 'kontakten til frivillige'];
const ADVERBIALS = ['hver anden tirsdag', 'på personalemødet', 'en gang i kvartalet', 'ved årets udgang', 'i samarbejde med forvaltningen', 'så tidligt som muligt', 'efter hver større ændring', 'på den årlige temadag', 'når der er behov for det', 'i den daglige drift', 'sammen med tillidsrepræsentanten', 'inden sommerferien'];
const CLAUSES = ['så alle ved, hvad der forventes', 'fordi det giver ro i hverdagen', 'og det skal vi blive bedre til', 'men det kræver tid og tålmodighed', 'så ingen står alene med opgaven', 'hvilket er aftalt i MED-udvalget', 'og vi følger op, hvis noget halter', 'så vi lærer af hinandens erfaringer', 'selv om travlheden er stor', 'som beskrevet i den lokale aftale'];
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'august', 'september', 'oktober', 'november', 'december'];
const NAMES = ['Mette', 'Lars', 'Aisha', 'Søren', 'Birgitte', 'Jens', 'Fatima', 'Henrik', 'Line', 'Ole', 'Kirsten', 'Mads', 'Åse', 'Ørnulf'];
const SECTIONS = ['Indledning', 'Vores kerneopgave', 'Kompetencer og forudsætninger', 'Sådan følger vi op', 'Målgruppen', 'Den fælles ambition', 'Praktiske oplysninger', 'Arbejdsmiljø og trivsel', 'Samarbejde med pårørende', 'Møder og kommunikation', 'Introduktion af nye kolleger', 'Dokumentation', 'Faglig udvikling', 'Økonomi og ressourcer', 'Frivillige og netværk'];
const EFFECTS = ['kan klare sig selv så længe som muligt', 'trives og lærer i trygge fællesskaber', 'får en hverdag med mening og værdighed', 'kommer i job eller uddannelse', 'oplever sammenhæng i deres forløb', 'bliver selvhjulpne i eget hjem', 'får de samme muligheder som deres kammerater', 'kan deltage i fællesskabet på egne præmisser'];
const ACTIVITIES = ['at yde personlig og praktisk hjælp', 'at undervise i dansk og matematik', 'at holde samtaler og lave handleplaner', 'at tilbyde aktiviteter og træning', 'at besøge familierne i hjemmet', 'at visitere til de rette tilbud', 'at vejlede om rettigheder og pligter'];
const APPROACHES = ['med udgangspunkt i den enkeltes ressourcer', 'i tæt samarbejde med de pårørende', 'gennem rehabilitering og træning', 'ved at lytte og spørge ind', 'med fokus på tidlig indsats', 'på tværs af faggrupper'];
const ITEMS = ['lytte til den enkelte', 'tage udgangspunkt i borgerens egne mål', 'samarbejde på tværs af faggrupper', 'dokumentere det vigtigste samme dag', 'holde hinanden orienteret om ændringer', 'sige til, når opgaverne hober sig op', 'give og tage imod feedback', 'passe på hinanden i travle perioder', 'bruge de aftalte skabeloner', 'inddrage de pårørende tidligt'];

type Random = () => number;

function composer(random: Random) {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const decorate = (s: string) => {
    const r = random();
    if (r < 0.06) return s.replace(/ (\S+)$/, ' **$1**');
    if (r < 0.1) return s.replace(/ (\S+)$/, ' *$1*');
    return s;
  };
  const sentence = (): string => {
    const r = random();
    let s: string;
    if (r < 0.45) s = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(ADVERBIALS)}`;
    else if (r < 0.6) s = `I ${pick(UNITS)} er der ca. ${int(8, 140)} medarbejdere, fordelt på ${int(2, 7)} teams`;
    else if (r < 0.7) s = `${pick(NAMES)} er kontaktperson for ${pick(GROUPS)} fra ${int(1, 28)}. ${pick(MONTHS)} ${int(2024, 2029)}`;
    else if (r < 0.8) s = `Mødet holdes kl. ${int(8, 15)}.${pick(['00', '15', '30', '45'])} i lokale ${int(1, 9)}.${int(10, 40)}, bl.a. for at tale om ${pick(OBJECTS)}`;
    else if (r < 0.9) s = `Læs mere om ${pick(OBJECTS)} på [intranettet](https://intra.example.dk/${pick(UNITS).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}/${int(100, 999)})`;
    else s = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}, f.eks. ${pick(ADVERBIALS)}`;
    if (random() < 0.45) s += `, ${pick(CLAUSES)}`;
    return decorate(s) + '.';
  };
  const statement = (): string => {
    const r = random();
    const unit = pick(UNITS);
    if (r < 0.3) return `Vores kerneopgave er, at ${pick(GROUPS)} ${pick(EFFECTS)}, ${pick(APPROACHES)}.`;
    if (r < 0.55) return `Det er ${unit}s kerneopgave ${pick(ACTIVITIES)} til ${pick(GROUPS)}.`;
    if (r < 0.8) return `Kerneopgaven for ${unit} er, at ${pick(GROUPS)} ${pick(EFFECTS)}, og det arbejder vi for ${pick(APPROACHES)}.`;
    return `Vores kerneopgave er ${pick(ACTIVITIES)}, ${pick(ADVERBIALS)}.`;
  };
  return { pick, int, sentence, statement };
}

/** Joins words into lines of at most `width` columns. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function generateProse(bytes: number, seed: number): string {
  const random = mulberry32(seed ^ 0x5eed);
  const { pick, int, sentence, statement } = composer(random);
  const parts: string[] = [`# Medarbejdergrundlag for ${pick(UNITS)} ${int(2025, 2030)}`];
  let size = Buffer.byteLength(parts[0]) + 2;
  let section = 1;
  let sub = 0;
  const add = (block: string) => {
    parts.push(block);
    size += Buffer.byteLength(block) + 2;
  };
  add(`## 1. ${SECTIONS[0]}`);
  const paragraph = () => {
    const text = Array.from({ length: int(2, 6) }, sentence).join(' ');
    return random() < 0.6 ? wrap(text, int(72, 90)) : text;
  };
  while (size < bytes) {
    const r = random();
    if (r < 0.05) {
      section++;
      sub = 0;
      add(`## ${section}. ${pick(SECTIONS)}`);
      if (random() < 0.3) add(statement() + (random() < 0.5 ? ' ' + sentence() : ''));
    } else if (r < 0.1) add(`### ${section}.${++sub} ${pick(SECTIONS)}`);
    else if (r < 0.62) add(paragraph());
    else if (r < 0.67) add(statement());
    else if (r < 0.8) {
      const ordered = random() < 0.35;
      const items: string[] = [];
      const n = int(2, 7);
      for (let i = 0; i < n; i++) {
        const marker = ordered ? `${i + 1}.` : '-';
        const item = random() < 0.7 ? `${pick(ITEMS)}${random() < 0.4 ? `, ${pick(ADVERBIALS)}` : ''}` : sentence();
        items.push(`${marker} ${item}`);
        if (random() < 0.12) items.push(`${' '.repeat(marker.length + 1)}- ${pick(ITEMS)}`);
      }
      if (random() < 0.6) add(`${pick(SUBJECTS)} vil ${pick(['gerne', 'altid', 'især', 'fortsat'])}:`);
      add(items.join('\n'));
    } else if (r < 0.86) {
      const rows = Array.from({ length: int(2, 8) }, () => `| ${pick(UNITS)} | ${int(3, 60)} | ${pick(NAMES)} |`);
      add(['| Enhed | Medarbejdere | Kontakt |', '| --- | ---: | --- |', ...rows].join('\n'));
    } else if (r < 0.94) add(wrap(Array.from({ length: int(1, 3) }, sentence).join(' '), int(60, 80)).replace(/^/gm, '> '));
    else if (r < 0.96) add(`<!-- ${pick(NAMES)}: ${pick(OBJECTS)} skal drøftes igen i ${pick(MONTHS)} -->`);
    else add(`**${pick(SECTIONS)}.** ${paragraph()}`);
  }
  return parts.join('\n\n') + '\n';
}
