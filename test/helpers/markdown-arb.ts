// fast-check arbitraries for hostile Markdown: real documents (fixtures, examples, the generator) and random
// pieces (lone surrogates, CR/CRLF, tabs, zero-width characters, long lines, deep nesting, huge tables, HTML
// blocks, front matter, disable comments), mixed and mutated. Shared by the property tests and the fuzz run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { generateDocument } from '../../scripts/generate';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** Every Markdown file under a folder, sorted. */
export function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(full));
    else if (/\.md$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** The fixtures and examples, with their names (a `*.kerneopgave.md` name makes the whole file one unit). */
export const CORPUS: readonly { name: string; text: string }[] = [
  ...markdownFiles(path.join(REPO, 'test', 'fixtures')),
  ...markdownFiles(path.join(REPO, 'examples')),
].map((file) => ({ name: path.relative(REPO, file), text: fs.readFileSync(file, 'utf8') }));

/** The number of runs per property: FUZZ_RUNS, else `fallback`. */
export function fuzzRuns(fallback: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

/** True in the long fuzz run (bigger documents, longer lines). */
export const LONG = fuzzRuns(0) >= 1000;

const STATEMENTS = [
  'Vores kerneopgave er at undervise eleverne i dansk og matematik.',
  'Vores kerneopgave er, at alle børn trives og lærer sammen med deres forældre.',
  'Det er hjemmeplejens kerneopgave at yde hjælp til borgere i eget hjem.',
  'Kerneopgaven er at pleje beboerne, så de kan klare sig selv.',
  'Som kerneopgave har vi at støtte de ledige.',
  'Vores fælles kerneopgave er: at sikre trivsel for alle elever gennem samarbejde med dem.',
];
const HEADINGS = ['# Vores kerneopgave', '## Kerneopgaven for hjemmeplejen', '### Værdien vi skaber', '### Den fælles ambition', '### Vores tilgang til opgaven', '### Målgruppen', '## Praktisk', 'Kerneopgave\n===', 'Målgruppen\n---', '# Medarbejdergrundlag'];
const WORDS = ['kerneopgave', 'kerneopgaven', 'borgerne', 'undervise', 'sikre', 'at', 'er', 'vores', 'med', 'for', 'dem', 'trives', 'i', 'om fem år', 'bl.a.', 'kl.', 'm.m.', 'osv.', '»', '«', '–', '-', ',', '.', ':', '?', '!', '…', '&amp;', '&#x1F600;', '\\*', '`kode`', '*fremhævet*', '**stærk**', '~~slettet~~', '[link](http://x)', '![billede](x.png)', '<br>', '<!-- c -->', '2-årige', '100 %'];
const DIRECTIVES = [
  '<!-- kerneopgave-disable -->',
  '<!-- kerneopgave-enable -->',
  '<!-- kerneopgave-disable aktivitet-uden-effekt -->',
  '<!-- kerneopgave-disable lix, for-abstrakt -- en beskrivelse -->',
  '<!-- kerneopgave-disable-next-line -->',
  '<!-- kerneopgave-disable-next-line dimension-vaerdi -->',
  '<!-- kerneopgave-enable aktivitet-uden-effekt -->',
  '<!-- kerneopgave-disable ukendt-regel -->',
  '<!-- kerneopgave-disable',
  '-->',
];
/** Characters that break naive code: lone surrogates, zero-width, BOM, line and paragraph separators, NUL. */
const NASTY = ['\uD800', '\uDC00', '\uDBFF\uDFFF', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00A0', '\u2028', '\u2029', '\u0000', '\uFFFC', '\uFFFD', '\t', '\r', '\r\n', '\n', '\v', '\f', '\u0301', '😀'];

const oneOf = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** A line or character of trouble. */
const nasty = oneOf(NASTY);

/** A short run of Danish-ish words, punctuation and inline Markdown. */
const words = fc.array(fc.oneof({ weight: 6, arbitrary: oneOf(WORDS) }, { weight: 1, arbitrary: nasty }), { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));

const lineBreak = fc.oneof({ weight: 6, arbitrary: fc.constant('\n') }, { weight: 1, arbitrary: fc.constant('\r\n') }, { weight: 1, arbitrary: fc.constant('\r') });

// The fuzz run trades size for count (10 000 cases per property on a shared 2-core machine): smaller extremes
// there, the larger ones in every `npm test`.
const maxLong = LONG ? 5_000 : 20_000;
const maxDepth = LONG ? 15 : 40;
/**
 * Block quotes deeper than about 3 000 levels overflow the stack in parse.ts (collectBlocks recurses per level);
 * lists deeper than a few hundred levels make micromark itself superlinear (300 levels: 4 s). Both are kept out
 * of the random documents and tested on their own.
 */
export const MAX_QUOTE_DEPTH = LONG ? 60 : 150;

/** A block-level piece of Markdown. */
export const block: fc.Arbitrary<string> = fc.oneof(
  oneOf(STATEMENTS),
  oneOf(HEADINGS),
  oneOf(DIRECTIVES),
  words,
  fc.tuple(oneOf(STATEMENTS), oneOf(DIRECTIVES)).map(([s, d]) => `${s} ${d}`),
  // lists and quotes, nested deeply, with statements inside
  fc.tuple(fc.integer({ min: 1, max: maxDepth }), oneOf(['- ', '* ', '1. ', '> ', '>', '- > ', '  - ']), oneOf(STATEMENTS)).map(([depth, marker, s]) =>
    Array.from({ length: depth }, (_, i) => `${marker === '  - ' ? '  '.repeat(i) + '- ' : marker.repeat(i + 1)}${i % 3 === 0 ? s : 'punkt ' + i}`).join('\n'),
  ),
  // tables, sometimes huge or ragged
  fc.tuple(fc.integer({ min: 1, max: LONG ? 12 : 20 }), fc.integer({ min: 1, max: LONG ? 25 : 60 }), fc.boolean()).map(([cols, rows, ragged]) => {
    const row = (r: number) => `| ${Array.from({ length: ragged ? 1 + ((r * 7) % cols) : cols }, (_, c) => (c === 0 && r % 5 === 0 ? STATEMENTS[r % STATEMENTS.length] : `c${r}-${c}`)).join(' | ')} |`;
    return [row(0), `|${' --- |'.repeat(cols)}`, ...Array.from({ length: rows }, (_, r) => row(r + 1))].join('\n');
  }),
  // HTML blocks, closed and unclosed
  oneOf(['<div>\nVores kerneopgave er at undervise.\n</div>', '<!--\nen kommentar\n\nover flere linjer -->', '<!-- aldrig lukket', '<script>\nvar a = "<!--";\n</script>', '<?php echo 1; ?>', '<![CDATA[ x ]]>', '<!DOCTYPE html>', '<pre>\n\nkode\n', '<details><summary>Kerneopgave</summary>\n\nVores kerneopgave er at pleje.\n\n</details>']),
  // front matter (only counts at the very start) and fences, closed and unclosed
  oneOf(['---\ntitle: Grundlag\n---', '+++\ntitle = "x"\n+++', '---\nuåbnet: true', '```\nVores kerneopgave er at undervise.\n```', '~~~~\nkode\n', '```md\n# Vores kerneopgave\n', '    Vores kerneopgave er indrykket kode.']),
  // very long lines
  fc.tuple(fc.integer({ min: LONG ? 500 : 1000, max: maxLong }), oneOf(['a', 'kerneopgave ', 'at ', '-', '*', '<!--', '[', '\t', ' ', 'æ', '.', 'a.', '**a', '`', '&amp;', '\\'])).map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length))),
  // deep block quotes on one line (deeper ones overflow the stack: see the known failure in properties.test.ts)
  fc.tuple(fc.integer({ min: LONG ? 10 : 50, max: MAX_QUOTE_DEPTH }), oneOf(['> ', '>', '> - ', '- > '])).map(([n, unit]) => unit.repeat(n) + STATEMENTS[n % STATEMENTS.length]),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: oneOf([...'*_`#>-+|[]()!<>&\\~=: \n\t1.'].concat(NASTY)), maxLength: 60 }),
);

