// The in-process measurements. Each cell (one pipeline on one document) runs in a fresh child process started
// by scripts/bench.ts (`<bundle> --child <json>`): set up once, warm up the JIT on a smaller document, then
// timed runs on the target document (wall clock and process CPU time around the call only; no forced GC).
// Every sample is printed as one JSON line as soon as it is taken, so a child killed at its time cap still
// reports the runs it finished.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { lint as markdownlint } from 'markdownlint/sync';
import { DocumentLinter, lint } from '../../server/src/core/lint';
import { parseChunkMarkdown } from '../../server/src/core/text/blocks';
import { chunkRanges } from '../../server/src/core/text/chunks';
import { clearParseCache } from '../../server/src/core/text/parse';

export type Pipeline = 'remark' | 'chunked' | 'markdownlint' | 'lint' | 'edit' | 'paired';

export interface CellSpec {
  pipeline: Pipeline;
  file: string;
  /** A smaller document to warm up on (the target itself when it is small). */
  warmFile: string;
  warmMs: number;
  /** At most this many timed runs … */
  runs: number;
  /** … and no new run once this much time has passed since the first one started (at least one run). */
  budgetMs: number;
}

export interface Sample {
  wall: number;
  cpu: number;
  /** In a paired cell: remark-parse alone on the same document, timed right before or after this lint. */
  base?: { wall: number; cpu: number };
}

/** What one call of the pipeline does; returns a count to print as a sanity check (findings, nodes). */
function pipeline(name: Pipeline): (text: string) => number {
  switch (name) {
    case 'edit':
      throw new Error('edit is measured by runEdits');
    case 'paired':
      throw new Error('paired is measured by runPaired');
    case 'remark': {
      // remark-parse alone: plain CommonMark, the whole document at once.
      const processor = unified().use(remarkParse);
      return (text) => (processor.parse(text) as { children: unknown[] }).children.length;
    }
    case 'chunked':
      // What the linter parses, without its cache and rules: remark-parse on each top-level chunk the linter
      // splits the document into, with the linter's extensions (tables, strikethrough, front matter) on the parts
      // of a chunk that need them.
      return (text) => {
        let n = 0;
        for (const [from, to] of chunkRanges(text)) for (const part of parseChunkMarkdown(text.slice(from, to), from === 0)) n += part.root.children.length;
        return n;
      };
    case 'markdownlint':
      // markdownlint with its default configuration (all default rules).
      return (text) => markdownlint({ strings: { doc: text } }).doc.length;
    case 'lint':
      // Cold full lint: the chunk cache emptied before every run.
      return (text) => {
        clearParseCache();
        return lint(text).findings.length;
      };
  }
}

const out = (o: object) => process.stdout.write(JSON.stringify(o) + '\n');

export function runCell(spec: CellSpec): void {
  if (spec.pipeline === 'edit') return runEdits(spec);
  if (spec.pipeline === 'paired') return runPaired(spec);
  const run = pipeline(spec.pipeline);
  const text = readFileSync(spec.file, 'utf8');
  warmUp(spec, text, (warm) => run(warm));
  timedRuns(spec, () => {
    const t = timed(() => run(text));
    out({ event: 'sample', wall: t.wall, cpu: t.cpu });
    return t.count;
  });
}

/** Warms the JIT on the smaller document (or the target) for spec.warmMs, and says how many runs that took. */
function warmUp(spec: CellSpec, text: string, run: (warm: string) => void): void {
  const warm = spec.warmFile === spec.file ? text : readFileSync(spec.warmFile, 'utf8');
  const warmStart = performance.now();
  let warmRuns = 0;
  do {
    run(warm);
    warmRuns++;
  } while (performance.now() - warmStart < spec.warmMs);
  out({ event: 'warm', runs: warmRuns, ms: performance.now() - warmStart });
}

