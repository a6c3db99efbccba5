// Word-class accuracy of the tagger on the treebank: trained on one split, tested on the other, both ways, with the
// full weights and with the weights as shipped (pruned and quantised: compactWeights in train-tagger.ts).
// Usage: npm run eval:tagger
import { crossSplit, type Accuracy } from './train-tagger';

/** Held-out figures of one kind of weights, as the mean over both directions. */
export interface TaggerFigures {
  upos: number;
  verbAuxMerged: number;
  verb: number;
  noun: number;
  adj: number;
  unknown: number;
}

function figures(accs: Accuracy[]): TaggerFigures {
  const mean = (f: (a: Accuracy) => number) => accs.reduce((s, a) => s + f(a), 0) / accs.length;
  const cls = (c: string) => mean((a) => (a.perClass[c] ? a.perClass[c].right / a.perClass[c].total : 0));
  return {
    upos: mean((a) => a.right / a.words),
    verbAuxMerged: mean((a) => a.verbAuxMerged / a.words),
    verb: cls('VERB'),
    noun: cls('NOUN'),
    adj: cls('ADJ'),
    unknown: mean((a) => a.unknown.right / a.unknown.total),
  };
}

/** Mean held-out figures over both directions, full and shipped (what `npm run eval` prints as the word-class line). */
export function taggerAccuracy() {
  const runs = crossSplit();
  return { runs, full: figures(runs.map((r) => r.acc)), shipped: figures(runs.map((r) => r.shipped)) };
}

const line = (r: TaggerFigures) =>
  `UPOS ${r.upos.toFixed(3)}, VERB ${r.verb.toFixed(3)}, VERB+AUX merged ${r.verbAuxMerged.toFixed(3)}, NOUN ${r.noun.toFixed(3)}, ADJ ${r.adj.toFixed(3)}, unknown ${r.unknown.toFixed(3)}`;

if (/eval-tagger\.(ts|cjs)$/.test(process.argv[1] ?? '')) {
  const r = taggerAccuracy();
  for (const { dir, acc, shipped } of r.runs) {
    const per = ['VERB', 'AUX', 'NOUN', 'ADJ', 'ADV', 'PRON', 'ADP'].map((c) => `${c} ${(acc.perClass[c].right / acc.perClass[c].total).toFixed(3)}`).join(', ');
    console.log(`${dir}: UPOS ${(acc.right / acc.words).toFixed(4)} (${acc.right}/${acc.words}; shipped weights ${(shipped.right / shipped.words).toFixed(4)}), VERB+AUX merged ${(acc.verbAuxMerged / acc.words).toFixed(3)}, unknown words ${(acc.unknown.right / acc.unknown.total).toFixed(3)} (${acc.unknown.total}); ${per}`);
  }
  console.log(`mean of both, full weights:    ${line(r.full)}`);
  console.log(`mean of both, shipped weights: ${line(r.shipped)} (UPOS ${(r.shipped.upos - r.full.upos >= 0 ? '+' : '')}${(r.shipped.upos - r.full.upos).toFixed(4)})`);
}
