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
import type { BlockKind, ProseBlock } from './types';

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

/** Parses Markdown into an mdast tree (positions included). */
export function parseMarkdown(source: string): Root {
  return withFrontmatter.parse(source) as Root;
}

/** A top-level view of a document: its prose blocks in order, and its HTML comments. */
export interface ParsedDocument {
  source: string;
  blocks: ProseBlock[];
  comments: HtmlComment[];
  lineIndex: LineIndex;
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
  blocks: Omit<ProseBlock, 'line' | 'base'>[];
  comments: { start: number; end: number; value: string; inline: boolean }[];
  size: number;
}

const chunkCache = new Map<string, ChunkParse>();
let chunkCacheSize = 0;
const CHUNK_CACHE_BUDGET = 64 * 1024 * 1024;

/**
 * Parses a document into prose blocks; tables, code, front matter and HTML never become prose.
 *
 * The document is parsed in top-level chunks (see `chunkRanges`), each cached by its text: micromark is
 * superlinear on long documents that alternate lists or quotes with paragraphs (measured: 8 s for 416 KB),
 * chunks keep it linear, and an edit re-parses only the chunk it touches.
 */
export function parseDocument(source: string, options: { chunked?: boolean } = {}): ParsedDocument {
  const lineIndex = new LineIndex(source);
  const blocks: ProseBlock[] = [];
  const comments: HtmlComment[] = [];
  const ranges: [number, number][] = options.chunked === false ? [[0, source.length]] : chunkRanges(source);
  for (const [from, to] of ranges) {
    const text = source.slice(from, to);
    const parsed = parseChunk(text, from === 0);
    for (const b of parsed.blocks) {
      blocks.push({ ...b, base: from, start: b.start + from, end: b.end + from, line: lineIndex.lineAt(b.start + from) });
    }
    for (const c of parsed.comments) {
      const start = c.start + from;
      const end = c.end + from;
      comments.push({ start, end, line: lineIndex.lineAt(start), endLine: lineIndex.lineAt(end), value: c.value, inline: c.inline });
    }
  }
  return { source, blocks, comments, lineIndex };
}

/** Empties the chunk cache (for cold-start measurements). */
export function clearParseCache(): void {
  chunkCache.clear();
  chunkCacheSize = 0;
}

function parseChunk(text: string, first: boolean): ChunkParse {
  const key = (first ? 'F' : 'C') + text;
  const hit = chunkCache.get(key);
  if (hit) return hit;
  const tree = (first ? withFrontmatter : withoutFrontmatter).parse(text) as Root;
  const parsed: ChunkParse = { blocks: [], comments: [], size: text.length };
  collectBlocks(tree, text, parsed, false, false);
  if (chunkCacheSize + text.length > CHUNK_CACHE_BUDGET) {
    chunkCache.clear();
    chunkCacheSize = 0;
  }
  chunkCache.set(key, parsed);
  chunkCacheSize += text.length;
  return parsed;
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
 */
export function chunkRanges(source: string): [number, number][] {
  const ranges: [number, number][] = [];
  let chunkStart = 0;
  let pos = 0;
  let previousBlank = false;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: string | undefined;
  const fm = /^(---|\+\+\+)[ \t]*\r?\n/.exec(source);
  if (fm) {
    const close = new RegExp(`\\r?\\n${fm[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(\\r?\\n|$)`).exec(source.slice(fm[0].length - 1));
    pos = close ? fm[0].length - 1 + close.index + close[0].length : source.length;
  }
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
      if (previousBlank && !blank && pos > chunkStart && line[0] !== ' ' && line[0] !== '\t') {
        ranges.push([chunkStart, pos]);
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
  if (chunkStart < source.length || ranges.length === 0) ranges.push([chunkStart, source.length]);
  return ranges;
}

function collectBlocks(parent: Parents, source: string, out: ChunkParse, inListItem: boolean, inQuote: boolean): void {
  let firstInItem = inListItem;
  for (const node of parent.children as RootContent[]) {
    const pos = node.position;
    if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) continue;
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        const kind: BlockKind =
          node.type === 'heading' ? 'heading' : firstInItem ? 'listItem' : inQuote ? 'blockquote' : 'paragraph';
        out.blocks.push(makeBlock(node, kind, source, out));
        firstInItem = false;
        break;
      }
      case 'list':
        collectBlocks(node, source, out, false, inQuote);
        break;
      case 'listItem':
        collectBlocks(node, source, out, true, inQuote);
        break;
      case 'blockquote':
        collectBlocks(node, source, out, false, true);
        break;
      case 'html': {
        const re = /<!--([\s\S]*?)-->/g;
        for (let m = re.exec(node.value); m; m = re.exec(node.value)) {
          const rel = source.indexOf(m[0], pos.start.offset);
          const start = rel >= 0 ? rel : pos.start.offset;
          out.comments.push({ start, end: start + m[0].length, value: m[1].trim(), inline: false });
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
): Omit<ProseBlock, 'line' | 'base'> {
  const out: TextBuilder = { text: '', starts: [], ends: [] };
  appendInline(node, source, out, chunk);
  return {
    kind,
    depth: node.type === 'heading' ? node.depth : 0,
    start: node.position!.start.offset!,
    end: node.position!.end.offset!,
    text: out.text,
    starts: out.starts,
    ends: out.ends,
  };
}

interface TextBuilder {
  text: string;
  starts: number[];
  ends: number[];
}

function push(out: TextBuilder, chars: string, start: number, end: number): void {
  for (let i = 0; i < chars.length; i++) {
    out.text += chars[i];
    out.starts.push(start);
    out.ends.push(end);
  }
}

/** Appends the decoded text of inline content, mapping each character to its source range. */
function appendInline(node: Parents, source: string, out: TextBuilder, chunk: ChunkParse): void {
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
        push(out, '\n', start, end);
        break;
      case 'inlineCode':
        // Code is never prose: one object-replacement character keeps it out of words and sentences.
        push(out, '\uFFFC', start, end);
        break;
      case 'html': {
        // Inline comments count as control comments too (they can stand inside a list item or a heading).
        const m = /^<!--([\s\S]*?)-->$/.exec(child.value);
        if (m) chunk.comments.push({ start, end, value: m[1].trim(), inline: true });
        push(out, ' ', start, end);
        break;
      }
      default:
        // Images, footnote references: a space keeps neighbouring words apart.
        push(out, ' ', start, end);
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
function alignText(value: string, source: string, from: number, to: number, out: TextBuilder): void {
  let j = from;
  for (let i = 0; i < value.length; ) {
    const ch = value[i];
    if (j >= to) {
      push(out, value.slice(i), Math.max(from, to - 1), to);
      return;
    }
    const s = source[j];
    if (s === ch) {
      push(out, ch, j, j + 1);
      i++;
      j++;
      if ((ch === '\n' || (ch === '\r' && source[j] !== '\n')) && value[i] !== source[j]) j = skipPrefix(source, j, to, value[i]);
      continue;
    }
    if (s === '\\' && source[j + 1] === ch) {
      push(out, ch, j, j + 2);
      i++;
      j += 2;
      continue;
    }
    if (s === '&') {
      const m = ENTITY.exec(source.slice(j, Math.min(to, j + 40)));
      if (m) {
        // A reference decodes to one or two UTF-16 units (astral characters); all map to the whole reference.
        const decodedLength = value.codePointAt(i)! > 0xffff ? 2 : 1;
        push(out, value.slice(i, i + decodedLength), j, j + m[0].length);
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
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
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
