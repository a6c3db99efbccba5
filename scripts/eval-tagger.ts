// Word-class accuracy of the tagger on the treebank: trained on one split, tested on the other, both ways, with the
// full weights and with the weights as shipped (pruned and quantised: compactWeights in train-tagger.ts).
// Usage: npm run eval:tagger
import { crossSplit, crossValidate, type Accuracy } from './train-tagger';
import { domainAccuracy } from './tagger/domain-gold';

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
export function taggerAccuracy(withCrossValidation = false) {
  const runs = crossSplit();
  const cv = withCrossValidation ? pooled(crossValidate()) : undefined;
  return { runs, full: figures(runs.map((r) => r.acc)), shipped: figures(runs.map((r) => r.shipped)), cv };
}

/** The folds' counts added up: one accuracy over every word of the treebank, each tagged by a model that never saw it. */
function pooled(accs: Accuracy[]): TaggerFigures {
  const sum: Accuracy = { words: 0, right: 0, verbAuxMerged: 0, perClass: {}, unknown: { right: 0, total: 0 } };
  for (const a of accs) {
    sum.words += a.words;
    sum.right += a.right;
    sum.verbAuxMerged += a.verbAuxMerged;
    sum.unknown.right += a.unknown.right;
    sum.unknown.total += a.unknown.total;
    for (const [c, v] of Object.entries(a.perClass)) {
      const t = (sum.perClass[c] ??= { right: 0, total: 0 });
      t.right += v.right;
      t.total += v.total;
    }
  }
  return figures([sum]);
}

const line = (r: TaggerFigures) =>
  `UPOS ${r.upos.toFixed(3)}, VERB ${r.verb.toFixed(3)}, VERB+AUX merged ${r.verbAuxMerged.toFixed(3)}, NOUN ${r.noun.toFixed(3)}, ADJ ${r.adj.toFixed(3)}, unknown ${r.unknown.toFixed(3)}`;

if (/eval-tagger\.(ts|cjs)$/.test(process.argv[1] ?? '')) {
  const r = taggerAccuracy(true);
  for (const { dir, acc, shipped } of r.runs) {
    const per = ['VERB', 'AUX', 'NOUN', 'ADJ', 'ADV', 'PRON', 'ADP'].map((c) => `${c} ${(acc.perClass[c].right / acc.perClass[c].total).toFixed(3)}`).join(', ');
    console.log(`${dir}: UPOS ${(acc.right / acc.words).toFixed(4)} (${acc.right}/${acc.words}; shipped weights ${(shipped.right / shipped.words).toFixed(4)}), VERB+AUX merged ${(acc.verbAuxMerged / acc.words).toFixed(3)}, unknown words ${(acc.unknown.right / acc.unknown.total).toFixed(3)} (${acc.unknown.total}); ${per}`);
  }
  console.log(`mean of both, full weights:    ${line(r.full)}`);
  console.log(`mean of both, shipped weights: ${line(r.shipped)} (UPOS ${(r.shipped.upos - r.full.upos >= 0 ? '+' : '')}${(r.shipped.upos - r.full.upos).toFixed(4)})`);
  const d = domainAccuracy();
  console.log(`shipped model on the hand-tagged domain sentences (test/fixtures/tagger/domain.txt, ${d.words} words): UPOS ${(d.right / d.words).toFixed(3)}, VERB ${(d.verbsExact / d.verbs).toFixed(3)} (${d.verbsExact}/${d.verbs}; VERB or AUX ${(d.verbsRight / d.verbs).toFixed(3)}); wrong: ${d.wrong.join(', ')}`);
  console.log(`5-fold cross-validation over both splits (contiguous folds), shipped weights: ${line(r.cv!)}`);
}
