// Measures the product against the labelled corpus: version-1 precision/recall/F1 (strict and lenient), dimension
// accuracy, warnings per statement, the tagger's word-class accuracy on a held-out treebank split, and, for a
// folder of documents with units.json, statement recall and precision.
// Usage: npm run eval -- [<file.jsonl>] [--docs <folder>] [--half A|B] [--quiet]
//   --half A: rows with an odd number in their id (k001, k003, …); --half B: the even ones.
import * as fs from 'node:fs';
import { lint } from '../server/src/core/lint';
import { DIMENSIONS } from '../server/src/core/data/dimensioner';
import { taggerAccuracy } from './eval-tagger';
import { domainAccuracy } from './tagger/domain-gold';

interface Row {
  id: string;
  text: string;
  version: 1 | 2 | 'mixed' | string | number;
  dims?: Record<string, boolean | string | null>;
}

const args = process.argv.slice(2);
const valueOf = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const half = valueOf('--half');
const docsDir = valueOf('--docs') ?? '../shared/corpus/docs';
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--half' && args[i - 1] !== '--docs') ?? '../shared/corpus/dev.jsonl';
const quiet = args.includes('--quiet');
if (!fs.existsSync(file)) {
  console.error(`usage: npm run eval -- [<file.jsonl>] [--docs <folder>] [--half A|B] [--quiet] (no file ${file})`);
  process.exit(2);
}
const rows: Row[] = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .filter((r: Row) => !half || (Number(String(r.id).replace(/\D/g, '')) % 2 === 1) === (half.toUpperCase() === 'A'));

let tp = 0, fp = 0, fn = 0, tn = 0;
let ltp = 0, lfp = 0, lfn = 0;
let warnings = 0, v2warnings = 0, v2rows = 0;
const dimStats = new Map<string, { right: number; total: number }>();
const disagreements: string[] = [];
for (const row of rows) {
  const { findings } = lint(row.text, { fileName: `${row.id}.kerneopgave.md` });
  const predicted = findings.some((f) => f.tags.includes('version-1'));
  const gold = row.version === 1 || row.version === '1';
  const w = findings.filter((f) => f.severity === 'warning').length;
  warnings += w;
  if (row.version === 2 || row.version === '2') {
    v2warnings += w;
    v2rows++;
  }
  if (row.version !== 'mixed') {
    if (predicted && gold) ltp++;
    else if (predicted) lfp++;
    else if (gold) lfn++;
  }
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
const lp = ltp + lfp ? ltp / (ltp + lfp) : 0;
const lr = ltp + lfn ? ltp / (ltp + lfn) : 0;
const lf = lp + lr ? (2 * lp * lr) / (lp + lr) : 0;
console.log(`\n${rows.length} rows from ${file}${half ? ` (half ${half.toUpperCase()})` : ''}`);
console.log(`version-1 strict (mixed is not version 1): precision ${precision.toFixed(2)}  recall ${recall.toFixed(2)}  F1 ${f1.toFixed(2)}  (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`);
console.log(`version-1 lenient (mixed rows left out): precision ${lp.toFixed(2)}  recall ${lr.toFixed(2)}  F1 ${lf.toFixed(2)}  (tp ${ltp}, fp ${lfp}, fn ${lfn})`);
console.log(`warnings per statement: ${(warnings / rows.length).toFixed(2)} overall, ${v2rows ? (v2warnings / v2rows).toFixed(2) : '—'} on ${v2rows} version-2 rows`);
for (const d of DIMENSIONS) {
  const s = dimStats.get(d.key);
  if (s) console.log(`${d.ruleId}: accuracy ${(s.right / s.total).toFixed(2)} (${s.right}/${s.total})`);
}
// Word classes, shipped weights: the tagger trained on one treebank split and tested on the other (both ways, mean),
// five-fold cross-validated over both splits (the shipped model is trained on both), and the shipped model on the
// hand-tagged domain sentences of test/fixtures/tagger/domain.txt (npm run eval:tagger gives the details).
{
  const { shipped, cv } = taggerAccuracy(true);
  const d = domainAccuracy();
  console.log(
    `word classes (UD Danish-DDT, shipped weights): one split → the other UPOS ${shipped.upos.toFixed(3)} VERB ${shipped.verb.toFixed(3)}; 5-fold cross-validated UPOS ${cv!.upos.toFixed(3)} VERB ${cv!.verb.toFixed(3)} (VERB+AUX merged ${cv!.verbAuxMerged.toFixed(3)}); ` +
      `domain sentences (${d.words} words) UPOS ${(d.right / d.words).toFixed(3)} VERB ${(d.verbsExact / d.verbs).toFixed(3)}; targets UPOS ≥ 0.92, VERB ≥ 0.90`,
  );
}

// Documents: the statements a facilitator finds (units.json) against the units the product reports.
if (fs.existsSync(`${docsDir}/units.json`)) {
  const gold = JSON.parse(fs.readFileSync(`${docsDir}/units.json`, 'utf8')) as Record<string, { units: { text: string }[]; optional: string[]; not_units: string[] }>;
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  // A listed statement is found by a reported unit whose text covers at least 80 % of it and is at most twice as long.
  const overlap = (a: [number, number], b: [number, number]) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  let listed = 0, found = 0, reported = 0, statements = 0, falseUnits = 0, short = 0;
  for (const [name, g] of Object.entries(gold)) {
    const raw = fs.readFileSync(`${docsDir}/${name}`, 'utf8');
    const cut = raw.indexOf('\n---\n');
    const text = cut >= 0 ? raw.slice(cut + 5) : raw;
    const { units } = lint(text, { fileName: name });
    const spans = units.map((u) => [u.body.start, u.body.end] as [number, number]);
    const place = (t: string): [number, number] | undefined => {
      const i = text.indexOf(t);
      return i < 0 ? undefined : [i, i + t.length];
    };
    const matches = (span: [number, number], g: [number, number]) => overlap(span, g) >= 0.8 * (g[1] - g[0]) && span[1] - span[0] <= 2 * (g[1] - g[0]);
    for (const u of g.units) {
      listed++;
      const at = place(u.text);
      if (at && spans.some((s) => matches(s, at))) found++;
      else if (!quiet) console.log(`docs MISSED ${name}: ${norm(u.text).slice(0, 100)}`);
    }
    for (const s of spans) {
      reported++;
      if (norm(text.slice(s[0], s[1])).split(' ').length < 4) short++;
      const isListed = g.units.some((u) => { const at = place(u.text); return at && matches(s, at); });
      const isOptional = g.optional.some((t) => { const at = place(t); return at && overlap(s, at) > 0; });
      const isNot = g.not_units.some((t) => { const at = place(t); return at && overlap(s, at) >= 0.5 * (at[1] - at[0]); });
      if (isListed && !isNot) statements++;
      else if (isOptional && !isNot) reported--;
      else {
        falseUnits++;
        if (!quiet) console.log(`docs FALSE UNIT ${name}: ${norm(text.slice(s[0], s[1])).slice(0, 100)}`);
      }
    }
  }
  console.log(`documents (${docsDir}): recall ${listed ? (found / listed).toFixed(2) : '—'} (${found}/${listed} statements found), precision ${reported ? (statements / reported).toFixed(2) : '—'} (${statements}/${reported} reported units are statements, optional ones left out; ${falseUnits} false), ${short} units under four words`);
}
