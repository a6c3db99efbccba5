// Which parts of a document are kerneopgave units, and which stay silent.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../server/src/core/text/parse';
import { findUnits, isKerneopgaveHeading } from '../server/src/core/statements/units';

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
    'Vores fælles kerneopgave er:',
  ];
  const talking = [
    'Vi har drøftet vores kerneopgave på personalemødet.',
    'Kerneopgaven er svær at formulere.',
    'Hvad er jeres kerneopgave?',
    'Vi sikrer, at der er kaffe.',
    'Kerneopgaver blev et populært begreb i 2014.',
    'Ledelse af kerneopgaven kræver tid.',
  ];
  for (const t of stating) it(`finds a unit in: ${t}`, () => expect(units(t)).toHaveLength(1));
  for (const t of talking) it(`finds no unit in: ${t}`, () => expect(units(t)).toHaveLength(0));

  it('takes the list after a statement that ends with a colon', () => {
    const found = units('Vores kerneopgave er:\n\n- at børnene trives\n- at de lærer\n\nAndet afsnit.\n');
    expect(found).toHaveLength(1);
    expect(found[0].statement).toHaveLength(3);
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
