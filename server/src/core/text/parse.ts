// Markdown → mdast → prose blocks whose every character maps back to its exact source offset.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import type { Processor } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import { OffsetMapBuilder } from './offsets';
import { ORIGIN, type BlockKind, type OffsetRange, type ProseBlock } from '../types';

/**
 * The parts of GFM that change what is prose: tables (never prose) and strikethrough. remark-gfm's other parts
 * (autolink literals, footnotes, task lists) do not change the words of a paragraph, and autolink literals alone
 * cost about 75 % more parse time (research notes), so they are left out.
 */
function remarkGfmProse(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}

const withFrontmatter = unified().use(remarkParse).use(remarkGfmProse).use(remarkFrontmatter, ['yaml', 'toml']);
const withoutFrontmatter = unified().use(remarkParse).use(remarkGfmProse);
// Without the GFM extensions, for text with no line that could be a table's delimiter row and no »~«: no table
// or strikethrough can start there, and the table tokenizer otherwise tries every line.
const plainWithFrontmatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
const plain = unified().use(remarkParse);

function processor(gfm: boolean, first: boolean) {
  return first ? (gfm ? withFrontmatter : plainWithFrontmatter) : gfm ? withoutFrontmatter : plain;
}

/**
 * Parses one chunk as the linter does: in parts split at its top-level boundaries (the points `chunkRanges`
 * splits at), with the GFM extensions only for the parts that need them (a table's delimiter row, or a »~«),
 * and not at all for a part that is exactly one pipe table (never prose; see `isPipeTable`). The table
 * extension tries every line of the text it is on: 20 KB documents parsed whole with the extensions took 54 %
 * longer than without them. Returns each parsed part's tree and where the part starts in `text`.
 */
export function parseChunkMarkdown(text: string, first: boolean): { from: number; root: Root }[] {
  const out: { from: number; root: Root }[] = [];
  for (const [from, to, kind] of chunkParts(text, first)) {
    if (kind === 'table') continue;
    out.push({ from, root: processor(kind === 'gfm', first && from === 0).parse(from === 0 && to === text.length ? text : text.slice(from, to)) as Root });
  }
  return out;
}

type PartKind = 'plain' | 'gfm' | 'table';

/** The chunk's parts: runs of top-level blocks that are plain CommonMark, need GFM, or are pipe tables. */
function chunkParts(text: string, first: boolean): [number, number, PartKind][] {
  if (!needsGfm(text, 0, text.length)) return [[0, text.length, 'plain']];
  const starts = [0];
  scanChunks(
    text,
    first ? frontMatterEnd(text) : 0,
    (boundary) => {
      starts.push(boundary);
      return true;
    },
    0,
    () => true,
  );
  const parts: [number, number, PartKind][] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i];
    const to = i + 1 < starts.length ? starts[i + 1] : text.length;
    const kind: PartKind = !needsGfm(text, from, to) ? 'plain' : isPipeTable(text, from, to) ? 'table' : 'gfm';
    const last = parts[parts.length - 1];
    if (last && last[2] === kind) last[1] = to;
    else parts.push([from, to, kind]);
  }
  return parts;
}

/**
 * True when text[from, to) is one GFM table and nothing else, by a test that errs towards false: every line up to
 * the trailing blank lines starts with »|« (after at most three spaces), the second line is a delimiter row of
 * cells like »---«, »:--«, »:-:«, and the first line has as many cells, with no »\\« or »`« that could hide a
 * pipe. Such text is no prose and holds no control comments, so it need not be parsed. Anything else (a row
 * without a pipe, a paragraph before the table, a header that does not match) is parsed with the extensions.
 */
