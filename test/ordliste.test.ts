// The workplace's own vocabulary (settings `ordliste`) and problems in .kerneopgave.json, in the core and the
// quick-fix edits (issue 15).
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentEdit } from 'vscode-languageserver';
import { parseConfigText, validateSettings } from '../server/src/core/config';
import { DocumentLinter, lint } from '../server/src/core/lint';
import { lexiconFor, nounForms } from '../server/src/core/reading/lexicon';
import { checklistOf, statementVersion } from '../server/src/core/reading/checklist';
import { ordlisteActions, ordlisteEdit } from '../server/src/features';
import { toDiagnostic } from '../server/src/diagnostics';

/** »lejerne« is no built-in target group: without the ordliste the statement is asked who it serves. */
const LEJERE = 'Vores kerneopgave er at skabe en tryg hverdag, hvor lejerne oplever at kunne klare mest muligt selv.';
const KLUB = 'Vores kerneopgave er at skabe en tryg hverdag, hvor medlemmerne af klubben oplever at kunne klare mest muligt selv.';
const GUIDE = 'Vores kerneopgave er at guide lejerne gennem flytningen.';
const BOLIG = 'Vores kerneopgave er at tilbyde en tryg og stabil bolig til borgerne.';

const settingsWith = (ordliste: unknown) => {
  const { settings, problems } = validateSettings({ ordliste });
  expect(problems).toEqual([]);
  return settings;
};
const ids = (text: string, ordliste?: unknown) => lint(text, { settings: ordliste ? settingsWith(ordliste) : undefined }).findings.map((f) => f.ruleId);

