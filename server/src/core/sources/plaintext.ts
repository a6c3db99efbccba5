// Plain text pasted from Word → Markdown that keeps its structure, line for line:
//   - »•«, »◦«, »▪«, »–«, »·« (and »o«, »§« before a tab) and »a)« at a line start become »-« list items, of the
//     same length;
//     »1.« and »1)« already are Markdown list items;
//   - a short line (a few words, no end punctuation) that starts a block and is followed by a paragraph becomes a
//     heading: »# « is put in front of it, the only change of length;
//   - single line breaks inside a paragraph stay one paragraph (as Markdown reads them anyway).
// Every line stays on its line, so a finding's line is right as it is, and its column is right on every line but a
// heading line, where it is two less. `toSource` maps an offset back; `SourceLineIndex` gives positions in the
// original text for an editor.
import { LineIndex } from '../text/lines';
import type { Finding } from '../types';

/** True when the file name is a plain-text file (converted through plainTextToMarkdown). */
export function isPlainTextFile(fileName: string | undefined): boolean {
  return !!fileName && /\.txt$/i.test(fileName);
}

export interface PlainTextMarkdown {
  /** The Markdown the core lints. */
  markdown: string;
  /** 0-based lines that became headings (»# « in front of them). */
  headingLines: number[];
  /** Offsets in the Markdown where »# « was inserted, ascending. */
  insertedAt: number[];
}

/** What is inserted in front of a heading line. */
export const HEADING_PREFIX = '# ';

// Word's bullets as they reach the clipboard: »•«, »◦«, »▪«, »–«, »·«, and before a tab the second and third level's
// »o« and »§« and the Symbol font's private-use bullets (U+F0B7, U+F0A7), each one UTF-16 unit.
const WORD_BULLET = /^([ \t]*)(?:[•◦▪–·](?=[ \t])|[o§\uF0B7\uF0A7](?=\t))/u;
const WORD_BULLETS = /^([ \t]*)[•◦▪–](?=[ \t])/gmu;
const LETTER_ITEM = /^([ \t]*)\p{Ll}\)(?=[ \t])/u;
const LIST_ITEM = /^[ \t]*([•◦▪–·*+-]|\d{1,9}[.)]|\p{Ll}\))([ \t]|$)/u;
const END_PUNCTUATION = /[.,;:!?…]["'»”)]*$/u;

function isListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}

/** A line that may be a heading: a few words, no end punctuation, no Markdown of its own, starting upper-case. */
function isShortLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 60 || line !== line.trimStart()) return false;
  if (isListItem(t) || /^[#>|`=]/.test(t) || END_PUNCTUATION.test(t)) return false;
  if (t.split(/\s+/).length > 8) return false;
  return /^[\p{Lu}\d]/u.test(t);
}

/** Converts pasted text to Markdown line for line (see the top of this file). */
export function plainTextToMarkdown(text: string): PlainTextMarkdown {
  const parts = text.split(/(\r\n|\n|\r)/);
  const lines: string[] = [];
  const ends: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    lines.push(parts[i]);
    ends.push(parts[i + 1] ?? '');
  }
  const blank = (i: number) => i < 0 || i >= lines.length || lines[i].trim() === '';
  const headingLines: number[] = [];
  const insertedAt: number[] = [];
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].replace(WORD_BULLET, '$1-').replace(LETTER_ITEM, '$1- ');
    if (isShortLine(line) && startsBlock(lines, i) && followedByParagraph(lines, i, blank)) {
      headingLines.push(i);
      insertedAt.push(out.length);
      line = HEADING_PREFIX + line;
    }
    out += line + ends[i];
  }
  return { markdown: out, headingLines, insertedAt };
}

/** The line starts a block: the text's first line, after a blank line, or after a line that ends a sentence. */
function startsBlock(lines: string[], i: number): boolean {
  if (i === 0) return true;
  const previous = lines[i - 1].trim();
  return previous === '' || /[.!?]["'»”)]*$/u.test(previous);
}

/** The next text is a paragraph (not a list, not a short line alone); right below, it must start a sentence. */
function followedByParagraph(lines: string[], i: number, blank: (i: number) => boolean): boolean {
  let j = i + 1;
  while (j < lines.length && blank(j)) j++;
  if (j >= lines.length) return false;
  const next = lines[j].trim();
  // Another short line on its own is no paragraph (two headings in a row: the second is the heading).
  if (isListItem(next) || (isShortLine(lines[j]) && blank(j + 1))) return false;
  if (j === i + 1 && !/^[\p{Lu}\d»"„]/u.test(next)) return false; // a soft line break inside a sentence
  return true;
}

/** Only Word bullets rewritten (same length); kept for callers that need the offsets unchanged. */
export function plainTextAsMarkdown(text: string): string {
  return text.replace(WORD_BULLETS, '$1-');
}

/** Maps an offset in the converted Markdown back to the original text (inside an inserted »# «: the line start). */
export function toSource(conversion: Pick<PlainTextMarkdown, 'insertedAt'>, offset: number): number {
  const at = conversion.insertedAt;
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  // `lo` insertions start before the offset; the last of them may still hold it.
  if (lo > 0 && offset < at[lo - 1] + HEADING_PREFIX.length) return at[lo - 1] - (lo - 1) * HEADING_PREFIX.length;
  return offset - lo * HEADING_PREFIX.length;
}

/** The findings with their ranges (and insertion points) in the original text. */
export function findingsToSource(conversion: Pick<PlainTextMarkdown, 'insertedAt'>, findings: readonly Finding[]): Finding[] {
  if (conversion.insertedAt.length === 0) return [...findings];
  return findings.map((f) => ({
    ...f,
    start: toSource(conversion, f.start),
    end: toSource(conversion, f.end),
    ...(f.data?.insertAt !== undefined ? { data: { ...f.data, insertAt: toSource(conversion, f.data.insertAt) } } : {}),
  }));
}

/**
 * A line index over the converted Markdown whose positions are those of the original text: on a heading line the
 * column is two less. Offsets stay Markdown offsets, so every part of a lint result can use it unchanged.
 */
export class SourceLineIndex extends LineIndex {
  private readonly headings: Set<number>;
  constructor(conversion: PlainTextMarkdown) {
    super(conversion.markdown);
    this.headings = new Set(conversion.headingLines);
  }
  override position(offset: number): { line: number; character: number } {
    const p = super.position(offset);
    return this.headings.has(p.line) ? { line: p.line, character: Math.max(0, p.character - HEADING_PREFIX.length) } : p;
  }
  override offset(line: number, character: number): number {
    return super.offset(line, this.headings.has(line) ? character + HEADING_PREFIX.length : character);
  }
}

/** A lint result of the converted text whose line index gives positions in the original text. */
export function withSourcePositions<R extends { doc: { lineIndex: LineIndex } }>(result: R, conversion: PlainTextMarkdown): R {
  if (conversion.headingLines.length === 0) return result;
  return { ...result, doc: { ...result.doc, lineIndex: new SourceLineIndex(conversion) } };
}