function isPipeTable(text: string, from: number, to: number): boolean {
  const lines: string[] = [];
  let blankSeen = false;
  for (let i = from; i < to; ) {
    let eol = text.indexOf('\n', i);
    if (eol < 0 || eol > to) eol = to;
    const line = text.slice(i, eol > i && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol);
    i = eol + 1;
    if (line.trim() === '') {
      blankSeen = true;
      continue;
    }
    if (blankSeen || !/^ {0,3}\|/.test(line)) return false;
    lines.push(line);
  }
  if (lines.length < 2 || /[\\`]/.test(lines[0])) return false;
  const header = cells(lines[0]);
  const delimiter = cells(lines[1]);
  return delimiter.length === header.length && delimiter.every((c) => /^:?-+:?$/.test(c));
}

/** The trimmed cells of a table row with no escaped pipes: split at »|«, without the outer empty cells. */
function cells(row: string): string[] {
  const parts = row.trim().split('|').map((c) => c.trim());
  if (parts[0] === '') parts.shift();
  if (parts.length > 0 && parts[parts.length - 1] === '' && row.trim().endsWith('|')) parts.pop();
  return parts;
}

/**
 * True when text[from, to) may hold a table or strikethrough: a »~«, or a line that could be a table's delimiter
 * row (after any »>«, spaces and tabs: only »|«, »:«, »-«, spaces and tabs, with a »-« and a »|« or »:«).
 * When unsure it says true, which only costs time.
 */
function needsGfm(text: string, from: number, to: number): boolean {
  const tilde = text.indexOf('~', from);
  if (tilde >= 0 && tilde < to) return true;
  let i = from;
  while (i < to) {
    while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 62)) i++; // space, tab, >
    let dash = false;
    let divider = false;
    let other = false;
    for (; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) break;
      if (c === 45) dash = true; // -
      else if (c === 124 || c === 58) divider = true; // | :
      else if (c !== 32 && c !== 9 && c !== 13) other = true;
    }
    if (dash && divider && !other) return true;
    i++;
  }
  return false;
}

/** Where the text after YAML (»---«) or TOML (»+++«) front matter at the start begins; 0 without one. */
function frontMatterEnd(source: string): number {
  const fm = /^(---|\+\+\+)[ \t]*\r?\n/.exec(source);
  if (!fm) return 0;
  const close = new RegExp(`\\r?\\n${fm[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(\\r?\\n|$)`).exec(source.slice(fm[0].length - 1));
  return close ? fm[0].length - 1 + close.index + close[0].length : source.length;
}

/** A top-level view of a document: its prose blocks in order, and its HTML comments. */
export interface ParsedDocument {
  source: string;
  blocks: ProseBlock[];
  comments: HtmlComment[];
  lineIndex: LineIndex;
  /** The top-level chunks the document was parsed in, with their blocks and comments (absolute offsets). */
  chunks: ChunkView[];
  /**
   * With a previous parse: the source range of the chunks parsed anew, or the point of the edit when there are
   * none (every other block was carried over from the previous parse). Without one, the whole document.
   */
  parsed: OffsetRange;
}

export interface ChunkView {
  from: number;
  to: number;
  blocks: ProseBlock[];
  comments: HtmlComment[];
}

export interface HtmlComment {
  start: number;
  end: number;
  line: number;
  endLine: number;
  value: string;
  /** True for a comment inside a paragraph, list item or heading (not on its own lines). */
  inline: boolean;
}

/** What one chunk parses to, with offsets relative to the chunk; shared between documents and edits. */
interface ChunkParse {
  /** Blocks with offsets relative to the chunk (`base` too). */
  blocks: Omit<ProseBlock, 'line'>[];
  comments: { start: number; end: number; value: string; inline: boolean }[];
}

/**
 * The most recently parsed chunks by text (for undo, and for a document opened again). Small on purpose: the
 * chunks of an open document are reused through `previous`, and a large cache only fills the heap.
 */
const chunkCache = new Map<string, ChunkParse>();
const firstChunkCache = new Map<string, ChunkParse>();
const CHUNK_CACHE_ENTRIES = 64;

/**
 * The block this block was first parsed as: a block carried over from an earlier parse of the same document
 * (unchanged text after an edit, shifted) points to it; a freshly parsed block is its own origin.
 */
export function originOfBlock(block: ProseBlock): ProseBlock {
  return block[ORIGIN] ?? block;
}

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

/**
 * Parses a document into prose blocks; tables, code, front matter and HTML never become prose.
 *
 * The document is parsed in top-level chunks (see `chunkRanges`), each cached by its text: micromark is
 * superlinear on long documents that alternate lists or quotes with paragraphs (measured: 8 s for 416 KB),
 * chunks keep it linear, and an edit re-parses only the chunk it touches.
 *
 * With `previous` (an earlier parse of the same document), the chunks before and after the changed region are
 * carried over without parsing: those before it as they are, those after it shifted by the change in length.
 */
export function parseDocument(source: string, options: { chunked?: boolean; previous?: ParsedDocument } = {}): ParsedDocument {
  const chunked = options.chunked !== false;
  const previous = chunked ? options.previous : undefined;
  if (previous && previous.source === source) return previous;
  const edit = previous ? diffTexts(previous.source, source) : undefined;
  const lineIndex = previous && edit ? previous.lineIndex.afterEdit(source, edit) : new LineIndex(source);
  const ranges: [number, number][] = !chunked ? [[0, source.length]] : previous && edit ? chunkRangesAfterEdit(previous, source, edit) : chunkRanges(source);
  const before = new Map<number, ChunkView>();
  if (previous) for (const c of previous.chunks) before.set(c.from, c);
  const blocks: ProseBlock[] = [];
  const comments: HtmlComment[] = [];
  const chunks: ChunkView[] = [];
  const parsed = { start: source.length, end: 0 };
  for (const [from, to] of ranges) {
    let chunk: ChunkView | undefined;
    if (previous && edit) chunk = carriedChunk(before, from, to, source.length, edit, lineIndex);
    if (!chunk) {
      chunk = freshChunk(source, from, to, lineIndex);
      parsed.start = Math.min(parsed.start, from);
      parsed.end = Math.max(parsed.end, to);
    }
    chunks.push(chunk);
    for (const b of chunk.blocks) blocks.push(b);
    for (const c of chunk.comments) comments.push(c);
  }
  // No chunk parsed anew (a deletion of whole chunks): the change is the point where the edit was.
  if (parsed.start > parsed.end) parsed.start = parsed.end = edit ? edit.prefix : 0;
  return { source, blocks, comments, lineIndex, chunks, parsed };
}

/** An unchanged chunk of the previous parse, as it is (before the edit) or shifted (after it); else undefined. */
function carriedChunk(before: Map<number, ChunkView>, from: number, to: number, length: number, edit: TextEdit, lineIndex: LineIndex): ChunkView | undefined {
  if (to <= edit.prefix) {
    const old = before.get(from);
    return old && old.to === to ? old : undefined;
  }
  if (from < length - edit.suffix) return undefined;
  const oldFrom = from - edit.delta;
  // The first chunk is parsed with front matter, the others without: never carry one over as the other.
  if ((oldFrom === 0) !== (from === 0)) return undefined;
  const old = before.get(oldFrom);
  if (!old || old.to !== to - edit.delta) return undefined;
  const d = edit.delta;
  const blocks = old.blocks.map((b) => {
    const moved = movedBlock(b, d, lineIndex);
    moved[ORIGIN] = originOfBlock(b);
    return moved;
  });
  const comments = old.comments.map((c) => ({ ...c, start: c.start + d, end: c.end + d, line: lineIndex.lineAt(c.start + d), endLine: lineIndex.lineAt(c.end + d) }));
  return { from, to, blocks, comments };
}

/**
 * A block moved by `d` characters, with its line in the document. Built field by field: a spread gives every
 * block a hidden class of its own in V8 (300 bytes each).
 */
function movedBlock(b: Omit<ProseBlock, 'line'>, d: number, lineIndex: LineIndex): ProseBlock {
  return { kind: b.kind, depth: b.depth, start: b.start + d, end: b.end + d, line: lineIndex.lineAt(b.start + d), text: b.text, base: b.base + d, runs: b.runs };
}

function freshChunk(source: string, from: number, to: number, lineIndex: LineIndex): ChunkView {
  const chunkFrom = from;
  // micromark drops a leading byte-order mark and counts offsets without it: parse after it instead.
  if (from === 0 && source.charCodeAt(0) === 0xfeff) from = 1;
  const parsed = parseChunk(source.slice(from, to), from <= 1 && chunkFrom === 0);
  const blocks: ProseBlock[] = [];
  const comments: HtmlComment[] = [];
  for (const b of parsed.blocks) blocks.push(movedBlock(b, from, lineIndex));
  for (const c of parsed.comments) {
    const start = c.start + from;
    const end = c.end + from;
    comments.push({ start, end, line: lineIndex.lineAt(start), endLine: lineIndex.lineAt(end), value: c.value, inline: c.inline });
  }
  return { from: chunkFrom, to, blocks, comments };
}

/** Empties the chunk cache (for cold-start measurements). */
export function clearParseCache(): void {
  chunkCache.clear();
  firstChunkCache.clear();
}

function parseChunk(text: string, first: boolean): ChunkParse {
  const cache = first ? firstChunkCache : chunkCache;
  const hit = cache.get(text);
  if (hit) return hit;
  const parsed: ChunkParse = { blocks: [], comments: [] };
  if (!pathological(text)) {
    try {
      for (const { from, root } of parseChunkMarkdown(text, first)) {
        if (from === 0) collectBlocks(root, text, parsed);
        else collectPart(root, text.slice(from), from, parsed);
      }
    } catch {
      // A chunk the parser cannot take (a stack overflow deep in its tree) is read as no prose, like code.
      parsed.blocks = [];
      parsed.comments = [];
    }
  }
  if (cache.size >= CHUNK_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  // The key is a slice of the whole document; a detached copy keeps old versions of the document collectable.
  cache.set(detach(text), parsed);
  return parsed;
}

/** Collects the blocks and comments of a part of a chunk that starts at `from`, with offsets in the chunk. */
function collectPart(root: Root, part: string, from: number, out: ChunkParse): void {
  const own: ChunkParse = { blocks: [], comments: [] };
  collectBlocks(root, part, own);
  for (const b of own.blocks) {
    out.blocks.push({ kind: b.kind, depth: b.depth, start: b.start + from, end: b.end + from, text: b.text, base: b.base + from, runs: b.runs });
  }
  for (const c of own.comments) out.comments.push({ start: c.start + from, end: c.end + from, value: c.value, inline: c.inline });
}

/** Container markers at the start of one line beyond which a chunk is not read (no prose nests that deep). */
const MAX_LINE_NESTING = 32;

/**
 * True for text on which micromark is superlinear and that no prose contains: a line that opens more than
 * MAX_LINE_NESTING lists or quotes (»- - - - …«, »> > > …«: seconds for a few kilobytes), or a long run that is
 * mostly emphasis markers (»**a**a**a…«). Such a chunk is read as no prose, so the editor never waits on it.
 */
function pathological(text: string): boolean {
  let markers = 0;
  let nesting = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95) markers++; // * _
    if (c === 10 || c === 13) {
      lineStart = true;
      nesting = 0;
    } else if (lineStart) {
      const next = text.charCodeAt(i + 1);
      if (c === 62 || ((c === 45 || c === 42 || c === 43) && (next === 32 || next === 9))) {
        // »>«, and »-«, »*«, »+« before a space, as container markers (»-----« is a rule, not 5 lists)
        if (++nesting > MAX_LINE_NESTING) return true;
      } else if (c !== 32 && c !== 9 && !(c >= 48 && c <= 57) && c !== 46 && c !== 41) {
        lineStart = false;
      }
    }
  }
  return markers > 2000 && markers * 6 > text.length;
}

/**
 * A copy of a string that does not keep the string it was sliced from alive: slicing a concatenation makes V8
 * copy both parts into one new string first (one copy, where a JSON round trip scans and copies twice).
 */
function detach(text: string): string {
  return text.length < 16 ? text : (' ' + text).slice(1);
}

/**
 * Chunk boundaries after an edit, as `chunkRanges` would find them: the boundaries before the edit are kept, the
 * scan restarts one chunk before it, and stops at the first new boundary that is an old one moved by the edit,
 * since from a boundary on the scan sees the same text in the same state.
 */
function chunkRangesAfterEdit(previous: ParsedDocument, source: string, edit: TextEdit): [number, number][] {
  const old = previous.chunks;
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
function scanChunks(
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
    const line = source.slice(pos, eol > pos && source[eol - 1] === '\r' ? eol - 1 : eol);
    const blank = !/\S/.test(line);
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
      const f = FENCE.exec(line);
      if (f && !(f[1][0] === '`' && line.slice(f[0].length).includes('`'))) fence = { char: f[1][0], length: f[1].length };
      else {
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
 * Walks the block tree without recursion (a document can nest quotes and lists thousands deep) and collects
 * headings and paragraphs as prose blocks, in document order.
 */
function collectBlocks(root: Parents, source: string, out: ChunkParse): void {
  interface Frame {
    nodes: RootContent[];
    i: number;
    /** The next paragraph is the first of a list item. */
    firstInItem: boolean;
    inQuote: boolean;
  }
  const stack: Frame[] = [{ nodes: root.children as RootContent[], i: 0, firstInItem: false, inQuote: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.i >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.i++];
    const pos = node.position;
    if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) continue;
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        const kind: BlockKind =
          node.type === 'heading' ? 'heading' : frame.firstInItem ? 'listItem' : frame.inQuote ? 'blockquote' : 'paragraph';
        out.blocks.push(makeBlock(node, kind, source, out));
        frame.firstInItem = false;
        break;
      }
      case 'list':
        stack.push({ nodes: node.children, i: 0, firstInItem: false, inQuote: frame.inQuote });
        break;
      case 'listItem':
        stack.push({ nodes: node.children, i: 0, firstInItem: true, inQuote: frame.inQuote });
        break;
      case 'blockquote':
        stack.push({ nodes: node.children, i: 0, firstInItem: false, inQuote: true });
        break;
      case 'html': {
        // Comments in the block, found with indexOf (linear, also for »<!--« repeated without an end).
        const value = node.value;
        let cursor = pos.start.offset;
        for (let open = value.indexOf('<!--'); open >= 0; ) {
          const close = value.indexOf('-->', open + 4);
          if (close < 0) break;
          const text = value.slice(open, close + 3);
          const rel = source.indexOf(text, cursor);
          const start = rel >= 0 ? rel : cursor;
          cursor = start + text.length;
          out.comments.push({ start, end: start + text.length, value: value.slice(open + 4, close).trim(), inline: false });
          open = value.indexOf('<!--', close + 3);
        }
        break;
      }
      default:
        break;
    }
  }
}

function makeBlock(
  node: Extract<Nodes, { type: 'heading' | 'paragraph' }>,
  kind: BlockKind,
  source: string,
  chunk: ChunkParse,
): Omit<ProseBlock, 'line'> {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  // Offsets relative to the block's start, as runs (a few numbers per paragraph instead of two per character).
  const out = new OffsetMapBuilder(start);
  appendInline(node, source, out, chunk);
  return { kind, depth: node.type === 'heading' ? node.depth : 0, start, end, text: out.text, base: start, runs: out.offsets };
}

/** Appends the decoded text of inline content, mapping each character to its source range. */
function appendInline(node: Parents, source: string, out: OffsetMapBuilder, chunk: ChunkParse): void {
  for (const child of node.children as Nodes[]) {
    const pos = child.position;
    const start = pos?.start.offset ?? 0;
    const end = pos?.end.offset ?? start;
    switch (child.type) {
      case 'text':
        alignText(child.value, source, start, end, out);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        appendInline(child, source, out, chunk);
        break;
      case 'break':
        out.push('\n', start, end);
        break;
      case 'inlineCode':
        // Code is never prose: one object-replacement character keeps it out of words and sentences.
        out.push('\uFFFC', start, end);
        break;
      case 'html': {
        // Inline comments count as control comments too (they can stand inside a list item or a heading).
        const m = /^<!--([\s\S]*?)-->$/.exec(child.value);
        if (m) chunk.comments.push({ start, end, value: m[1].trim(), inline: true });
        out.push(' ', start, end);
        break;
      }
      default:
        // Images, footnote references: a space keeps neighbouring words apart.
        out.push(' ', start, end);
        break;
    }
  }
}

const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;

/**
 * Aligns a decoded text value with its source slice. The decoded value loses backslash escapes, character
 * references and the `> ` / indentation prefixes of continuation lines; each decoded character is mapped to
 * the source characters it came from.
 */
function alignText(value: string, source: string, from: number, to: number, out: OffsetMapBuilder): void {
  let j = from;
  for (let i = 0; i < value.length; ) {
    const ch = value[i];
    if (j >= to) {
      out.push(value.slice(i), Math.max(from, to - 1), to);
      return;
    }
    const s = source[j];
    if (s === ch && ch !== '\n' && ch !== '\r') {
      // A run of characters copied as they are (the common case): one slice, one offset per character.
      let k = 1;
      while (i + k < value.length && j + k < to) {
        const c = value[i + k];
        if (c !== source[j + k] || c === '\n' || c === '\r') break;
        k++;
      }
      out.copy(value.slice(i, i + k), j);
      i += k;
      j += k;
      continue;
    }
    if (s === ch) {
      out.push(ch, j, j + 1);
      i++;
      j++;
      if ((ch === '\n' || (ch === '\r' && source[j] !== '\n')) && value[i] !== source[j]) j = skipPrefix(source, j, to, value[i]);
      continue;
    }
    if (ch === '\uFFFD' && s === '\u0000') {
      // micromark decodes a NUL as U+FFFD (CommonMark's rule for insecure characters).
      out.push(ch, j, j + 1);
      i++;
      j++;
      continue;
    }
    if (s === '\\' && source[j + 1] === ch) {
      out.push(ch, j, j + 2);
      i++;
      j += 2;
      continue;
    }
    if (s === '&') {
      const m = ENTITY.exec(source.slice(j, Math.min(to, j + 40)));
      if (m) {
        // A reference decodes to one or two UTF-16 units (astral characters); all map to the whole reference.
        const decodedLength = value.codePointAt(i)! > 0xffff ? 2 : 1;
        out.push(value.slice(i, i + decodedLength), j, j + m[0].length);
        i += decodedLength;
        j += m[0].length;
        continue;
      }
    }
    // Anything else in the source that the value lacks (prefixes, stripped whitespace): skip it.
    j++;
  }
}

/** Skips the container prefix (`>`, spaces, tabs) at the start of a continuation line. */
function skipPrefix(source: string, j: number, to: number, next: string | undefined): number {
  let k = j;
  while (k < to && (source[k] === ' ' || source[k] === '\t' || source[k] === '>') && source[k] !== next) k++;
  return k;
}

/** Maps offsets to 0-based lines and UTF-16 columns by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[];
  constructor(
    private readonly text: string,
    starts?: number[],
  ) {
    if (starts) {
      this.starts = starts;
      return;
    }
    this.starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  /** The index of a text that differs from this index's text by one edit (see `diffTexts`). */
  afterEdit(text: string, edit: TextEdit): LineIndex {
    const starts: number[] = [0];
    // Line start x depends on the characters x - 1 and x: keep those wholly inside the common prefix, rescan the
    // changed region, and shift those wholly inside the common suffix.
    const old = this.starts;
    let k = 1;
    for (; k < old.length && old[k] <= edit.prefix - 1; k++) starts.push(old[k]);
    const scanTo = text.length - edit.suffix;
    for (let i = Math.max(0, edit.prefix - 1); i < scanTo; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    const oldSuffixStart = this.text.length - edit.suffix;
    for (; k < old.length; k++) if (old[k] - 1 >= oldSuffixStart) starts.push(old[k] + edit.delta);
    return new LineIndex(text, starts);
  }

  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  position(offset: number): { line: number; character: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.starts[line] };
  }
  offset(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[line];
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return Math.min(lineStart + Math.max(0, character), next);
  }
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
}
