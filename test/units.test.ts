// Which parts of a document are kerneopgave units, and which stay silent.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../server/src/core/text/parse';
import { findUnits, isKerneopgaveHeading } from '../server/src/core/statements/units';
import { lint } from '../server/src/core/lint';

const units = (md: string, fileName?: string) => findUnits(parseDocument(md), fileName);

describe('kerneopgave headings', () => {
  const yes = ['Vores kerneopgave', 'Kerneopgaven for hjemmeplejen', 'Kerneopgave', '2. Vores fælles kerneopgave', 'Skolens kerneopgave', 'Kerneopgave: Børnehuset Mariehønen'];
  const no = ['Hvad er en kerneopgave?', 'Arbejdet med kerneopgaver', 'Kerneopgaver i kommunen', 'Sådan formulerer I kerneopgaven', 'Om kerneopgaven og ledelse'];
  for (const h of yes) it(`names the kerneopgave: ${h}`, () => expect(isKerneopgaveHeading(h)).toBe(true));
  for (const h of no) it(`does not name it: ${h}`, () => expect(isKerneopgaveHeading(h)).toBe(false));
});

describe('statement units', () => {
  const stating = [
    'Vores kerneopgave er at skabe trivsel for børnene.',
    'Kerneopgaven er, at borgerne kan klare sig selv.',
    'Det er Nyborg Kommunes kerneopgave at støtte borgerne.',
    "Det er skolens kerneopgave at lære eleverne at læse.",
    'Vi har talt længe om det. Vores kerneopgave er derfor at give børnene en god start.',
    'Kerneopgaven for hjemmeplejen er at borgerne kan blive i eget hjem.',
  ];
  const talking = [
    'Vi har drøftet vores kerneopgave på personalemødet.',
    'Kerneopgaven er svær at formulere.',
    'Hvad er jeres kerneopgave?',
    'Vi sikrer, at der er kaffe.',
    'Kerneopgaver blev et populært begreb i 2014.',
    'Ledelse af kerneopgaven kræver tid.',
    'Vores fælles kerneopgave er:',
    'Kerneopgaven',
  ];
  for (const t of stating) it(`finds a unit in: ${t}`, () => expect(units(t)).toHaveLength(1));
  for (const t of talking) it(`finds no unit in: ${t}`, () => expect(units(t)).toHaveLength(0));

  it('takes the list after a statement that ends with a colon', () => {
    const found = units('Vores kerneopgave er:\n\n- at børnene trives\n- at de lærer\n\nAndet afsnit.\n');
    expect(found).toHaveLength(1);
    expect(found[0].statement).toHaveLength(2);
    expect(found[0].all).toHaveLength(3);
    expect(found[0].label).toBe('Vores kerneopgave');
  });
});

describe('section and file units', () => {
  it('a section runs to the next heading of the same level and collects dimension sections', () => {
    const md = '# Grundlag\n\n## Vores kerneopgave\n\nBørnene trives.\n\n### Målgruppen\n\nBørn på 0-6 år.\n\n### Ambition\n\nAlle børn.\n\n## Kompetencer\n\nVi underviser.\n';
    const [unit, ...rest] = units(md);
    expect(rest).toHaveLength(0);
    expect(unit.kind).toBe('section');
    expect(unit.dimensionSections.map((s) => s.dimension)).toEqual(['maalgruppe', 'ambition']);
    expect(md.slice(unit.start, unit.end)).not.toContain('Kompetencer');
  });

  it('a *.kerneopgave.md file is one unit, whatever it says', () => {
    expect(units('At undervise børn.', 'skole.kerneopgave.md')).toHaveLength(1);
    expect(units('At undervise børn.', 'skole.md')).toHaveLength(0);
  });

  it('an empty document has no units', () => {
    expect(units('', 'x.kerneopgave.md')).toHaveLength(0);
    expect(units('')).toHaveLength(0);
  });
});

describe('negated statements', () => {
  it('»Det er ikke vores kerneopgave at …« is not a statement', () => {
    expect(units('Det er ikke vores kerneopgave at passe hunde.')).toHaveLength(0);
  });
});

