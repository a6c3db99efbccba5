// Property tests (fast-check): a document reached through any sequence of edits, each step linted with warm
// caches and by the server's incremental DocumentLinter, gives the same findings and units as a cold lint of its
// final text. FUZZ_RUNS sets the runs (fewer
// here than the other properties, since every step is linted; `npm run fuzz` runs 10 000 each).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentLinter, lint } from '../server/src/core/lint';
import { clearParseCache } from '../server/src/core/text/parse';
import { applyEdit, baseDocument, edit, fcParams, fileName, fuzzRuns, LONG } from './helpers/markdown-arb';
import { checkRanges, progress, view } from './helpers/properties';

const RUNS = fuzzRuns(50);
const EDIT_RUNS = LONG ? RUNS : Math.max(1, Math.round(RUNS / 3));
const TYPING_RUNS = LONG ? RUNS : Math.max(1, Math.round(RUNS / 6));
const params = fcParams;
const tickEdits = progress('edits');
const tickTyping = progress('typing');

describe('properties of incremental linting', () => {
  it('gives the same findings after any sequence of edits (warm caches) as a cold lint of the final text', () => {
    fc.assert(
      fc.property(baseDocument, fc.array(edit, { minLength: 1, maxLength: 8 }), fileName, (base, edits, name) => {
        tickEdits();
        // Two ways through the edits: lint (warm chunk caches) and the server's DocumentLinter (incremental).
        let text = base;
        const incremental = new DocumentLinter();
        lint(text, { fileName: name });
        incremental.lint(text, { fileName: name });
        for (const e of edits) {
          text = applyEdit(text, e);
          const plain = lint(text, { fileName: name });
          checkRanges(text, plain);
          expect(view(incremental.lint(text, { fileName: name }))).toEqual(view(plain));
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
        tickTyping();
        const offset = Math.floor(at * (base.length + 1));
        let text = base;
        const incremental = new DocumentLinter();
        lint(text);
        incremental.lint(text);
        for (let i = 0; i < typed.length; i++) {
          text = text.slice(0, offset + i) + typed[i] + text.slice(offset + i);
          lint(text);
          incremental.lint(text);
        }
        const warm = view(lint(text));
        const typedIn = view(incremental.lint(text));
        clearParseCache();
        const cold = view(lint(text));
        expect(warm).toEqual(cold);
        expect(typedIn).toEqual(cold);
      }),
      params(TYPING_RUNS),
    );
  });
});
