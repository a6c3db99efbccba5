// A document as prose blocks: parsed chunk by chunk (boundaries in chunks.ts, Markdown → blocks in blocks.ts),
// each chunk cached by its text, and after an edit the unchanged chunks carried over from the previous parse.
import { ORIGIN, type OffsetRange, type ProseBlock } from '../types';
import { parseChunkBlocks, type ChunkParse, type HtmlComment } from './blocks';
import { chunkRanges, chunkRangesAfterEdit, diffTexts, type TextEdit } from './chunks';
import { LineIndex } from './lines';

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
  const ranges: [number, number][] = !chunked ? [[0, source.length]] : previous && edit ? chunkRangesAfterEdit(previous.chunks, source, edit) : chunkRanges(source);
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
  const parsed = parseChunkBlocks(text, first);
  if (cache.size >= CHUNK_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  // The key is a slice of the whole document; a detached copy keeps old versions of the document collectable.
  cache.set(detach(text), parsed);
  return parsed;
}

/**
 * A copy of a string that does not keep the string it was sliced from alive: slicing a concatenation makes V8
 * copy both parts into one new string first (one copy, where a JSON round trip scans and copies twice).
 */
function detach(text: string): string {
  return text.length < 16 ? text : (' ' + text).slice(1);
}
