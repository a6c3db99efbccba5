// Shared by the property test files: arbitrary settings, a plain view of a lint result, range checks.
import * as fs from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Position, Range } from 'vscode-languageserver';
import { validateSettings, type KerneopgaveSettings } from '../../server/src/core/config';
import type { LintResult } from '../../server/src/core/lint';
import { RULES } from '../../server/src/core/rules/index';

export const settingsArb: fc.Arbitrary<KerneopgaveSettings | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc
      .record(
        {
          enable: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
          language: fc.constantFrom('auto', 'da', 'en'),
          lixThreshold: fc.integer({ min: 0, max: 100 }),
          rules: fc.dictionary(fc.constantFrom(...RULES.map((r) => r.id)), fc.constantFrom('off', 'hint', 'information', 'warning', 'error')),
        },
        { requiredKeys: [] },
      )
      .map((input) => validateSettings(input).settings),
  },
);

/** What a lint result says, as plain data (findings in full; units by their ranges and parts). */
export function view(result: LintResult) {
  return {
    findings: result.findings,
    units: result.units.map((u) => ({
      kind: u.kind,
      start: u.start,
      end: u.end,
      anchor: u.anchor,
      title: u.title,
      heading: u.heading && [u.heading.start, u.heading.end],
      statement: u.statement.map((b) => [b.start, b.end, b.text]),
      all: u.all.length,
      dimensions: u.dimensionSections.map((s) => [s.dimension, s.heading.start, s.blocks.map((b) => b.start)]),
    })),
  };
}

export function expectInside(what: string, start: number, end: number, length: number): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= length)) {
    throw new Error(`${what} [${start}, ${end}) is not inside the document of length ${length}`);
  }
}

/** Every range a lint result gives is a well-formed range inside the source. */
export function checkRanges(source: string, result: LintResult): void {
  const n = source.length;
  expect(result.doc.source).toBe(source);
  for (const f of result.findings) {
    expectInside(`finding ${f.ruleId}`, f.start, f.end, n);
    if (f.data?.insertAt !== undefined) expectInside(`insertAt of ${f.ruleId}`, f.data.insertAt, f.data.insertAt, n);
    expect(typeof f.message).toBe('string');
    expect(f.message.length).toBeGreaterThan(0);
  }
  for (const u of result.units) {
    expectInside(`unit ${u.title}`, u.start, u.end, n);
    expectInside(`anchor of unit ${u.title}`, u.anchor.start, u.anchor.end, n);
    for (const b of u.all) expectInside(`block of unit ${u.title}`, b.start, b.end, n);
  }
  for (const b of result.doc.blocks) expectInside(`${b.kind} block`, b.start, b.end, n);
  for (const c of result.doc.comments) expectInside('comment', c.start, c.end, n);
}

/** An LSP range is valid in the text: lines exist, characters within their line. */
export function expectValidRange(text: string, range: Range, what: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const p of [range.start, range.end]) {
    if (!(Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length)) {
      throw new Error(`${what}: position ${JSON.stringify(p)} is not in the text (${lines.length} lines)`);
    }
  }
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  if (!before(range.start, range.end)) throw new Error(`${what}: range ${JSON.stringify(range)} ends before it starts`);
}

/**
 * Counts the cases of a property and, with FUZZ_PROGRESS set to a file, appends a line every 500 cases (the long
 * fuzz run prints nothing until a file is done).
 */
export function progress(name: string): () => void {
  const file = process.env.FUZZ_PROGRESS;
  let n = 0;
  return () => {
    n++;
    if (file && n % 500 === 0) fs.appendFileSync(file, `${new Date().toISOString()} ${name}: ${n}\n`);
  };
}