describe('the shapes real documents state a kerneopgave in', () => {
  const body = (md: string, u: { body: { start: number; end: number } }) => md.slice(u.body.start, u.body.end);

  it('a label paragraph and the statement in the next paragraph are one unit, ranged on the statement', () => {
    const md = 'Om os\n\nKerneopgaven er:\n\nAt de ældre i kommunen kan leve det liv, de ønsker.\n\nVi arbejder i teams.\n';
    const found = units(md);
    expect(found).toHaveLength(1);
    expect(body(md, found[0])).toBe('At de ældre i kommunen kan leve det liv, de ønsker.');
    expect(found[0].label).toBe('Kerneopgaven');
    expect(md.slice(found[0].anchor.start, found[0].anchor.end)).toBe('Kerneopgaven');
  });

  it('a label followed by a quote takes the quoted paragraph', () => {
    const md = 'Vores kerneopgave\n\n> At alle elever forlader skolen med lyst til at lære mere.\n';
    const found = units(md);
    expect(found).toHaveLength(1);
    expect(body(md, found[0])).toBe('At alle elever forlader skolen med lyst til at lære mere.');
  });

  it('a plural label gives one unit per labelled paragraph, named by its label', () => {
    const md =
      'Kerneopgaverne er:\n\nTRYGHED: At borgerne føler sig trygge i deres eget hjem.\n\nSUNDHED: At den enkelte borger kan klare mest muligt selv.\n\nFællesskab: At ingen ældre sidder alene mod deres vilje.\n\nVi følger op hvert år.\n';
    const found = units(md);
    expect(found.map((u) => u.title)).toEqual(['TRYGHED', 'SUNDHED', 'Fællesskab']);
    expect(body(md, found[0])).toBe('At borgerne føler sig trygge i deres eget hjem.');
    expect(found.every((u) => u.label)).toBe(true);
  });

  it('a plural heading gives one unit per list item', () => {
    const md = '## Vores kerneopgaver\n\n- At børnene trives i hverdagen.\n- At de unge får en uddannelse.\n\n## Kompetencer\n\nVi lærer af hinanden.\n';
    const found = units(md);
    expect(found.map((u) => body(md, u))).toEqual(['At børnene trives i hverdagen.', 'At de unge får en uddannelse.']);
  });

  it('the statement inside a sentence about it: »består i »at …««', () => {
    const md = 'Kerneopgaven bygger på kommunens strategi og består i »at give de unge et fællesskab, de kan vokse i«. Det er vigtigt.\n';
    const found = units(md);
    expect(found).toHaveLength(1);
    expect(body(md, found[0])).toBe('at give de unge et fællesskab, de kan vokse i');
  });

  it('»… lyder: »…««', () => {
    const md = 'Vores kerneopgave lyder: ”At hver borger oplever en hverdag med mening”.\n';
    expect(units(md).map((u) => body(md, u))).toEqual(['At hver borger oplever en hverdag med mening']);
  });

  it('an insertion between the verb and the statement; the next sentence is not part of it', () => {
    const md = 'Kerneopgaven er, sammen med forældrene, at give hvert barn lyst til at lære. Arbejdet med kerneopgaven tager tid.\n';
    const found = units(md);
    expect(found).toHaveLength(1);
    expect(body(md, found[0])).toBe('Kerneopgaven er, sammen med forældrene, at give hvert barn lyst til at lære.');
  });

  it('a label without a verb: »Vores kerneopgave: At …«', () => {
    const md = 'Vores kerneopgave: At de unge i klubben finder noget, de brænder for.\n';
    expect(units(md).map((u) => body(md, u))).toEqual(['At de unge i klubben finder noget, de brænder for.']);
  });

  it('a heading line pasted from Word without »#«, in the same paragraph or the next', () => {
    const same = 'Vores kerneopgave\nAt borgerne kommer godt hjem fra hospitalet.\n';
    expect(units(same).map((u) => body(same, u))).toEqual(['At borgerne kommer godt hjem fra hospitalet.']);
    const next = 'Kerneopgaven\n\nAt borgerne kommer godt hjem fra hospitalet.\n';
    expect(units(next).map((u) => body(next, u))).toEqual(['At borgerne kommer godt hjem fra hospitalet.']);
  });

  it('other labels only where asked for: settings or a *.kerneopgave.md file', () => {
    const md = 'Formål med mødet: at planlægge temadagen.\n\nVores mission er at give alle børn en god start.\n';
    expect(units(md)).toHaveLength(0);
    const asked = findUnits(parseDocument(md), 'notat.md', { labels: ['mission'] });
    expect(asked.map((u) => body(md, u))).toEqual(['Vores mission er at give alle børn en god start.']);
    const file = 'Mission: At alle børn får en god start.\n\nVision: At vi er kendt for et godt samarbejde med forældrene.\n';
    expect(findUnits(parseDocument(file), 'x.kerneopgave.md').map((u) => u.label)).toEqual(['Mission', 'Vision']);
  });

  it('an agenda item in minutes is not a unit', () => {
    expect(units('# Referat\n\n## 3. Kerneopgaven\n\nVi drøftede udkastet og aftalte at arbejde videre.\n')).toHaveLength(0);
    expect(units('Kerneopgaven\n\nUdvalget drøftede oplægget.\n')).toHaveLength(0);
  });

  it('prose that mentions the kerneopgave is not a unit', () => {
    for (const t of ['Udfoldelsen af kerneopgaven sker i hverdagen.', 'Læs kerneopgaverne her.', 'Hvad betyder kerneopgaven for dig?', 'Et af vores pejlemærker er vores kerneopgaver.']) {
      expect(units(t), t).toHaveLength(0);
    }
  });

  it('two statements in one paragraph are two units', () => {
    const md = 'Vores kerneopgave er at børnene trives. Skolens kerneopgave er at eleverne lærer.\n';
    expect(units(md)).toHaveLength(2);
  });
});