describe('ordliste: the workplace\'s own words', () => {
  it('a target group of the ordliste answers the target-group question, in every inflected form', () => {
    expect(ids(LEJERE)).toContain('dimension-maalgruppe');
    for (const word of ['lejer', 'lejere', 'lejerne', 'Lejernes']) expect(ids(LEJERE, { maalgrupper: [word] })).not.toContain('dimension-maalgruppe');
    expect(nounForms('beboer')).toEqual(expect.arrayContaining(['beboer', 'beboeren', 'beboere', 'beboerne', 'beboernes']));
    expect(nounForms('beboerne')).toEqual(expect.arrayContaining(['beboer', 'beboeren', 'beboerne', 'beboernes']));
    expect(nounForms('medlem')).toEqual(expect.arrayContaining(['medlem', 'medlemmer', 'medlemmerne', 'medlemmets']));
    expect(ids(KLUB, { maalgrupper: ['medlem'] })).not.toContain('dimension-maalgruppe');
  });

  it('a multiword target group is matched as a phrase, its words inflected', () => {
    expect(ids(KLUB)).toContain('dimension-maalgruppe');
    expect(ids(KLUB, { maalgrupper: ['medlemmerne af klubben'] })).not.toContain('dimension-maalgruppe');
    expect(ids(KLUB, { maalgrupper: ['medlemmerne af skolen'] })).toContain('dimension-maalgruppe');
    expect(ids(KLUB, { maalgrupper: ['medlem af klub'] })).not.toContain('dimension-maalgruppe');
  });

  it('a built-in general group named in the ordliste counts as concrete', () => {
    expect(ids(BOLIG)).toContain('dimension-maalgruppe');
    expect(ids(BOLIG, { maalgrupper: ['borgerne'] })).not.toContain('dimension-maalgruppe');
  });

  it('an internal unit names its colleagues as target groups, and their state becomes an effect', () => {
    const HR = 'Vores kerneopgave: En arbejdsplads, hvor lederne står trygt i de svære samtaler med deres medarbejdere.';
    // By default the staff are no target group: their state in a description of the workplace is no effect.
    expect(ids(HR)).toContain('ingen-effekt');
    const own = ids(HR, { maalgrupper: ['ledere', 'medarbejdere'] });
    expect(own).not.toContain('ingen-effekt');
    expect(own).not.toContain('dimension-maalgruppe');
  });

  it('an effect phrase of the ordliste makes a version-1 statement state an effect', () => {
    expect(ids(BOLIG)).toContain('aktivitet-uden-effekt');
    const withEffect = ids(BOLIG, { effekter: ['tryg og stabil bolig'] });
    expect(withEffect).not.toContain('aktivitet-uden-effekt');
    expect(withEffect).not.toContain('dimension-vaerdi');
    // The phrase's words in other forms: »trygge og stabile boliger«.
    expect(ids(BOLIG.replace('en tryg og stabil bolig', 'trygge og stabile boliger'), { effekter: ['tryg og stabil bolig'] })).not.toContain('aktivitet-uden-effekt');
  });

  it('readers used after the lint (the JSON version, the checklist) read with the unit\'s ordliste', () => {
    const result = lint(BOLIG, { settings: settingsWith({ effekter: ['tryg og stabil bolig'] }) });
    expect(statementVersion(result.units[0])).toBe('mixed');
    expect(checklistOf(result.units[0], 'da').version).toBe(2);
    expect(statementVersion(lint(BOLIG).units[0])).toBe(1);
  });

  it('an activity verb of the ordliste is read as an activity, in its forms', () => {
    expect(ids(GUIDE)).not.toContain('aktivitet-uden-effekt');
    expect(ids(GUIDE, { aktiviteter: ['guide'] })).toContain('aktivitet-uden-effekt');
    expect(ids(GUIDE.replace('at guide', 'at vi guider'), { aktiviteter: ['guide'] })).toContain('aktivitet-uden-effekt');
  });

  it('the lexicon is one value per ordliste content', () => {
    expect(lexiconFor({ maalgrupper: ['lejere'], effekter: [], aktiviteter: [] })).toBe(lexiconFor({ maalgrupper: ['lejere'], effekter: [], aktiviteter: [] }));
    expect(lexiconFor({ maalgrupper: ['lejere'], effekter: [], aktiviteter: [] })).not.toBe(lexiconFor(undefined));
  });

  it('an incremental linter reads the same text anew when the ordliste changes, and back', () => {
    const linter = new DocumentLinter();
    const md = `# Grundlag\n\n${LEJERE}\n`;
    const run = (ordliste?: unknown) => linter.lint(md, { settings: ordliste ? settingsWith(ordliste) : undefined });
    expect(run().findings.map((f) => f.ruleId)).toContain('dimension-maalgruppe');
    const withList = run({ maalgrupper: ['lejerne'] });
    expect(withList.findings.map((f) => f.ruleId)).not.toContain('dimension-maalgruppe');
    expect(checklistOf(withList.units[0], 'da').dimensions.maalgruppe).toBe(true);
    const without = run();
    expect(without.findings.map((f) => f.ruleId)).toContain('dimension-maalgruppe');
    expect(checklistOf(without.units[0], 'da').dimensions.maalgruppe).toBe(false);
  });

  it('editor words and file words add up', () => {
    const editor = validateSettings({ ordliste: { maalgrupper: ['lejere'] } }).settings;
    const { settings } = validateSettings({ ordliste: { maalgrupper: ['medlemmer'], effekter: ['tryg hverdag'] } }, editor);
    expect(settings.ordliste).toEqual({ maalgrupper: ['lejere', 'medlemmer'], effekter: ['tryg hverdag'], aktiviteter: [] });
  });

  it('wrong types are problems, not crashes; the valid lists still apply', () => {
    const { settings, problems } = validateSettings({ ordliste: { maalgrupper: 'lejere', effekter: ['tryg hverdag'], aktiviteter: ['at guide'], ord: [] } });
    expect(problems.map((p) => p.path)).toEqual(['ordliste.maalgrupper', 'ordliste.aktiviteter', 'ordliste.ord']);
    expect(problems[0].message.da).toContain('skal være en liste');
    expect(settings.ordliste).toEqual({ maalgrupper: [], effekter: ['tryg hverdag'], aktiviteter: [] });
    expect(validateSettings({ ordliste: ['lejere'] }).problems.map((p) => p.path)).toEqual(['ordliste']);
  });
});

describe('.kerneopgave.json problems have a place', () => {
  it('bad JSON names its line and column', () => {
    const text = '{\n  "rules": { "aktivitet-uden-effekt": "error", }\n';
    const { problems, settings } = parseConfigText(text);
    expect(problems).toHaveLength(1);
    expect(problems[0].message.da).toMatch(/^ugyldig JSON på linje 2, kolonne 48: /);
    expect(problems[0].message.en).toMatch(/^invalid JSON at line 2, column 48: /);
    expect(problems[0].start).toBe(text.indexOf('}'));
    expect(settings.rules).toEqual({});
  });

  it('comments are allowed; an unknown key and a wrong type point at their keys', () => {
    const text = '// our words\n{\n  "ordliste": { "maalgrupper": 3 },\n  "farve": "rød"\n}\n';
    const { problems } = parseConfigText(text);
    expect(problems.map((p) => [p.path, text.slice(p.start, p.end)])).toEqual([
      ['ordliste.maalgrupper', '"maalgrupper"'],
      ['farve', '"farve"'],
    ]);
  });
});

