// Property tests (fast-check) of the pure core and the editor features on hostile Markdown: the core never
// throws, ranges stay inside the document, linting is deterministic, and a document reached through edits with
// warm caches gives the same findings as a cold lint of its final text. FUZZ_RUNS sets the runs per property
// (small here; `npm run fuzz` runs 10 000). A failure prints the seed and the shrunk counterexample; replay it
// with `fc.assert(…, { seed, path })`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Position, Range } from 'vscode-languageserver';
import { checklistOf } from '../server/src/core/checklist';
import { validateSettings, type KerneopgaveSettings } from '../server/src/core/config';
import { lint, type LintResult } from '../server/src/core/lint';
import { clearParseCache } from '../server/src/core/parse';
import { RULES, ruleDocsUrl } from '../server/src/core/rules/index';
import { toDiagnostic } from '../server/src/diagnostics';
import { codeActionsFor, codeLenses, documentSymbols, hoverAt } from '../server/src/features';
import { applyEdit, baseDocument, document, edit, fcParams, fileName, fuzzRuns, LONG } from './helpers/markdown-arb';
import { applyEdits, positionAt } from './helpers/text';

const RUNS = fuzzRuns(50);
/** The edit properties lint every step; in `npm test` they get fewer runs, in the fuzz run as many. */
const EDIT_RUNS = LONG ? RUNS : Math.max(1, Math.round(RUNS / 3));
const TYPING_RUNS = LONG ? RUNS : Math.max(1, Math.round(RUNS / 6));

const settingsArb: fc.Arbitrary<KerneopgaveSettings | undefined> = fc.oneof(
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
function view(result: LintResult) {
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

function expectInside(what: string, start: number, end: number, length: number): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= length)) {
    throw new Error(`${what} [${start}, ${end}) is not inside the document of length ${length}`);
  }
}

/** Every range a lint result gives is a well-formed range inside the source. */
function checkRanges(source: string, result: LintResult): void {
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
function expectValidRange(text: string, range: Range, what: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const p of [range.start, range.end]) {
    if (!(Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length)) {
      throw new Error(`${what}: position ${JSON.stringify(p)} is not in the text (${lines.length} lines)`);
    }
  }
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  if (!before(range.start, range.end)) throw new Error(`${what}: range ${JSON.stringify(range)} ends before it starts`);
}

const params = fcParams;

describe('properties of the core', () => {
  it('never throws, keeps every range inside the document, and is deterministic', () => {
    fc.assert(
      fc.property(document, fileName, settingsArb, (source, name, settings) => {
        const options = { fileName: name, settings };
        const first = lint(source, options);
        checkRanges(source, first);
        // Warm (cached) and again: equal.
        expect(view(lint(source, options))).toEqual(view(first));
        // Cold: equal.
        clearParseCache();
        expect(view(lint(source, options))).toEqual(view(first));
      }),
      params(RUNS),
    );
  });

  it('gives the same findings after any sequence of edits (warm caches) as a cold lint of the final text', () => {
    fc.assert(
      fc.property(baseDocument, fc.array(edit, { minLength: 1, maxLength: 8 }), fileName, (base, edits, name) => {
        let text = base;
        lint(text, { fileName: name });
        for (const e of edits) {
          text = applyEdit(text, e);
          checkRanges(text, lint(text, { fileName: name }));
        }
        const warm = view(lint(text, { fileName: name }));
        clearParseCache();
        expect(warm).toEqual(view(lint(text, { fileName: name })));
      }),
      params(EDIT_RUNS),
    );
  });

  it('gives the same findings for a document reached by typing it character by character into an earlier version', () => {
    // Typing: many one-character inserts at one place, each linted with warm caches.
    fc.assert(
      fc.property(baseDocument, fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ unit: fc.constantFrom(...'Vores kerneopgave er at undervise, så de lærer.\n\n- #>*<!-->'), minLength: 1, maxLength: 40 }), (base, at, typed) => {
        const offset = Math.floor(at * (base.length + 1));
        let text = base;
        lint(text);
        for (let i = 0; i < typed.length; i++) {
          text = text.slice(0, offset + i) + typed[i] + text.slice(offset + i);
          lint(text);
        }
        const warm = view(lint(text));
        clearParseCache();
        expect(warm).toEqual(view(lint(text)));
      }),
      params(TYPING_RUNS),
    );
  });
});

describe('known failures (in files under rewrite; see the report of issue 6)', () => {
  // Repro: lint('> '.repeat(5000) + 'Vores kerneopgave er at undervise.') throws »RangeError: Maximum call stack
  // size exceeded« from collectBlocks in server/src/core/parse.ts, which recurses once per nesting level
  // (remark-parse itself parses it). Found by the property above before deep quotes were capped at
  // MAX_QUOTE_DEPTH. When parse.ts walks the tree without deep recursion, this test starts failing: turn it into
  // a plain `it`.
  it.fails('lints 5 000 nested block quotes without overflowing the stack', () => {
    const source = '> '.repeat(5000) + 'Vores kerneopgave er at undervise.';
    const result = lint(source);
    checkRanges(source, result);
  });
});

describe('properties of the editor features', () => {
  const uri = 'file:///fuzz/grundlag.md';
  const position = fc.record({ line: fc.integer({ min: -2, max: 400 }), character: fc.integer({ min: -2, max: 300 }) });

  it('hover, code actions, symbols, code lenses and checklists never throw and give ranges inside the text', () => {
    fc.assert(
      fc.property(document, fileName, fc.array(position, { minLength: 1, maxLength: 8 }), fc.constantFrom('da', 'en'), (source, name, positions, locale: 'da' | 'en') => {
        const result = lint(source, { fileName: name, locale });
        for (const p of positions) {
          const hover = hoverAt(result, p, locale, ruleDocsUrl);
          if (hover?.range) expectValidRange(source, hover.range, `hover at ${JSON.stringify(p)}`);
        }
        const diagnostics = result.findings.map((f) => toDiagnostic(f, result.doc.lineIndex, ruleDocsUrl));
        for (const d of diagnostics) expectValidRange(source, d.range, `diagnostic ${d.code}`);
        for (const action of codeActionsFor(result, uri, diagnostics, locale)) {
          const edits = action.edit?.changes?.[uri];
          if (!edits) continue;
          for (const e of edits) {
            expectValidRange(source, e.range, action.title);
            // Every edit is an insertion: applied, the original text is still there around it.
            const at = result.doc.lineIndex.offset(e.range.start.line, e.range.start.character);
            expect(e.range.start).toEqual(e.range.end);
            expect(applyEdits(source, [e])).toBe(source.slice(0, at) + e.newText + source.slice(at));
            expect(positionAt(source, at)).toEqual(e.range.start);
          }
        }
        for (const s of documentSymbols(result, locale)) {
          expectValidRange(source, s.range, `symbol ${s.name}`);
          expectValidRange(source, s.selectionRange, `symbol ${s.name}`);
          for (const c of s.children ?? []) expectValidRange(source, c.range, `symbol ${c.name}`);
        }
        for (const lens of codeLenses(result, locale)) expectValidRange(source, lens.range, 'code lens');
        for (const unit of result.units) {
          const c = checklistOf(unit, locale);
          expect(c.text).toMatch(/^Version [12] · /);
        }
      }),
      params(RUNS),
    );
  });
});