/** A whole document: a generated one, a fixture or example, or blocks joined by blank lines and line breaks. */
export const baseDocument: fc.Arbitrary<string> = fc.oneof(
  oneOf(CORPUS.map((c) => c.text)),
  fc.tuple(fc.integer({ min: 0, max: LONG ? 3_000 : 6_000 }), fc.integer({ min: 1, max: 1000 })).map(([bytes, seed]) => generateDocument(bytes, seed)),
  fc.array(fc.tuple(block, fc.array(lineBreak, { minLength: 1, maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.map(([b, br]) => b + br.join('')).join('')),
);

/** One edit: replace [start, end) (positions as fractions of the length) with a text. */
export interface Edit {
  at: number;
  length: number;
  text: string;
}

/** An insert, a delete or a replace, by fractions of the current length so it always applies. */
export const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 5000 })),
  text: fc.oneof({ weight: 2, arbitrary: fc.constant('') }, { weight: 4, arbitrary: fc.oneof(words, oneOf(WORDS), nasty, lineBreak) }, { weight: 2, arbitrary: block.map((b) => `\n\n${b}\n\n`) }, { weight: 1, arbitrary: block }),
});

/** Applies an edit; returns the new text. */
export function applyEdit(text: string, e: Edit): string {
  const start = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  const end = Math.min(text.length, start + e.length);
  return text.slice(0, start) + e.text + text.slice(end);
}

