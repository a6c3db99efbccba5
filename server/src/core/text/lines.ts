import type { TextEdit } from './chunks';

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
