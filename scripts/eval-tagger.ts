// Word-class accuracy of the tagger on the treebank: trained on one split, tested on the other, both ways.
// Usage: npm run eval:tagger
import { UPOS } from '../server/src/core/reading/perceptron';
import { crossSplit } from './train-tagger';

/** Mean held-out figures over both directions (what `npm run eval` prints as the word-class line). */
export function taggerAccuracy() {
  const runs = crossSplit();
  const mean = (f: (a: (typeof runs)[number]['acc']) => number) => runs.reduce((s, r) => s + f(r.acc), 0) / runs.length;
  const cls = (c: string) => mean((a) => (a.perClass[c] ? a.perClass[c].right / a.perClass[c].total : 0));
  return {
    runs,
    upos: mean((a) => a.right / a.words),
    verbAuxMerged: mean((a) => a.verbAuxMerged / a.words),
    verb: cls('VERB'),
    noun: cls('NOUN'),
    adj: cls('ADJ'),
    unknown: mean((a) => a.unknown.right / a.unknown.total),
  };
}

if (/eval-tagger\.(ts|cjs)$/.test(process.argv[1] ?? '')) {
  const r = taggerAccuracy();
  for (const { dir, acc } of r.runs) {
    const per = ['VERB', 'AUX', 'NOUN', 'ADJ', 'ADV', 'PRON', 'ADP'].map((c) => `${c} ${(acc.perClass[c].right / acc.perClass[c].total).toFixed(3)}`).join(', ');
    console.log(`${dir}: UPOS ${(acc.right / acc.words).toFixed(3)} (${acc.right}/${acc.words}), VERB+AUX merged ${(acc.verbAuxMerged / acc.words).toFixed(3)}, unknown words ${(acc.unknown.right / acc.unknown.total).toFixed(3)} (${acc.unknown.total}); ${per}`);
  }
  console.log(`mean of both: UPOS ${r.upos.toFixed(3)}, VERB+AUX merged ${r.verbAuxMerged.toFixed(3)}, VERB ${r.verb.toFixed(3)}, NOUN ${r.noun.toFixed(3)}, ADJ ${r.adj.toFixed(3)}, unknown ${r.unknown.toFixed(3)}`);
  void UPOS;
}
