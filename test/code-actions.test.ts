// Code actions never lose text: on every fixture and example, with LF and CRLF line endings, every action of
// every diagnostic is applied to its document and the result checked against what the action promised. Each is
// one insertion (the rest of the text byte-identical); a disable action adds exactly one comment and silences
// exactly that rule where it says (the statement or the file), leaving every other finding as it was; inserting
// a dimension heading gives that unit a section for the dimension, with its question, and changes no other
// finding.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { lint, type LintResult } from '../server/src/core/lint';
import { ruleDocsUrl } from '../server/src/core/rules/index';
import { toDiagnostic } from '../server/src/diagnostics';
import { codeActionsFor } from '../server/src/features';
import { CORPUS } from './helpers/markdown-arb';
import { applyEdits, offsetAt } from './helpers/text';

const URI = 'file:///work/grundlag.md';

/** Findings as the writer sees them: rule, message and the words they are on (offsets shift with an insert). */
function seen(result: LintResult, filter: (ruleId: string) => boolean = () => true, inserted?: string): string[] {
  // A finding on a whole heading or statement grows to cover a comment inserted at its end: the same finding.
  const words = (s: string) => (inserted ? s.replace(inserted, '') : s);
  return result.findings
    .filter((f) => filter(f.ruleId))
    .map((f) => `${f.ruleId} | ${f.message} | ${JSON.stringify(words(result.doc.source.slice(f.start, f.end)))}`)
    .sort();
}

const comments = (text: string) => text.split('<!--').length - 1;

interface Checked {
  statement: number;
  file: number;
  heading: number;
}

