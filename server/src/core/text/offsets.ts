// Where each character of a block's decoded text came from in the source, stored as runs: most prose is copied
// from the source one character for one, so a paragraph needs a few numbers instead of two per character.
import type { ProseBlock } from '../types';

/**
 * Builds a block's text and its run-length offset map: triples (text index, source start relative to the base,
 * width). Offsets given to it are absolute; below the base they count as the base.
 */
export class OffsetMapBuilder {
  private parts: string[] = [];
  private length = 0;
  private runs: number[] = [];
  /** The last run's text index, source start and width (width -1: no run yet). */
  private lastText = 0;
  private lastStart = 0;
  private lastWidth = -1;

  constructor(private readonly base: number) {}

  /** Appends characters that each come from the source range [start, end). */
  push(chars: string, start: number, end: number): void {
    const from = Math.max(0, start - this.base);
    const width = Math.max(0, end - this.base) - from;
    for (let i = 0; i < chars.length; i++) this.add(from, width);
    this.parts.push(chars);
  }

  /** Appends characters copied one for one from the source, the first from `start`. */
  copy(chars: string, start: number): void {
    if (chars.length === 0) return;
    if (start < this.base) {
      for (let i = 0; i < chars.length; i++) this.push(chars[i], start + i, start + i + 1);
      return;
    }
    this.add(start - this.base, 1);
    this.length += chars.length - 1;
    this.parts.push(chars);
  }

  private add(start: number, width: number): void {
    // A one-for-one character right after a one-for-one run, at the next source offset, extends that run.
    if (!(width === 1 && this.lastWidth === 1 && start === this.lastStart + (this.length - this.lastText))) {
      this.runs.push(this.length, start, width);
      this.lastText = this.length;
      this.lastStart = start;
      this.lastWidth = width;
    }
    this.length++;
  }

  get text(): string {
    return this.parts.join('');
  }

  /** The runs, in an array of their exact length (most blocks are one run); read once the text is complete. */
  get offsets(): number[] {
    return this.runs.slice();
  }
}

/** The run holding text index `i` (the index of its triple). */
function runAt(runs: readonly number[], i: number): number {
  let lo = 0;
  let hi = runs.length / 3 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid * 3] <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo * 3;
}

/** The absolute source offset where character `i` of the block's text starts (0 ≤ i < text length). */
export function sourceStart(block: Pick<ProseBlock, 'base' | 'runs'>, i: number): number {
  const r = runAt(block.runs, i);
  return block.base + block.runs[r + 1] + (block.runs[r + 2] === 1 ? i - block.runs[r] : 0);
}

/** The absolute source offset where character `i` of the block's text ends (0 ≤ i < text length). */
export function sourceEnd(block: Pick<ProseBlock, 'base' | 'runs'>, i: number): number {
  const r = runAt(block.runs, i);
  const width = block.runs[r + 2];
  return block.base + block.runs[r + 1] + (width === 1 ? i - block.runs[r] + 1 : width);
}