describe('ordliste quick fixes', () => {
  const diagnosticsOf = (text: string) => {
    const result = lint(text);
    return { result, diagnostics: result.findings.map((f) => toDiagnostic(f, result.doc.lineIndex, () => 'https://example.invalid')) };
  };

  it('offers the target group and the effect phrase of a finding', () => {
    const { diagnostics } = diagnosticsOf(BOLIG);
    const titles = ordlisteActions(diagnostics, { uri: 'file:///w/.kerneopgave.json' }, 'da').map((a) => a.title);
    expect(titles).toEqual(['Tilføj »borgerne« som målgruppe i .kerneopgave.json', '»tryg og stabil bolig« er en effekt for borgeren: tilføj det i .kerneopgave.json']);
    const { diagnostics: d2 } = diagnosticsOf(LEJERE);
    expect(ordlisteActions(d2, { uri: 'file:///w/.kerneopgave.json' }, 'en').map((a) => a.title)).toContain('Add »lejerne« as a target group in .kerneopgave.json');
  });

  it('creates the file when there is none', () => {
    const edit = ordlisteEdit({ uri: 'file:///w/.kerneopgave.json' }, 'maalgrupper', 'beboerne');
    expect(edit).toEqual({
      documentChanges: [
        { kind: 'create', uri: 'file:///w/.kerneopgave.json', options: { ignoreIfExists: true } },
        {
          textDocument: { uri: 'file:///w/.kerneopgave.json', version: null },
          edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '{\n  "ordliste": {\n    "maalgrupper": [\n      "beboerne"\n    ]\n  }\n}\n' }],
        },
      ],
    });
  });

  const applied = (text: string, list: 'maalgrupper' | 'effekter', phrase: string) => {
    const edit = ordlisteEdit({ uri: 'file:///w/.kerneopgave.json', text }, list, phrase);
    if (!edit) return undefined;
    const doc = TextDocument.create('file:///w/.kerneopgave.json', 'json', 0, text);
    return TextDocument.applyEdits(doc, (edit.documentChanges![0] as TextDocumentEdit).edits);
  };

  it('edits an existing file and keeps its comments and formatting', () => {
    const text = '{\n    // Skovbakken\n    "rules": { "lix": "off" }, // no LIX\n    "ordliste": {\n        "maalgrupper": ["lejerne"] /* ours */\n    }\n}\n';
    const out = applied(text, 'maalgrupper', 'medlemmerne af klubben')!;
    expect(out).toContain('// Skovbakken');
    expect(out).toContain('// no LIX');
    expect(out).toContain('/* ours */');
    expect(out).toContain('"rules": { "lix": "off" }');
    expect(parse(out)).toEqual({ rules: { lix: 'off' }, ordliste: { maalgrupper: ['lejerne', 'medlemmerne af klubben'] } });
    const withEffect = applied(text, 'effekter', 'tryg hverdag')!;
    expect(withEffect).toContain('// Skovbakken');
    expect(parse(withEffect).ordliste).toEqual({ maalgrupper: ['lejerne'], effekter: ['tryg hverdag'] });
  });

  it('adds a new ordliste to a file without one, touching no other line', () => {
    const text = '{\n  // Skovbakken\n  "rules": { "lix": "off" } // no LIX\n}\n';
    const out = applied(text, 'maalgrupper', 'lejerne')!;
    expect(out).toBe('{\n  // Skovbakken\n  "rules": { "lix": "off" }, // no LIX\n  "ordliste": {\n    "maalgrupper": [\n      "lejerne"\n    ]\n  }\n}\n');
    expect(applied('{}', 'effekter', 'tryg hverdag')).toBe('{\n  "ordliste": {\n    "effekter": [\n      "tryg hverdag"\n    ]\n  }\n}');
    expect(parse(applied('{\n\t"ordliste": { "maalgrupper": 3 }\n}', 'maalgrupper', 'lejerne')!)).toEqual({ ordliste: { maalgrupper: ['lejerne'] } });
    expect(applied('{ "ordliste": "lejerne" }', 'maalgrupper', 'lejerne')).toBeUndefined();
  });

  it('offers nothing for a word that is there already or a broken file', () => {
    expect(applied('{ "ordliste": { "maalgrupper": ["Lejerne"] } }', 'maalgrupper', 'lejerne')).toBeUndefined();
    expect(applied('{ "ordliste": ', 'maalgrupper', 'lejerne')).toBeUndefined();
  });
});
