// Gives memory back after a long document has been parsed from scratch.
//
// Parsing 10 MB of Markdown allocates about 3 GB in short-lived objects (micromark's events and mdast nodes).
// Some of them live just long enough to be promoted, so V8's old space grows to three times what stays live, and
// the ordinary full collections free the objects but leave the live ones spread over those pages: measured on a
// 10 MB document, 143 MB of old space held 50 MB of objects and the process kept 266 MB resident with nothing to
// do. One compacting collection when the server is idle moves the live objects together and returns the rest
// (old space 52 MB, 173 MB resident in the same test). It pauses the server for about 100 ms, so it only runs
// after a pause in the work, once a large amount of text has been parsed anew since the last one.
//
// The young generation grew to its maximum (2 × 16 MB) during the parse, and V8 shrinks it only in a young
// collection that finds the allocation rate of the last 5 s low. So a young collection follows 6 s later: the
// same test then keeps 120 MB resident.
import v8 from 'node:v8';
import vm from 'node:vm';

/** Text parsed anew (UTF-16 units) after which a compaction is worth its pause. */
export const COMPACT_AFTER_CHARS = 1 << 20;
/** How long the server must have been idle (no lint) before it compacts. */
export const COMPACT_IDLE_MS = 1000;
/** When the young collection that shrinks the young generation follows the compaction. */
export const SHRINK_AFTER_MS = 6000;

type GcFunction = (options?: { type: 'major' | 'minor'; execution: 'sync' | 'async' }) => void;
let gcFunction: GcFunction | null | undefined;

/** V8's `gc`, made available at run time (null when this V8 refuses). */
function collector(): GcFunction | null {
  if (gcFunction === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      const fn: unknown = vm.runInNewContext('gc');
      gcFunction = typeof fn === 'function' ? (fn as GcFunction) : null;
    } catch {
      gcFunction = null;
    }
  }
  return gcFunction;
}

/** One full collection that compacts every page (what V8 does on its own only under memory pressure). */
export function compactHeap(): boolean {
  const gc = collector();
  if (!gc) return false;
  try {
    v8.setFlagsFromString('--compact-on-every-full-gc');
    // Without options: `gc({ type: 'major' })` left the server at 247 MB resident in the test above (V8 runs a
    // collection asked for with options asynchronously unless `execution: 'sync'` is given).
    gc();
  } finally {
    v8.setFlagsFromString('--no-compact-on-every-full-gc');
  }
  return true;
}

/** One young collection: after a quiet spell, V8 shrinks the young generation in it. */
export function collectYoung(): boolean {
  const gc = collector();
  if (!gc) return false;
  gc({ type: 'minor', execution: 'sync' });
  return true;
}

/** Counts text parsed anew and compacts the heap once the server has been idle after a lot of it. */
export class HeapCompactor {
  private parsed = 0;
  private timer: NodeJS.Timeout | undefined;
  private shrinkTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly onCompact: (ms: number, parsedChars: number) => void = () => {},
    private readonly afterChars = COMPACT_AFTER_CHARS,
    private readonly idleMs = COMPACT_IDLE_MS,
    private readonly shrinkAfterMs = SHRINK_AFTER_MS,
  ) {}

  /** Called after each lint with the length of text it parsed anew; every call restarts the idle wait. */
  noteParsed(chars: number): void {
    this.parsed += chars;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.parsed < this.afterChars) return;
    this.timer = setTimeout(() => this.compact(), this.idleMs);
    this.timer.unref?.();
  }

  private compact(): void {
    this.timer = undefined;
    const chars = this.parsed;
    this.parsed = 0;
    const started = performance.now();
    if (!compactHeap()) return;
    this.onCompact(performance.now() - started, chars);
    clearTimeout(this.shrinkTimer);
    this.shrinkTimer = setTimeout(() => collectYoung(), this.shrinkAfterMs);
    this.shrinkTimer.unref?.();
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.shrinkTimer);
  }
}
