// Markdown → mdast → prose blocks of one chunk, whose every character maps back to its exact source offset.
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
import { frontMatterEnd, scanChunks } from './chunks';
import type { BlockKind, ProseBlock } from '../types';

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
  // A delimiter row has a »-«: only the lines with one are looked at (indexOf skips the others at native speed).
  for (let dashAt = text.indexOf('-', from); dashAt >= 0 && dashAt < to; ) {
    let i = text.lastIndexOf('\n', dashAt - 1) + 1;
    if (i < from) i = from;
    let eol = text.indexOf('\n', dashAt);
    if (eol < 0 || eol > to) eol = to;
    while (i < eol && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 62)) i++; // space, tab, >
    let divider = false;
    let other = false;
    for (; i < eol; i++) {
      const c = text.charCodeAt(i);
      if (c === 124 || c === 58) divider = true; // | :
      else if (c !== 45 && c !== 32 && c !== 9 && c !== 13) {
        other = true;
        break;
      }
    }
    if (divider && !other) return true;
    dashAt = text.indexOf('-', eol);
  }
  return false;
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
export interface ChunkParse {
  /** Blocks with offsets relative to the chunk (`base` too). */
  blocks: Omit<ProseBlock, 'line'>[];
  comments: { start: number; end: number; value: string; inline: boolean }[];
}


/**
 * Parses one chunk's text into blocks and comments with offsets relative to it; a chunk the parser cannot take
 * (pathological nesting, a stack overflow) is read as no prose, like code. `first`: the chunk starts the
 * document (front matter may open it).
 */
export function parseChunkBlocks(text: string, first: boolean): ChunkParse {
  const parsed: ChunkParse = { blocks: [], comments: [] };
  if (pathological(text)) return parsed;
  try {
    for (const { from, root } of parseChunkMarkdown(text, first)) {
      if (from === 0) collectBlocks(root, text, parsed);
      else collectPart(root, text.slice(from), from, parsed);
    }
  } catch {
    parsed.blocks = [];
    parsed.comments = [];
  }
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
  // Most text is its source exactly (no escapes, references or prefixes): one native comparison, one run.
  if (to - from === value.length && source.startsWith(value, from)) {
    out.copy(value, from);
    return;
  }
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