/** Up to spec.runs samples, none started once spec.budgetMs has passed (at least one); then the last count. */
function timedRuns(spec: CellSpec, sample: (i: number) => number): void {
  out({ event: 'start' });
  const start = performance.now();
  let count = 0;
  for (let i = 0; i < spec.runs; i++) {
    if (i > 0 && performance.now() - start > spec.budgetMs) break;
    count = sample(i);
  }
  out({ event: 'done', count, maxRssKb: process.resourceUsage().maxRSS });
}

/** One timed call: wall clock and process CPU time around it only. */
function timed(fn: () => number): { wall: number; cpu: number; count: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const count = fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000, count };
}

/**
 * Cold full lint and remark-parse alone in one process, in pairs on the same document, the order alternating
 * (remark first in even pairs, lint first in odd ones): both see the same JIT state and the same load on a shared
 * machine, which two cells in two children a minute apart do not. Each sample is the lint's time with the
 * remark-parse time of its pair beside it.
 */
function runPaired(spec: CellSpec): void {
  const remark = pipeline('remark');
  const full = pipeline('lint');
  const text = readFileSync(spec.file, 'utf8');
  warmUp(spec, text, (warm) => {
    remark(warm);
    full(warm);
  });
  timedRuns(spec, (i) => {
    const first = i % 2 === 0 ? timed(() => remark(text)) : timed(() => full(text));
    const second = i % 2 === 0 ? timed(() => full(text)) : timed(() => remark(text));
    const [base, lintRun] = i % 2 === 0 ? [first, second] : [second, first];
    out({ event: 'sample', wall: lintRun.wall, cpu: lintRun.cpu, base: { wall: base.wall, cpu: base.cpu } });
    return lintRun.count;
  });
}

/**
 * Incremental re-lint in process: one DocumentLinter lints the document once (untimed), then each run makes a
 * one-character edit (typing a word at 2 %, 50 % and 97 % of the document, a backspace every fifth keystroke)
 * and times `linter.lint(newText)` only. What the server does per keystroke, without the protocol.
 */
function runEdits(spec: CellSpec): void {
  const warm = readFileSync(spec.warmFile, 'utf8');
  const warmStart = performance.now();
  let warmRuns = 0;
  do {
    const l = new DocumentLinter();
    l.lint(warm);
    l.lint(warm.slice(0, warm.length >> 1) + 'x' + warm.slice(warm.length >> 1));
    warmRuns++;
  } while (performance.now() - warmStart < spec.warmMs);
  out({ event: 'warm', runs: warmRuns, ms: performance.now() - warmStart });
  let text = readFileSync(spec.file, 'utf8');
  const linter = new DocumentLinter();
  linter.lint(text);
  const places = [0.02, 0.5, 0.97].map((f) => {
    // After the first space of a prose line at or after this point.
    let pos = text.lastIndexOf('\n', Math.floor(text.length * f)) + 1;
    for (;;) {
      const eol = text.indexOf('\n', pos);
      const line = text.slice(pos, eol);
      if (/^[A-ZÆØÅa-zæøå]/.test(line) && line.length > 30 && !line.includes('|')) return pos + line.indexOf(' ') + 1;
      pos = eol + 1;
    }
  });
  const typed = 'og det gør vi sammen ';
  out({ event: 'start' });
  let count = 0;
  for (let i = 0; i < spec.runs; i++) {
    const p = Math.min(places.length - 1, Math.floor(i / Math.ceil(spec.runs / places.length)));
    const at = places[p];
    let next: string;
    if (i % 5 === 4) {
      next = text.slice(0, at - 1) + text.slice(at);
      for (let q = 0; q < places.length; q++) if (places[q] >= at) places[q]--;
    } else {
      next = text.slice(0, at) + typed[i % typed.length] + text.slice(at);
      for (let q = 0; q < places.length; q++) if (places[q] >= at) places[q]++;
    }
    text = next;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    count = linter.lint(text).findings.length;
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    out({ event: 'sample', wall, cpu: (c.user + c.system) / 1000 });
  }
  out({ event: 'done', count, maxRssKb: process.resourceUsage().maxRSS });
}
