// Table tests in both directions, in our own words, after the patterns of real formulations.
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/core/lint';

const asUnit = (text: string) => lint(text, { fileName: 'udkast.kerneopgave.md' }).findings;
const version1 = (text: string) => asUnit(text).filter((f) => f.tags.includes('version-1'));
const missing = (text: string) => asUnit(text).filter((f) => f.tags.includes('dimension')).map((f) => f.ruleId.replace('dimension-', ''));

describe('aktivitet-uden-effekt flags version-1 formulations', () => {
  const cases: [string, string][] = [
    ['At undervise børn i 0.–9. klasse.', 'undervise'],
    ['Vi tilbyder aflastning til familier med handicappede børn.', 'tilbyder'],
    ['At sikre borgerne en hurtig og korrekt sagsbehandling.', 'sikre'],
    ['Understøtte forældrenes adgang til rådgivning.', 'Understøtte'],
    ['Hjemmeplejen leverer praktisk hjælp og personlig pleje til pensionister.', 'leverer'],
    ['Vi yder sygepleje døgnet rundt.', 'yder'],
    ['Centrets opgave er at varetage genoptræning efter sundhedsloven.', 'varetage'],
    ['At rådgive og vejlede virksomheder om rekruttering.', 'rådgive'],
    ['Afdelingen behandler voksne med angst og depression.', 'behandler'],
    ['Undervisning, vejledning og rådgivning af kursister.', 'Undervisning'],
    ['Vi driver tre plejecentre og et dagcenter.', 'driver'],
    ['At hjælpe vores borgere så godt vi kan.', 'hjælpe'],
  ];
  for (const [text, word] of cases) {
    it(`flags »${word}« in: ${text}`, () => {
      const found = version1(text);
      expect(found).toHaveLength(1);
      expect(text.slice(found[0].start, found[0].end)).toBe(word);
    });
  }
});

describe('aktivitet-uden-effekt leaves effects alone', () => {
  const cases = [
    'Vi støtter de ledige til at blive selvforsørgende.',
    'At undervise eleverne, så de kan tage en uddannelse.',
    'Vi hjælper borgerne, så de kan klare sig selv i eget hjem.',
    'At tilbyde genoptræning, for at borgeren kan vende tilbage til en aktiv hverdag.',
    'Vi giver børnene mulighed for at lege og lære i trygge fællesskaber.',
    'At sikre, at alle børn trives og udvikler sig.',
    'Vi skaber læringsmiljøer, der fremmer det enkelte barns trivsel og læring.',
    'At give patienten et værdigt liv med sin sygdom.',
    'Eleverne bliver nysgerrige og modige mennesker.',
    'Understøtte, at unge med angst kan gennemføre en uddannelse.',
    'Børn og unge skal trives og lære.',
  ];
  for (const text of cases) it(`does not flag: ${text}`, () => expect(version1(text)).toEqual([]));
});

describe('homographs', () => {
  it('»sikre« as an adjective is not the activity', () => {
    for (const text of ['At skabe trygge og sikre rammer for børnenes leg.', 'Sikre rammer for alle børn.', 'De sikre rammer giver ro.']) {
      expect(asUnit(text).filter((f) => f.ruleId === 'aktivitet-uden-effekt'), text).toEqual([]);
    }
  });
  it('»sikre« as a verb is the activity', () => {
    for (const text of ['Sikre, at borgerne får hjælp.', 'Vi skal sikre hurtig sagsbehandling.', 'At undervise og sikre ro i klassen.']) {
      expect(asUnit(text).filter((f) => f.ruleId === 'aktivitet-uden-effekt'), text).toHaveLength(1);
    }
  });
});

describe('effect words that lead nowhere do not count as an effect', () => {
  const cases = [
    'Vi underviser eleverne for derigennem at opfylde folkeskolens formål.',
    'At levere ydelser med det formål at sikre en høj kvalitet.',
    'Vi arbejder med barnets trivsel og tilbyder forældresamtaler.',
    'Vi yder hjælp til gavn for borgerne.',
    'Vi behandler patienterne, således at vi hjælper vores borgere.',
  ];
  for (const text of cases) it(`flags: ${text}`, () => expect(version1(text)).toHaveLength(1));
});

describe('dimensions', () => {
  it('asks for all four when the statement has none of them', () => {
    expect(missing('Vi tilbyder rådgivning.').sort()).toEqual(['ambition', 'maalgruppe', 'tilgang', 'vaerdi']);
  });

  it('finds value, ambition, approach and a concrete target group in a rich statement', () => {
    expect(missing('Alle børn i vuggestuen trives og lærer, fordi vi arbejder sammen med forældrene.')).toEqual([]);
  });

  it('reads dimensions from sub-headings named after them', () => {
    const md = [
      '# Kerneopgaven for Toftegården',
      '',
      'Beboerne har et godt liv.',
      '',
      '## Den fælles ambition',
      '',
      'Vi vil være kendt for ro og nærvær.',
      '',
      '## Vores tilgang',
      '',
      'Vi planlægger dagen med beboeren.',
      '',
    ].join('\n');
    expect(lint(md).findings.filter((f) => f.tags.includes('dimension')).map((f) => f.ruleId)).toEqual([]);
  });

  it('a sub-heading without content does not count', () => {
    const md = '## Vores kerneopgave\n\nBeboerne har et godt liv.\n\n### Ambition\n\n<!-- Hvad vil I være stolte af? -->\n';
    expect(lint(md).findings.map((f) => f.ruleId)).toContain('dimension-ambition');
  });

  it('»borgerne« alone is not a concrete target group; qualified it is', () => {
    expect(missing('Borgerne oplever, at de bliver hørt.')).toContain('maalgruppe');
    expect(missing('Borgere med demens oplever, at de bliver hørt.')).not.toContain('maalgruppe');
    expect(missing('Skolebørnene oplever, at de bliver hørt.')).not.toContain('maalgruppe');
  });

  it('look-alike words are not target groups', () => {
    expect(missing('Vi sikrer, at tunge løft og elevatorer fungerer.')).toContain('maalgruppe');
    expect(missing('Forældreskabet er borgerligt.')).toContain('maalgruppe');
  });
});

describe('word order and receiving', () => {
  it('reads an effect with the verb before the subject', () => {
    for (const text of ['Om ti år er de ældre trygge i eget hjem.', 'Derfor kan borgerne leve et selvstændigt liv.', 'Her trives børnene.']) {
      expect(version1(text), text).toEqual([]);
    }
  });
  it('receiving a service is not an ability of the citizen', () => {
    expect(version1('Vi hjælper borgerne, så de kan modtage hjælp.')).toHaveLength(1);
  });
  it('reads past a relative clause that describes the group', () => {
    expect(version1('Borgere, der har haft en blodprop, vender tilbage til deres hverdag.')).toEqual([]);
  });
});