describe('a bare label line', () => {
  it('in a list of contents introduces nothing', () => {
    expect(units('Indhold\n\nKerneopgaven\n\nKompetencer og forudsætninger\n\nSådan følger vi op\n')).toHaveLength(0);
  });
  it('before a sentence introduces it', () => {
    expect(units('Kerneopgaven\n\nAt alle unge i byen har et sted at høre til\n')).toHaveLength(1);
    expect(units('Kerneopgaven\n\nAt de unge har et sted at høre til.\n')).toHaveLength(1);
  });
});

describe('how far an inline statement runs', () => {
  it('a sentence that carries the statement on belongs to it; other sentences do not', () => {
    const md = 'Vores kerneopgave er at undervise eleverne. Målet er, at de bliver klar til en uddannelse. Skolen ligger ved åen.\n';
    const [u] = units(md);
    expect(md.slice(u.body.start, u.body.end)).toBe('Vores kerneopgave er at undervise eleverne. Målet er, at de bliver klar til en uddannelse.');
  });
});

describe('prose about the word', () => {
  it('a title heading over a description of the tool or the concept is not a unit', () => {
    expect(units('# Kerneopgave\n\nKerneopgave er en hjælp til jer, der skriver.\n\n## Brug\n\nInstallér den.\n')).toHaveLength(0);
    expect(units('## Kerneopgaven\n\nKerneopgaven er den opgave, enheden er sat i verden for at løse.\n')).toHaveLength(0);
  });
  it('a colon label needs words after it, not punctuation', () => {
    expect(units('A label (»Kerneopgaven er:«, or a bare line) is never a unit.')).toHaveLength(0);
  });
});

describe('more label shapes', () => {
  it('»Vores kerneopgave er todelt:« takes the list after it', () => {
    const found = units('Vores kerneopgave er todelt:\n\n- at børnene trives\n- at de lærer noget hver dag\n');
    expect(found).toHaveLength(1);
    expect(found[0].statement).toHaveLength(2);
  });
  it('a bold label paragraph works like a heading line', () => {
    const md = '**Vores kerneopgave**\n\nVi skaber trygge rammer, så børnene trives.\n';
    expect(units(md)).toHaveLength(1);
  });
  it('a label with a colon at the end of its line, the statement on the next line', () => {
    const md = 'Kerneopgave:\nAt borgerne kan klare sig selv i eget hjem.\n';
    expect(units(md).map((u) => md.slice(u.body.start, u.body.end))).toEqual(['At borgerne kan klare sig selv i eget hjem.']);
  });
});

describe('a kerneopgave file that opens with a label heading', () => {
  const read = (text: string) => {
    const { units, findings } = lint(text, { fileName: 'vision.kerneopgave.md' });
    return { units, v1: findings.some((f) => f.tags.includes('version-1')) };
  };
  it('reads the text under »## Vision« as the statement, not as the ambition section', () => {
    const r = read('## Vision\n\nVi behandler ansøgninger om boligstøtte og udbetaler ydelser til tiden.\n');
    expect(r.units).toHaveLength(1);
    expect(r.units[0].dimensionSections).toHaveLength(0);
    expect(r.v1).toBe(true);
    expect(read('## Vores mission\n\nVi behandler ansøgninger om boligstøtte.\n').v1).toBe(true);
  });
  it('keeps »Vores vision« as the ambition section when the statement stands before it', () => {
    const r = read('# Kerneopgave\n\nBørnene trives og lærer.\n\n## Vores vision\n\nOm fem år er vi kendt for vores legeplads.\n');
    expect(r.units[0].dimensionSections.map((d) => d.dimension)).toEqual(['ambition']);
    expect(r.v1).toBe(false);
  });
});
