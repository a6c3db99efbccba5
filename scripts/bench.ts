// Benchmark: full lint against remark-parse alone (same micromark extensions, whole document) on generated
// Danish documents; cold (no cache) and after a one-character edit.
// Usage: npm run bench [-- --json]
import { performance } from 'node:perf_hooks';
import * as os from 'node:os';
import { lint } from '../server/src/core/lint';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { clearParseCache } from '../server/src/core/parse';
import { generateDocument } from './generate';

const json = process.argv.includes('--json');
/** remark-parse alone, and remark-parse with remark-gfm and remark-frontmatter, each on the whole document. */
const remarkAlone = unified().use(remarkParse);
const remarkFull = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
const sizes: [string, number, number][] = [
  ['20 KB', 20_000, 41],
  ['200 KB', 200_000, 15],
  ['2 MB', 2_000_000, 5],
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const rows = [];
for (const [label, bytes, runs] of sizes) {
  const docs = Array.from({ length: 3 }, (_, i) => generateDocument(bytes, i + 1));
  // Warm up every path.
  for (const d of docs) {
    remarkAlone.parse(d);
    remarkFull.parse(d);
    lint(d);
  }
  let k = 0;
  const parse = time(() => remarkAlone.parse(docs[k++ % docs.length]), runs);
  k = 0;
  const parseFull = time(() => remarkFull.parse(docs[k++ % docs.length]), Math.max(3, Math.ceil(runs / 3)));
  k = 0;
  // Cold: nothing cached from earlier runs.
  const full = time(() => {
    clearParseCache();
    lint(docs[k++ % docs.length]);
  }, runs);
  // Warm: a one-character edit in the middle of a document that was linted before (what typing costs).
  let text = docs[0];
  clearParseCache();
  lint(text);
  let edits = 0;
  const edit = time(() => {
    const at = Math.floor(text.length / 2) + (edits++ % 50);
    text = text.slice(0, at) + 'x' + text.slice(at);
    lint(text);
  }, runs * 2);
  const findings = lint(docs[0]).findings.length;
  rows.push({ size: label, bytes: docs[0].length, remarkParseMs: +parse.toFixed(1), remarkGfmMs: +parseFull.toFixed(1), lintMs: +full.toFixed(1), ratio: +(full / parse).toFixed(2), editMs: +edit.toFixed(1), findings });
}

if (json) {
  console.log(JSON.stringify({ node: process.version, loadavg: os.loadavg(), rows }, null, 2));
} else {
  console.log(`node ${process.version}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}, medians`);
  console.log('size      chars    remark-parse alone   remark+gfm+frontmatter   cold full lint   lint/remark-parse   re-lint after 1-char edit   findings');
  for (const r of rows) {
    console.log(`${r.size.padEnd(8)}  ${String(r.bytes).padStart(7)}  ${r.remarkParseMs.toFixed(1).padStart(15)} ms  ${r.remarkGfmMs.toFixed(1).padStart(19)} ms  ${r.lintMs.toFixed(1).padStart(12)} ms  ${r.ratio.toFixed(2).padStart(17)}×  ${r.editMs.toFixed(1).padStart(22)} ms  ${String(r.findings).padStart(8)}`);
  }
}