/** A document mutated by a few edits (duplications, CRLF conversion and the like included). */
export const document: fc.Arbitrary<string> = fc
  .tuple(baseDocument, fc.array(edit, { maxLength: 6 }), oneOf(['keep', 'keep', 'keep', 'crlf', 'cr', 'tabs', 'bom', 'double']))
  .map(([base, edits, transform]) => {
    let text = edits.reduce(applyEdit, base);
    if (transform === 'crlf') text = text.replace(/\r?\n/g, '\r\n');
    else if (transform === 'cr') text = text.replace(/\r?\n/g, '\r');
    else if (transform === 'tabs') text = text.replace(/ {2}/g, '\t');
    else if (transform === 'bom') text = '\uFEFF' + text;
    else if (transform === 'double') text = text + '\n\n' + text;
    return text;
  });

/** A file name: plain, a whole-file unit, or none. */
export const fileName = fc.constantFrom(undefined, 'grundlag.md', 'hjemmeplejen.kerneopgave.md', '/sti/til/x.KERNEOPGAVE.markdown');

/** fc.assert parameters whose failure report stays readable with megabyte counterexamples: seed, path, error. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same parameters serve properties of any arity
export function fcParams(numRuns: number): fc.Parameters<any> {
  return {
    numRuns,
    reporter(details) {
      if (!details.failed) return;
      const example = JSON.stringify(details.counterexample);
      const shown = example && example.length > 3000 ? `${example.slice(0, 1500)} … (${example.length} characters) … ${example.slice(-1500)}` : example;
      const error = details.errorInstance instanceof Error ? details.errorInstance.stack ?? details.errorInstance.message : String(details.errorInstance);
      throw new Error(
        `Property failed after ${details.numRuns} runs (shrunk ${details.numShrinks} times).\n` +
          `Replay: fc.assert(property, { seed: ${details.seed}, path: ${JSON.stringify(details.counterexamplePath)}, endOnFailure: true })\n` +
          `Counterexample: ${shown}\n${error}`,
      );
    },
  };
}
