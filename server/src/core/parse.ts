// Markdown → mdast → prose blocks whose every character maps back to its exact source offset.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import type { BlockKind, ProseBlock } from './types';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/** Parses Markdown into an mdast tree (positions included). */
export function parseMarkdown(source: string): Root {
  return processor.parse(source) as Root;
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
}

/** Parses a document into prose blocks; tables, code, front matter and HTML never become prose. */
export function parseDocument(source: string): ParsedDocument {
  const tree = parseMarkdown(source);
  const lineIndex = new LineIndex(source);
  const blocks: ProseBlock[] = [];
  const comments: HtmlComment[] = [];
  collectBlocks(tree, source, lineIndex, blocks, comments, false, false);
  return { source, blocks, comments, lineIndex };
}

function collectBlocks(
  parent: Parents,
  source: string,
  lines: LineIndex,
  blocks: ProseBlock[],
  comments: HtmlComment[],
  inListItem: boolean,
  inQuote: boolean,
): void {
  let firstInItem = inListItem;
  for (const node of parent.children as RootContent[]) {
    const pos = node.position;
    if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) continue;
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        const kind: BlockKind =
          node.type === 'heading' ? 'heading' : firstInItem ? 'listItem' : inQuote ? 'blockquote' : 'paragraph';
        blocks.push(makeBlock(node, kind, source, lines, firstInItem));
        firstInItem = false;
        break;
      }
      case 'list':
        collectBlocks(node, source, lines, blocks, comments, false, inQuote);
        break;
      case 'listItem':
        collectBlocks(node, source, lines, blocks, comments, true, inQuote);
        break;
      case 'blockquote':
        collectBlocks(node, source, lines, blocks, comments, false, true);
        break;
      case 'html': {
        const re = /<!--([\s\S]*?)-->/g;
        for (let m = re.exec(node.value); m; m = re.exec(node.value)) {
          const rel = source.indexOf(m[0], pos.start.offset);
          const start = rel >= 0 ? rel : pos.start.offset;
          const end = start + m[0].length;
          comments.push({ start, end, line: lines.lineAt(start), endLine: lines.lineAt(end), value: m[1].trim() });
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
  lines: LineIndex,
  inListItem: boolean,
): ProseBlock {
  const out: TextBuilder = { text: '', starts: [], ends: [] };
  appendInline(node, source, out);
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  return {
    kind,
    depth: node.type === 'heading' ? node.depth : 0,
    start,
    end,
    line: lines.lineAt(start),
    text: out.text,
    starts: out.starts,
    ends: out.ends,
    inListItem,
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
function appendInline(node: Parents, source: string, out: TextBuilder): void {
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
        appendInline(child, source, out);
        break;
      case 'break':
        push(out, '\n', start, end);
        break;
      case 'inlineCode':
        // Code is never prose: one object-replacement character keeps it out of words and sentences.
        push(out, '\uFFFC', start, end);
        break;
      default:
        // Images, inline HTML, footnote references: a space keeps neighbouring words apart.
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
  get lineCount(): number {
    return this.starts.length;
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
