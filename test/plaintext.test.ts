// Plain text pasted from Word: bullets and »a)« become list items, short lines headings, line for line, and the
// findings land on the same words as in the Markdown twin.
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/core/lint';
import { LineIndex } from '../server/src/core/text/lines';
import {
  findingsToSource,
  isPlainTextFile,
  plainTextAsMarkdown,
  plainTextToMarkdown,
  SourceLineIndex,
  toSource,
  withSourcePositions,
} from '../server/src/core/sources/plaintext';
import type { Finding } from '../server/src/core/types';

// As Word gives it on the clipboard: no »#«, Word bullets, a paragraph wrapped over two lines.
const PASTED = [
  'Medarbejdergrundlag for Lærkeskolen',
  '',
  'Vi har talt om kerneopgaven på tre personalemøder',
  'i foråret og skrevet den ned her.',
  '',
  'Kerneopgave',
  '',
  'Vi tilbyder undervisning til eleverne.',
  '',
  'Vores tilgang',
  'Vi arbejder sammen med forældrene om hver elevs plan.',
  '',
  '• Vi holder møder med forældrene.',
  '\t◦ Vi laver planer for hver elev.',
  '– Vi vurderer resultaterne hvert år.',
  'a) Vi spørger eleverne.',
  '1. Vi skriver referat.',
  '',
].join('\n');

// The same text written in Markdown.
const TWIN = [
  '# Medarbejdergrundlag for Lærkeskolen',
  '',
  'Vi har talt om kerneopgaven på tre personalemøder',
  'i foråret og skrevet den ned her.',
  '',
  '# Kerneopgave',
  '',
  'Vi tilbyder undervisning til eleverne.',
  '',
  '# Vores tilgang',
  'Vi arbejder sammen med forældrene om hver elevs plan.',
  '',
  '- Vi holder møder med forældrene.',
  '\t- Vi laver planer for hver elev.',
  '- Vi vurderer resultaterne hvert år.',
  '-  Vi spørger eleverne.',
  '1. Vi skriver referat.',
  '',
].join('\n');

describe('plain text source', () => {
  it('converts line for line: list items, headings, a wrapped paragraph left alone', () => {
    const c = plainTextToMarkdown(PASTED);
    expect(c.markdown).toBe(TWIN);
    expect(c.headingLines).toEqual([0, 5, 9]);
    expect(c.markdown.split('\n').length).toBe(PASTED.split('\n').length);
  });

  it('reads the bullets of Word\'s lower levels before a tab, and not a word »o« in a line', () => {
    expect(plainTextToMarkdown('•\tVi lytter.\n\to\tVi spørger.\n\t\t§\tVi skriver.\n\uF0B7\tVi ringer.\n').markdown).toBe(
      '-\tVi lytter.\n\t-\tVi spørger.\n\t\t-\tVi skriver.\n-\tVi ringer.\n',
    );
    expect(plainTextToMarkdown('o nej, sagde hun.\n').markdown).toBe('o nej, sagde hun.\n');
  });

  it('makes no heading of a wrapped line, a sentence, a list item, a last line or a line before a list', () => {
    const heads = (text: string) => plainTextToMarkdown(text).headingLines;
    expect(heads('Vi tilbyder undervisning\ntil eleverne hver dag i skolen.\n')).toEqual([]);
    expect(heads('Kerneopgave:\n\nVi tilbyder undervisning til eleverne.\n')).toEqual([]);
    expect(heads('Vi tilbyder undervisning.\n\nTak for i dag\n')).toEqual([]);
    expect(heads('Vores mål\n\n• Tryghed\n• Læring\n')).toEqual([]);
    expect(heads('Det er slut.\nKerneopgave\nVi tilbyder undervisning til eleverne.\n')).toEqual([1]);
    expect(heads('Kerneopgave\r\n\r\nVi tilbyder undervisning til eleverne.\r\n')).toEqual([0]);
  });

  it('maps offsets back to the original text', () => {
    const c = plainTextToMarkdown('Kerneopgave\n\nVi tilbyder.\n\nTilgang\n\nVi lytter til dem.\n');
    expect(c.insertedAt).toEqual([0, 29]);
    expect([0, 1, 2, 3, 15, 29, 30, 31, 40].map((o) => toSource(c, o))).toEqual([0, 0, 0, 1, 13, 27, 27, 27, 36]);
    const lines = new SourceLineIndex(c);
    expect(lines.position(2)).toEqual({ line: 0, character: 0 });
    expect(lines.position(15)).toEqual({ line: 2, character: 0 });
    expect(lines.offset(4, 3)).toBe(34);
  });

  it('gives the same findings on the same words as its Markdown twin', () => {
    const c = plainTextToMarkdown(PASTED);
    const fromTxt = findingsToSource(c, lint(c.markdown, { fileName: 'grundlag.txt' }).findings);
    const fromMd = lint(TWIN, { fileName: 'grundlag.md' }).findings;
    expect(fromTxt.map((f) => f.ruleId)).toContain('aktivitet-uden-effekt');
    expect(fromTxt.map((f) => f.ruleId)).toContain('dimension-ambition');
    // A finding on a heading covers its »# « in the twin; the pasted text has none.
    const view = (source: string) => (f: Finding) => [f.ruleId, f.message, source.slice(f.start, f.end).replace(/^# /, '')];
    expect(fromTxt.map(view(PASTED))).toEqual(fromMd.map(view(TWIN)));
    // Lines and columns in the original text, as the CLI and the editor show them.
    const src = new LineIndex(PASTED);
    const twin = new LineIndex(TWIN);
    const at = (lines: LineIndex, f: Finding) => lines.position(f.start);
    const effect = (fs: Finding[]) => fs.find((f) => f.ruleId === 'aktivitet-uden-effekt')!;
    expect(at(src, effect(fromTxt))).toEqual(at(twin, effect(fromMd)));
  });

  it('gives an editor positions in the original text', () => {
    const c = plainTextToMarkdown(PASTED);
    const result = withSourcePositions(lint(c.markdown, { fileName: 'grundlag.txt' }), c);
    const src = new LineIndex(PASTED);
    for (const f of findingsToSource(c, result.findings)) {
      const original = result.findings.find((g) => g.ruleId === f.ruleId && g.message === f.message)!;
      expect(result.doc.lineIndex.position(original.start)).toEqual(src.position(f.start));
      expect(result.doc.lineIndex.position(original.end)).toEqual(src.position(f.end));
    }
  });

  it('keeps the old length-preserving bullet rewrite and recognises .txt file names', () => {
    expect(plainTextAsMarkdown('• a\n– b\nEt ord • midt i.\n')).toBe('- a\n- b\nEt ord • midt i.\n');
    expect(isPlainTextFile('a/b.TXT')).toBe(true);
    expect(isPlainTextFile('a.md')).toBe(false);
  });
});