function checkAction(text: string, name: string, result: LintResult, diagnostic: Diagnostic, action: CodeAction, counts: Checked): void {
  const ruleId = String(diagnostic.code);
  const what = `»${action.title}« for ${ruleId} at ${JSON.stringify(diagnostic.range.start)} in ${name}`;
  const changes = action.edit!.changes!;
  expect(Object.keys(changes), what).toEqual([URI]);
  const edits = changes[URI];
  expect(edits, what).toHaveLength(1);
  const [edit] = edits;
  expect(edit.range.start, `${what}: an insertion`).toEqual(edit.range.end);
  const at = offsetAt(text, edit.range.start);
  const after = applyEdits(text, edits);
  // Nothing lost, nothing else changed: take the inserted text out and the original is back, byte for byte.
  expect(after.slice(at, at + edit.newText.length), what).toBe(edit.newText);
  expect(after.slice(0, at) + after.slice(at + edit.newText.length), what).toBe(text);
  // One line-ending style: the document's.
  if (text.includes('\r\n')) expect(edit.newText.replace(/\r\n/g, ''), `${what}: CRLF only`).not.toMatch(/[\r\n]/);
  else expect(edit.newText, `${what}: LF only`).not.toContain('\r');
  expect(comments(after), `${what}: exactly one comment added`).toBe(comments(text) + 1);

  const rerun = lint(after, { fileName: name });
  const statement = /^ <!-- kerneopgave-disable (\S+) -->$/.exec(edit.newText);
  const file = /^<!-- kerneopgave-disable (\S+) -->(\r?\n)\2$/.exec(edit.newText);
  const heading = /^(\r?\n)\1(#{1,6}) (.+)\1\1<!-- (.+) -->$/.exec(edit.newText);
  if (statement) {
    counts.statement++;
    expect(statement[1], what).toBe(ruleId);
    // The unit the diagnostic is in: its findings of this rule are gone, every other finding stays.
    const offset = result.doc.lineIndex.offset(diagnostic.range.start.line, diagnostic.range.start.character);
    const unit = result.units.find((u) => u.start <= offset && offset <= u.end)!;
    expect(unit, what).toBeDefined();
    const inUnit = (f: { ruleId: string; start: number }) => f.ruleId === ruleId && unit.start <= f.start && f.start <= unit.end;
    const before = result.findings.filter((f) => !inUnit(f)).map((f) => `${f.ruleId} | ${f.message} | ${JSON.stringify(text.slice(f.start, f.end))}`).sort();
    expect(seen(rerun, undefined, edit.newText), what).toEqual(before);
    expect(rerun.findings.some((f) => f.ruleId === ruleId && f.message === diagnostic.message && at >= f.start && f.start >= unit.start), what).toBe(false);
  } else if (file) {
    counts.file++;
    expect(file[1], what).toBe(ruleId);
    expect(seen(rerun, (id) => id === ruleId), what).toEqual([]);
    expect(seen(rerun), what).toEqual(seen(result, (id) => id !== ruleId));
  } else if (heading) {
    counts.heading++;
    // The unit gains a section for the missing dimension, under that heading, with the question for the writer;
    // the question itself stays until the section has text (an empty section does not answer it).
    expect(ruleId, what).toMatch(/^dimension-/);
    const dimension = ruleId.replace(/^dimension-/, '');
    const unitAt = (r: LintResult, offset: number) => r.units.find((u) => u.start <= offset && offset <= u.end);
    const anchor = offsetAt(text, diagnostic.range.start);
    const unit = unitAt(rerun, anchor <= at ? anchor : anchor + edit.newText.length);
    expect(unit, what).toBeDefined();
    const section = unit!.dimensionSections.find((s) => s.dimension === dimension);
    expect(section?.heading.text, what).toBe(heading[3]);
    expect(section!.heading.depth, what).toBe(heading[2].length);
    expect(rerun.units.length, `${what}: no unit added or lost`).toBe(result.units.length);
    expect(seen(rerun, (id) => !id.startsWith('dimension-')), what).toEqual(seen(result, (id) => !id.startsWith('dimension-')));
  } else {
    throw new Error(`${what}: an edit of an unknown kind: ${JSON.stringify(edit.newText)}`);
  }
}

describe('code actions never lose text', () => {
  const total: Checked = { statement: 0, file: 0, heading: 0 };
  for (const { name: rel, text: original } of CORPUS) {
    const name = path.basename(rel);
    it(`applies every action in ${rel}`, () => {
      for (const eol of ['\n', '\r\n']) {
        const text = original.replace(/\r?\n/g, eol);
        const result = lint(text, { fileName: name });
        const diagnostics = result.findings.map((f) => toDiagnostic(f, result.doc.lineIndex, ruleDocsUrl));
        for (const diagnostic of diagnostics) {
          const actions = codeActionsFor(result, URI, [diagnostic], 'da');
          // Every diagnostic can at least be turned off for the file, and explained.
          expect(actions.some((a) => a.command?.command === 'kerneopgave.openGuidance')).toBe(true);
          for (const action of actions) if (action.edit) checkAction(text, name, result, diagnostic, action, total);
        }
      }
    });
  }

  it('covered every kind of action', () => {
    expect(total.statement).toBeGreaterThan(20);
    expect(total.file).toBeGreaterThan(20);
    expect(total.heading).toBeGreaterThan(5);
  });
});

describe('the order of quick fixes', () => {
  it('offers what helps to write first and turning a rule off last, never preferring a disable', () => {
    const text = '# Kerneopgave\n\nVi underviser eleverne i dansk og matematik.\n';
    const result = lint(text, { fileName: 'order.md' });
    const diagnostics = result.findings.map((f) => toDiagnostic(f, result.doc.lineIndex, ruleDocsUrl));
    expect(diagnostics.length).toBeGreaterThan(1);
    const actions = codeActionsFor(result, URI, diagnostics, 'da');
    const isDisable = (a: CodeAction) => a.title.startsWith('Slå ');
    const firstDisable = actions.findIndex(isDisable);
    expect(firstDisable).toBeGreaterThan(0);
    expect(actions.slice(firstDisable).every(isDisable)).toBe(true);
    expect(actions.filter(isDisable).some((a) => a.isPreferred)).toBe(false);
    expect(isDisable(actions[0])).toBe(false);
  });
});
