// The incremental path (DocumentLinter, parseDocument with `previous`) gives exactly what a fresh lint gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../server/src/core/config';
import { DocumentLinter, lint } from '../server/src/core/lint';
import { chunkRanges, diffTexts } from '../server/src/core/text/chunks';
import { clearParseCache, parseDocument, type ParsedDocument } from '../server/src/core/text/parse';
import { generateDocument } from '../scripts/generate';

const PIECES = [
  'x', ' ', '\n', '\n\n', '\r\n', '# Vores kerneopgave\n', '## Målgruppe\n', 'Vores kerneopgave er at undervise børn. ',
  'så de trives', '```\n', '~~~\n', '- ', '1. ', '> ', '    ', '<!-- kerneopgave-disable -->', '<!-- kerneopgave-enable -->',
  '<!--', '-->', '| a | b |\n| - | - |\n', '---\n', '<div>\n', '</div>\n', '[x]: /y\n', '*', '**', '\\',
];

function rng(seed: number) {
  return () => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

import { sourceEnd, sourceStart } from '../server/src/core/text/offsets';
/** Everything a client can see of a lint result, positions included. */
function view(source: string, r: ReturnType<typeof lint>) {
  return {
    findings: r.findings,
    units: r.units.map((u) => [u.kind, u.start, u.end, u.anchor, u.title, u.all.length]),
    blocks: r.doc.blocks.map((b) => [b.kind, b.depth, b.start, b.end, b.line, b.text, b.text.length > 0 ? sourceStart(b, 0) : -1, b.text.length > 0 ? sourceEnd(b, b.text.length - 1) : -1, b.runs]),
    comments: r.doc.comments,
    lines: [0, 1, source.length >> 1, source.length - 1, source.length].map((o) => r.doc.lineIndex.position(o)),
  };
}

function* edits(base: string, seed: number, count: number) {
  const random = rng(seed);
  let text = base;
  for (let i = 0; i < count; i++) {
    const at = Math.floor(random() * (text.length + 1));
    if (random() < 0.4 && text.length > 0) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 40)));
    else text = text.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + text.slice(at);
    yield text;
  }
}

const BASES: [string, string][] = [
  ['medarbejdergrundlag example', readFileSync('examples/medarbejdergrundlag.md', 'utf8')],
  ['kerneopgave file', readFileSync('examples/hjemmeplejen.kerneopgave.md', 'utf8')],
  ['generated 20 KB', generateDocument(20_000, 4)],
  ['front matter', '---\ntitel: x\n---\n\n' + generateDocument(8_000, 2)],
];

describe('incremental linting', () => {
  for (const [name, base] of BASES) {
    it(`after 300 random edits of the ${name}, equals a fresh lint at every 25th step`, () => {
      const fileName = name === 'kerneopgave file' ? 'x.kerneopgave.md' : 'x.md';
      const linter = new DocumentLinter();
      linter.lint(base, { fileName });
      let step = 0;
      for (const text of edits(base, name.length, 300)) {
        const incremental = linter.lint(text, { fileName });
        if (++step % 25 !== 0) continue;
        clearParseCache();
        expect(view(text, incremental), `step ${step}`).toEqual(view(text, lint(text, { fileName })));
      }
    });
  }

  it('keeps chunk boundaries equal to a fresh scan after every edit', () => {
    for (const [name, base] of BASES) {
      let doc: ParsedDocument = parseDocument(base);
      for (const text of edits(base, 99 + name.length, 120)) {
        doc = parseDocument(text, { previous: doc });
        expect(doc.chunks.map((c) => [c.from, c.to])).toEqual(chunkRanges(text));
      }
    }
  });

  it('re-parses only near the edit: blocks far from it are carried over', () => {
    const base = generateDocument(100_000, 1);
    const before = parseDocument(base);
    const at = base.length >> 1;
    const after = parseDocument(base.slice(0, at) + 'x' + base.slice(at), { previous: before });
    // Blocks before the edit are the same objects; after it they are moved copies.
    expect(after.blocks[0]).toBe(before.blocks[0]);
    expect(after.blocks.filter((b) => before.blocks.includes(b)).length).toBeGreaterThan(before.blocks.length / 3);
  });

  it('finds the changed region of two texts', () => {
    expect(diffTexts('abcdef', 'abXdef')).toEqual({ prefix: 2, suffix: 3, delta: 0 });
    expect(diffTexts('aaaa', 'aaaaa')).toEqual({ prefix: 4, suffix: 0, delta: 1 });
    expect(diffTexts('', 'x')).toEqual({ prefix: 0, suffix: 0, delta: 1 });
    const long = 'y'.repeat(5000);
    expect(diffTexts(long + 'a' + long, long + long)).toEqual({ prefix: 5000, suffix: 5000, delta: -1 });
  });

  it('does not reuse results across settings, locales or file names', () => {
    const md = 'Vores kerneopgave er at undervise eleverne i dansk.\n';
    const linter = new DocumentLinter();
    const da = linter.lint(md, { locale: 'da' });
    const en = linter.lint(md, { locale: 'en' });
    expect(en.findings.map((f) => f.message)).toEqual(lint(md, { locale: 'en' }).findings.map((f) => f.message));
    expect(en.findings[0].message).not.toEqual(da.findings[0].message);
    const off = linter.lint(md, { locale: 'en', settings: { ...defaultSettings(), rules: { 'aktivitet-uden-effekt': 'off' } } });
    expect(off.findings.some((f) => f.ruleId === 'aktivitet-uden-effekt')).toBe(false);
  });
});
