// The run-length offset map gives every character of a block's text the source range it came from.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OffsetMapBuilder, sourceEnd, sourceStart } from '../server/src/core/text/offsets';
import { parseDocument } from '../server/src/core/text/parse';
import { generateDocument } from '../scripts/generate';

type Step = { kind: 'push'; chars: string; start: number; width: number } | { kind: 'copy'; chars: string; start: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('push' as const), chars: fc.string({ minLength: 1, maxLength: 3 }), start: fc.integer({ min: 0, max: 60 }), width: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ kind: fc.constant('copy' as const), chars: fc.string({ maxLength: 8 }), start: fc.integer({ min: 0, max: 60 }) }),
);

describe('OffsetMapBuilder', () => {
  it('maps every character as a per-character table would, for any sequence of pushes and copies', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.array(step, { maxLength: 30 }), (base, steps) => {
        const builder = new OffsetMapBuilder(base);
        const starts: number[] = [];
        const ends: number[] = [];
        let text = '';
        for (const s of steps) {
          if (s.kind === 'push') {
            builder.push(s.chars, s.start, s.start + s.width);
            for (let i = 0; i < s.chars.length; i++) {
              starts.push(Math.max(base, s.start));
              ends.push(Math.max(base, s.start + s.width));
            }
          } else {
            builder.copy(s.chars, s.start);
            for (let i = 0; i < s.chars.length; i++) {
              starts.push(Math.max(base, s.start + i));
              ends.push(Math.max(base, s.start + i + 1));
            }
          }
          text += s.chars;
        }
        const block = { base, runs: builder.offsets };
        expect(builder.text).toBe(text);
        for (let i = 0; i < text.length; i++) {
          expect([sourceStart(block, i), sourceEnd(block, i)]).toEqual([starts[i], ends[i]]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('needs one run for text copied in pieces from consecutive source', () => {
    const builder = new OffsetMapBuilder(10);
    builder.copy('Vores ', 10);
    builder.push('k', 16, 17);
    builder.copy('erneopgave', 17);
    expect(builder.offsets).toEqual([0, 0, 1]);
    expect(builder.text).toBe('Vores kerneopgave');
  });

  it('gives a character reference its own run, and the text after it a new one', () => {
    // »A&amp;B« at offset 0: A, then & from five source characters, then B.
    const builder = new OffsetMapBuilder(0);
    builder.copy('A', 0);
    builder.push('&', 1, 6);
    builder.copy('B', 6);
    const block = { base: 0, runs: builder.offsets };
    expect(builder.offsets).toEqual([0, 0, 1, 1, 1, 5, 2, 6, 1]);
    expect([0, 1, 2].map((i) => [sourceStart(block, i), sourceEnd(block, i)])).toEqual([
      [0, 1],
      [1, 6],
      [6, 7],
    ]);
  });
});

describe('block offsets in parsed documents', () => {
  const documents = [readFileSync('examples/medarbejdergrundlag.md', 'utf8'), generateDocument(60_000, 3, 'prose'), generateDocument(60_000, 4, 'lists')];
  it('point every letter of a block to the same letter in the source', () => {
    for (const source of documents) {
      const doc = parseDocument(source);
      let letters = 0;
      for (const b of doc.blocks) {
        for (let i = 0; i < b.text.length; i++) {
          if (!/\p{L}/u.test(b.text[i])) continue;
          const start = sourceStart(b, i);
          if (sourceEnd(b, i) - start !== 1) continue; // an escape or a reference
          expect(source[start]).toBe(b.text[i]);
          letters++;
        }
      }
      expect(letters).toBeGreaterThan(1000);
    }
  });

  it('store a few numbers per block, not two per character', () => {
    const doc = parseDocument(generateDocument(200_000, 1, 'prose'));
    const chars = doc.blocks.reduce((n, b) => n + b.text.length, 0);
    const numbers = doc.blocks.reduce((n, b) => n + b.runs.length, 0);
    expect(numbers).toBeLessThan(chars / 20);
  });
});
