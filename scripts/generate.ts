// Generates Danish Markdown documents of a given size, deterministic (our own text; no corpus rows).

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

/** A Markdown document of about `bytes` UTF-8 bytes. */
export function generateDocument(bytes: number, seed = 1): string {
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
