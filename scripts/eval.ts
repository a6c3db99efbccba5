// Measures the rules against a labelled JSON-lines corpus: version-1 precision/recall/F1 and dimension accuracy.
// Usage: npm run eval -- <file.jsonl> [--quiet]
import * as fs from 'node:fs';
import { lint } from '../server/src/core/lint';
import { DIMENSIONS } from '../server/src/core/data/dimensioner';

interface Row {
  id: string;
  text: string;
  version: 1 | 2 | 'mixed' | string | number;
  dims?: Record<string, boolean | string | null>;
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const quiet = args.includes('--quiet');
if (!file) {
  console.error('usage: npm run eval -- <file.jsonl> [--quiet]');
  process.exit(2);
}
const rows: Row[] = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

let tp = 0, fp = 0, fn = 0, tn = 0;
const dimStats = new Map<string, { right: number; total: number }>();
const disagreements: string[] = [];
for (const row of rows) {
  const { findings } = lint(row.text, { fileName: `${row.id}.kerneopgave.md` });
  const predicted = findings.some((f) => f.tags.includes('version-1'));
  const gold = row.version === 1 || row.version === '1';
  if (predicted && gold) tp++;
  else if (predicted) fp++;
  else if (gold) fn++;
  else tn++;
  if (predicted !== gold) {
    const why = findings.filter((f) => f.tags.includes('version-1')).map((f) => `${f.ruleId} »${row.text.slice(f.start, f.end)}«`).join('; ');
    disagreements.push(`version-1 ${predicted ? 'FP' : 'FN'} ${row.id} (gold ${row.version})${why ? ` [${why}]` : ''}: ${row.text.replace(/\s+/g, ' ')}`);
  }
  for (const d of DIMENSIONS) {
    const goldPresent = row.dims?.[d.key];
    if (typeof goldPresent !== 'boolean') continue;
    const predictedPresent = !findings.some((f) => f.ruleId === d.ruleId);
    const s = dimStats.get(d.key) ?? { right: 0, total: 0 };
    s.total++;
    if (predictedPresent === goldPresent) s.right++;
    else disagreements.push(`${d.ruleId} ${predictedPresent ? 'FP-present' : 'FN-missing'} ${row.id} (gold ${goldPresent ? 'present' : 'missing'}): ${row.text.replace(/\s+/g, ' ').slice(0, 160)}`);
    dimStats.set(d.key, s);
  }
}
const precision = tp + fp ? tp / (tp + fp) : 0;
const recall = tp + fn ? tp / (tp + fn) : 0;
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
if (!quiet) for (const d of disagreements) console.log(d);
console.log(`\n${rows.length} rows from ${file}`);
console.log(`version-1: precision ${precision.toFixed(2)}  recall ${recall.toFixed(2)}  F1 ${f1.toFixed(2)}  (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`);
for (const d of DIMENSIONS) {
  const s = dimStats.get(d.key);
  if (s) console.log(`${d.ruleId}: accuracy ${(s.right / s.total).toFixed(2)} (${s.right}/${s.total})`);
}
