// Top-level chunk boundaries of a Markdown document, and how they move after an edit. Pure text scanning: no
// parser. A document is parsed chunk by chunk (see `parseDocument`), and an edit re-scans only around itself.

/** Where two texts differ: a common prefix and a common suffix that do not overlap. */
export interface TextEdit {
  /** Length of the common prefix. */
  prefix: number;
  /** Length of the common suffix (prefix + suffix ≤ the shorter text's length). */
  suffix: number;
  /** New length minus old length. */
  delta: number;
}

/** Finds the one changed region between an old and a new text (a typed character, a paste, a deletion). */
export function diffTexts(before: string, after: string): TextEdit {
  const max = Math.min(before.length, after.length);
  // Whole slices first (compared natively), then characters within the first slice that differs.
  const STEP = 1024;
  let prefix = 0;
  while (prefix + STEP <= max && before.slice(prefix, prefix + STEP) === after.slice(prefix, prefix + STEP)) prefix += STEP;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const room = max - prefix;
  while (
    suffix + STEP <= room &&
    before.slice(before.length - suffix - STEP, before.length - suffix) === after.slice(after.length - suffix - STEP, after.length - suffix)
  ) {
    suffix += STEP;
  }
  let i = before.length - 1 - suffix;
  let j = after.length - 1 - suffix;
  while (suffix < room && before.charCodeAt(i) === after.charCodeAt(j)) {
    suffix++;
    i--;
    j--;
  }
  return { prefix, suffix, delta: after.length - before.length };
}

/** Where the text after YAML (»---«) or TOML (»+++«) front matter at the start begins; 0 without one. */
export function frontMatterEnd(source: string): number {
  const fm = /^(---|\+\+\+)[ \t]*\r?\n/.exec(source);
  if (!fm) return 0;
  const close = new RegExp(`\\r?\\n${fm[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(\\r?\\n|$)`).exec(source.slice(fm[0].length - 1));
  return close ? fm[0].length - 1 + close.index + close[0].length : source.length;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_OPENERS: readonly [RegExp, string][] = [
  [/^ {0,3}<(script|pre|style|textarea)(\s|>|$)/i, '</'],
  [/^ {0,3}<!--/, '-->'],
  [/^ {0,3}<\?/, '?>'],
  [/^ {0,3}<![A-Za-z]/, '>'],
  [/^ {0,3}<!\[CDATA\[/, ']]>'],
];

/**
 * Splits a document where a top-level block starts after a blank line at column 0, outside fenced code,
 * multi-line HTML blocks and front matter. At such a point every open container (list, quote, paragraph)
 * has ended in CommonMark, so the parts parse as the whole does. When unsure, it does not split.
 * Known difference: a reference link whose definition is in another chunk is read as plain text.
 *
 * Not every such point splits: setting up a parse costs about as much as parsing a paragraph, so chunks are
 * grouped to a few kilobytes (see `keepBoundary`).
 */
export function chunkRanges(source: string): [number, number][] {
  const starts = [0];
  scanChunks(source, frontMatterEnd(source), (boundary) => {
    starts.push(boundary);
    return true;
  }, 0);
  return starts.map((from, i) => [from, i + 1 < starts.length ? starts[i + 1] : source.length]);
}

/** Chunks are at least this long (UTF-16 units), unless the document ends. */
const MIN_CHUNK = 1024;
/** A chunk grows past this only until the next possible split. */
const MAX_CHUNK = 8192;

/**
 * Whether a possible split point splits. The choice depends only on the chunk's length so far and the text of
 * the line (content-defined, as in rsync): after an edit, the splits behind it fall on the same lines again, so
 * the unchanged chunks there are found in the cache.
 */
function keepBoundary(line: string, chunkLength: number): boolean {
  if (chunkLength < MIN_CHUNK) return false;
  if (chunkLength >= MAX_CHUNK) return true;
  let hash = 2166136261;
  for (let i = 0; i < line.length && i < 32; i++) hash = Math.imul(hash ^ line.charCodeAt(i), 16777619);
  return (hash >>> 0) % 4 === 0;
}

/**
 * Scans lines from `pos` (where no fence or HTML block is open) and calls `onBoundary` at each chunk boundary
 * until it returns false. `chunkStart` is where the current chunk began (no boundary is reported there).
 */
export function scanChunks(
  source: string,
  pos: number,
  onBoundary: (boundary: number) => boolean,
  chunkStart = pos,
  keep: (line: string, chunkLength: number) => boolean = keepBoundary,
): void {
  let previousBlank = false;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: string | undefined;
  while (pos < source.length) {
    let eol = source.indexOf('\n', pos);
    if (eol < 0) eol = source.length;
    const lineEnd = eol > pos && source.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    const line = source.slice(pos, lineEnd);
    // The first character after spaces and tabs tells most lines apart without a regular expression.
    let first = pos;
    while (first < lineEnd && (source.charCodeAt(first) === 32 || source.charCodeAt(first) === 9)) first++;
    const c = first < lineEnd ? source.charCodeAt(first) : -1;
    const blank = c < 0 || (!(c > 32 && c < 127) && !/\S/.test(line));
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence.char && m[1].length >= fence.length && /^\s*$/.test(line.slice(m[0].length))) fence = undefined;
    } else if (htmlEnd) {
      if (line.includes(htmlEnd)) htmlEnd = undefined;
    } else {
      if (previousBlank && !blank && pos > chunkStart && line[0] !== ' ' && line[0] !== '\t' && keep(line, pos - chunkStart)) {
        if (!onBoundary(pos)) return;
        chunkStart = pos;
      }
      const f = c === 96 || c === 126 ? FENCE.exec(line) : null; // ` ~
      if (f && !(f[1][0] === '`' && line.slice(f[0].length).includes('`'))) fence = { char: f[1][0], length: f[1].length };
      else if (c === 60) { // <
        for (const [opener, end] of HTML_OPENERS) {
          if (opener.test(line)) {
            const rest = line.replace(opener, '');
            if (!rest.includes(end)) htmlEnd = end;
            break;
          }
        }
      }
    }
    previousBlank = blank;
    pos = eol + 1;
  }
}

/**
 * Chunk boundaries after an edit, as `chunkRanges` would find them, given the previous parse's chunks (`old`): the
 * boundaries before the edit are kept, the scan restarts one chunk before it, and stops at the first new boundary
 * that is an old one moved by the edit, since from a boundary on the scan sees the same text in the same state.
 */
export function chunkRangesAfterEdit(old: readonly { from: number }[], source: string, edit: TextEdit): [number, number][] {
  let k = 0;
  while (k + 1 < old.length && old[k + 1].from <= edit.prefix - 1) k++;
  // Restart at the start of the chunk before the one the edit is in (a clean state: no fence, no HTML block).
  const restart = k - 1;
  if (restart < 1) return chunkRanges(source);
  const starts: number[] = [];
  for (let i = 0; i <= restart; i++) starts.push(old[i].from);
  const oldStarts = new Set<number>();
  for (let i = restart + 1; i < old.length; i++) oldStarts.add(old[i].from);
  const suffixStart = source.length - edit.suffix;
  let synced = -1;
  scanChunks(source, old[restart].from, (boundary) => {
    if (boundary >= suffixStart && oldStarts.has(boundary - edit.delta)) {
      synced = boundary;
      return false;
    }
    starts.push(boundary);
    return true;
  });
  if (synced >= 0) for (const c of old) if (c.from + edit.delta >= synced) starts.push(c.from + edit.delta);
  return starts.map((from, i) => [from, i + 1 < starts.length ? starts[i + 1] : source.length]);
}
