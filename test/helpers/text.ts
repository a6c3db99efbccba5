// Text helpers for protocol tests: LSP positions over a string (UTF-16, \n, \r\n and \r line breaks) and edits.
import type { Position, Range, TextEdit } from 'vscode-languageserver';

/** Offsets at which each line starts, by the LSP rules for line breaks. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** The LSP position of a UTF-16 offset. */
export function positionAt(text: string, offset: number): Position {
  if (offset < 0 || offset > text.length) throw new Error(`offset ${offset} outside text of length ${text.length}`);
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

/** The UTF-16 offset of an LSP position; throws for positions the text does not have. */
export function offsetAt(text: string, position: Position): number {
  const starts = lineStarts(text);
  if (position.line < 0 || position.line >= starts.length) throw new Error(`line ${position.line} outside text with ${starts.length} lines`);
  const start = starts[position.line];
  const lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
  const offset = start + position.character;
  if (position.character < 0 || offset > lineEnd) throw new Error(`character ${position.character} outside line ${position.line}`);
  return offset;
}

/** The range of the `occurrence`-th (0-based) occurrence of `needle`; throws when it is not there. */
export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`»${needle}« (occurrence ${occurrence}) not found in the text`);
  }
  return { start: positionAt(text, at), end: positionAt(text, at + needle.length) };
}

/** The position of the middle of the `occurrence`-th occurrence of `needle`. */
export function positionIn(text: string, needle: string, occurrence = 0): Position {
  const range = rangeOf(text, needle, occurrence);
  const start = offsetAt(text, range.start);
  return positionAt(text, start + Math.floor(needle.length / 2));
}

/** The text covered by a range. */
export function textIn(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/**
 * Applies LSP text edits (all relative to the original text) the way an editor does: edits must not overlap;
 * edits at the same position are inserted in the order given.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const resolved = edits.map((e, index) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText, index }));
  resolved.sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  for (let i = 1; i < resolved.length; i++) {
    if (resolved[i].start < resolved[i - 1].end) throw new Error('overlapping text edits');
  }
  let out = '';
  let at = 0;
  for (const e of resolved) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}
