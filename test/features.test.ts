// Every code action on every fixture: it changes only what it promises, keeps the structure, and works.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import { lint } from '../server/src/core/lint';
import { ruleDocsUrl } from '../server/src/core/rules/index';
import { toDiagnostic } from '../server/src/diagnostics';
import { codeActionsFor, documentSymbols } from '../server/src/features';

function apply(text: string, edits: TextEdit[], result: ReturnType<typeof lint>): string {
  const withOffsets = edits.map((e) => ({
    start: result.doc.lineIndex.offset(e.range.start.line, e.range.start.character),
    end: result.doc.lineIndex.offset(e.range.end.line, e.range.end.character),
    text: e.newText,
  }));
  withOffsets.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

const structure = (text: string, fileName: string) => lint(text, { fileName }).doc.blocks.map((b) => `${b.kind}:${b.text.replace(/\s+/g, ' ').trim()}`);

const root = path.join(__dirname, 'fixtures', 'rules');
const fixtures = fs.readdirSync(root).flatMap((rule) =>
  fs.readdirSync(path.join(root, rule)).filter((f) => f.startsWith('flag-') && f.endsWith('.md')).map((f) => path.join(root, rule, f)),
);
fixtures.push(path.join(__dirname, '..', 'examples', 'medarbejdergrundlag.md'));

describe('code actions', () => {
  for (const file of fixtures) {
    it(`keep every word and the block structure in ${path.basename(file)}`, () => {
      for (const eol of ['\n', '\r\n']) {
        const text = fs.readFileSync(file, 'utf8').replace(/\r?\n/g, eol);
        const name = path.basename(file);
        const result = lint(text, { fileName: name });
        const diagnostics: Diagnostic[] = result.findings.map((f) => toDiagnostic(f, result.doc.lineIndex, ruleDocsUrl));
        expect(diagnostics.length).toBeGreaterThan(0);
        for (const diagnostic of diagnostics) {
          for (const action of codeActionsFor(result, 'file:///x.md', [diagnostic], 'da')) {
            const edits = action.edit?.changes?.['file:///x.md'];
            if (!edits) continue;
            const after = apply(text, edits, result);
            // Only insertions: the original is a subsequence of the result.
            expect(edits.every((e) => e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character)).toBe(true);
            // No mixed line endings.
            if (eol === '\r\n') expect(after.replace(/\r\n/g, '')).not.toContain('\n');
            const rerun = lint(after, { fileName: name });
            if (/fra for dette udsagn|fra i hele filen/.test(action.title)) {
              expect(structure(after, name), action.title).toEqual(structure(text, name));
              const sameRule = rerun.findings.filter((f) => f.ruleId === diagnostic.code);
              const before = result.findings.filter((f) => f.ruleId === diagnostic.code);
              expect(sameRule.length, action.title).toBeLessThan(before.length);
            } else {
              // Inserting a dimension heading adds exactly one heading block and no prose.
              expect(structure(after, name).length).toBe(structure(text, name).length + 1);
            }
          }
        }
      }
    });
  }

  it('disable for this statement inside a nested list keeps the list nested', () => {
    const text = '- Skolen\n  - Vores kerneopgave er at undervise eleverne.\n  - Noget andet.\n';
    const result = lint(text);
    const d = result.findings.find((f) => f.ruleId === 'aktivitet-uden-effekt')!;
    const action = codeActionsFor(result, 'u', [toDiagnostic(d, result.doc.lineIndex, ruleDocsUrl)], 'da').find((a) => /udsagn/.test(a.title))!;
    const after = apply(text, action.edit!.changes!.u, result);
    expect(after).toBe('- Skolen\n  - Vores kerneopgave er at undervise eleverne. <!-- kerneopgave-disable aktivitet-uden-effekt -->\n  - Noget andet.\n');
    expect(lint(after).findings.filter((f) => f.ruleId === 'aktivitet-uden-effekt')).toEqual([]);
  });
});

describe('document symbols', () => {
  it('list the units with their dimension sections and a checklist', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', 'examples', 'medarbejdergrundlag.md'), 'utf8');
    const symbols = documentSymbols(lint(text), 'da');
    expect(symbols.map((s) => s.name)).toEqual([
      'Vores kerneopgave',
      'Det er dagplejens kerneopgave at tilbyde pasning af børn i alderen 0-3 år.',
      'Skolernes kerneopgave er, at eleverne bliver nysgerrige og selvstændige, så d…',
      'Vores kerneopgave i PPR er at rådgive og vejlede lærere og pædagoger.',
      'Kerneopgaven for fritidsklubberne',
    ]);
    expect(symbols[0].children?.map((c) => c.name)).toEqual(['Den fælles ambition', 'Vores tilgang til opgaven', 'Målgruppen']);
    expect(symbols[0].detail).toBe('Version 2 · ✓ Værdi · ✓ Ambition · ✓ Tilgang · ✓ Målgruppe · LIX 36');
    expect(symbols[1].detail).toMatch(/^Version 1 /);
  });
});
