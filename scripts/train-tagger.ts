// Trains the part-of-speech tagger on UD Danish-DDT and writes server/src/core/data/tagger/model.json.
// Usage: npm run train:tagger            (train on both splits, write the shipped model)
//        npm run eval:tagger             (train on one split, test on the other, both ways; print accuracy)
// Deterministic: a seeded shuffle, so the same data gives the same file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decode, features, UPOS, type TagLexicon, type TaggerToken } from '../server/src/core/reading/perceptron';
import { decodeModel, type ModelFile } from '../server/src/core/reading/tagger';
import { domainLexicon } from './tagger/domain';
import { extractOrdbog, writeOrdbog } from './tagger/ordbog';
import { decodeOrdbog } from '../server/src/core/reading/ordbog';
import type { Dictionary } from '../server/src/core/reading/perceptron';

/** The spelling dictionary as the tagger's feature (off with TAGGER_DICTIONARY=0, to measure what it adds). */
let dictionary: Dictionary | undefined;
function dict(): Dictionary | undefined {
  if (process.env.TAGGER_DICTIONARY === '0') return undefined;
  if (!dictionary) {
    const o = decodeOrdbog(extractOrdbog());
    dictionary = o.classesOf;
  }
  return dictionary;
}

// Scripts run from the repository root (npm run).
const REPO = process.cwd();
const DDT = path.resolve(REPO, '..', 'shared', 'data', 'ud-danish-ddt');
export const MODEL_FILE = path.join(REPO, 'server', 'src', 'core', 'data', 'tagger', 'model.json');

export interface GoldToken extends TaggerToken {
  upos: number;
  lemma: string;
  verbForm?: 'Fin' | 'Inf' | 'Part';
}

const WORD = /[\p{L}\p{N}]/u;

/** Reads a CoNLL-U file into sentences of word tokens; punctuation tokens become the `before` of the next word. */
export function readConllu(file: string): GoldToken[][] {
  const out: GoldToken[][] = [];
  let sentence: GoldToken[] = [];
  let pending = '';
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      if (sentence.length) out.push(sentence);
      sentence = [];
      pending = '';
      continue;
    }
    const cols = line.split('\t');
    if (cols[0].includes('-') || cols[0].includes('.')) continue;
    const [, form, lemma, upos, , feats] = cols;
    if (upos === 'PUNCT' || !WORD.test(form)) {
      pending += form;
      continue;
    }
    const vf = /VerbForm=(Fin|Inf|Part)/.exec(feats)?.[1] as GoldToken['verbForm'];
    const tag = UPOS.indexOf(upos as (typeof UPOS)[number]);
    sentence.push({ form, before: pending, upos: tag < 0 ? UPOS.indexOf('X') : tag, lemma: lemma.toLowerCase(), verbForm: vf });
    pending = '';
  }
  if (sentence.length) out.push(sentence);
  return out;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function lexiconOf(sentences: GoldToken[][], domain: Map<string, number[]> | undefined): Map<string, number[]> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences) for (const t of s) {
    const w = t.form.toLowerCase();
    let c = counts.get(w);
    if (!c) counts.set(w, (c = new Map()));
    c.set(t.upos, (c.get(t.upos) ?? 0) + 1);
  }
  const lex = new Map<string, number[]>();
  for (const [w, c] of counts) lex.set(w, [...c.keys()].sort((a, b) => a - b));
  if (domain) for (const [w, tags] of domain) lex.set(w, [...new Set([...(lex.get(w) ?? []), ...tags])].sort((a, b) => a - b));
  return lex;
}

/** Trains an averaged perceptron; the lexicon features of training sentences are jackknifed over 5 folds. */
export function train(sentences: GoldToken[][], domain: Map<string, number[]> | undefined, epochs = Number(process.env.TAGGER_EPOCHS ?? 8)): { weights: Map<string, number[]>; lexicon: Map<string, number[]> } {
  const folds = 5;
  const foldLex: Map<string, number[]>[] = [];
  for (let k = 0; k < folds; k++) foldLex.push(lexiconOf(sentences.filter((_, i) => i % folds !== k), domain));
  const w = new Map<string, Float64Array>();
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Float64Array>();
  let step = 0;
  const n = UPOS.length;
  const row = (m: Map<string, Float64Array>, f: string) => {
    let r = m.get(f);
    if (!r) m.set(f, (r = new Float64Array(n)));
    return r;
  };
  const update = (f: string, tag: number, delta: number) => {
    const wr = row(w, f), tr = row(totals, f), sr = row(stamps, f);
    tr[tag] += (step - sr[tag]) * wr[tag];
    sr[tag] = step;
    wr[tag] += delta;
  };
  const random = rng(20261203);
  const order = sentences.map((_, i) => i);
  const scores = new Float64Array(n);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const si of order) {
      const s = sentences[si];
      const lex = foldLex[si % folds];
      const tags: number[] = [];
      for (let i = 0; i < s.length; i++) {
        step++;
        const feats = features(s, i, tags[i - 1] ?? -1, tags[i - 2] ?? -1, lex, dict());
        scores.fill(0);
        for (const f of feats) {
          const r = w.get(f);
          if (r) for (let k = 0; k < n; k++) scores[k] += r[k];
        }
        let guess = 0;
        for (let k = 1; k < n; k++) if (scores[k] > scores[guess]) guess = k;
        const gold = s[i].upos;
        if (guess !== gold) for (const f of feats) {
          update(f, gold, 1);
          update(f, guess, -1);
        }
        // Train on its own history, as it will be used (greedy, left to right): +0.4 points over the gold history.
        tags.push(guess);
      }
    }
  }
  const weights = new Map<string, number[]>();
  for (const [f, wr] of w) {
    const tr = totals.get(f)!, sr = stamps.get(f)!;
    const pairs: number[] = [];
    for (let k = 0; k < n; k++) {
      const avg = (tr[k] + (step - sr[k]) * wr[k]) / step;
      if (Math.abs(avg) >= 0.001) pairs.push(k, avg);
    }
    if (pairs.length) weights.set(f, pairs);
  }
  return { weights, lexicon: lexiconOf(sentences, domain) };
}

export interface Accuracy {
  words: number;
  right: number;
  verbAuxMerged: number;
  perClass: Record<string, { right: number; total: number }>;
  unknown: { right: number; total: number };
}

/** Tags the test sentences with a trained model and counts what is right. */
export function evaluate(model: { weights: Map<string, number[]>; lexicon: Map<string, number[]> }, test: GoldToken[][], trainLex?: TagLexicon): Accuracy {
  const acc: Accuracy = { words: 0, right: 0, verbAuxMerged: 0, perClass: {}, unknown: { right: 0, total: 0 } };
  const verbish = (t: number) => (UPOS[t] === 'AUX' ? UPOS.indexOf('VERB') : t);
  for (const s of test) {
    const tags = decode(s, model.weights, model.lexicon, dict());
    s.forEach((t, i) => {
      acc.words++;
      const ok = tags[i] === t.upos;
      if (ok) acc.right++;
      if (verbish(tags[i]) === verbish(t.upos)) acc.verbAuxMerged++;
      const c = (acc.perClass[UPOS[t.upos]] ??= { right: 0, total: 0 });
      c.total++;
      if (ok) c.right++;
      if (!(trainLex ?? model.lexicon).has(t.form.toLowerCase())) {
        acc.unknown.total++;
        if (ok) acc.unknown.right++;
      }
    });
  }
  return acc;
}

/**
 * Both directions: train on dev, test on test, and the reverse; `acc` with the full weights, `shipped` with the
 * weights as the model file holds them (`compactWeights`).
 */
export function crossSplit(): { dir: string; acc: Accuracy; shipped: Accuracy }[] {
  const dev = readConllu(path.join(DDT, 'da_ddt-ud-dev.conllu'));
  const test = readConllu(path.join(DDT, 'da_ddt-ud-test.conllu'));
  const domain = domainLexicon();
  const out: { dir: string; acc: Accuracy; shipped: Accuracy }[] = [];
  for (const [name, a, b] of [['dev → test', dev, test], ['test → dev', test, dev]] as const) {
    const model = train(a as GoldToken[][], domain);
    const trainLex = lexiconOf(a as GoldToken[][], undefined);
    out.push({
      dir: name,
      acc: evaluate(model, b as GoldToken[][], trainLex),
      shipped: evaluate({ weights: compactWeights(model.weights), lexicon: model.lexicon }, b as GoldToken[][], trainLex),
    });
  }
  return out;
}

/**
 * Five-fold cross-validation over both splits together (about 16 000 training words a fold, near the 20 000 the
 * shipped model is trained on): the folds are contiguous blocks of sentences, so that a text's sentences stay in one
 * fold and its names and topic words do not leak into the training. Shipped (compacted) weights.
 */
export function crossValidate(folds = 5): Accuracy[] {
  const all = [...readConllu(path.join(DDT, 'da_ddt-ud-dev.conllu')), ...readConllu(path.join(DDT, 'da_ddt-ud-test.conllu'))];
  const domain = domainLexicon();
  const out: Accuracy[] = [];
  for (let k = 0; k < folds; k++) {
    const from = Math.floor((k * all.length) / folds), to = Math.floor(((k + 1) * all.length) / folds);
    const trainSet = [...all.slice(0, from), ...all.slice(to)];
    const model = train(trainSet, domain);
    out.push(evaluate({ weights: compactWeights(model.weights), lexicon: model.lexicon }, all.slice(from, to), lexiconOf(trainSet, undefined)));
  }
  return out;
}

/** The lemma and verb-form tables: form → most frequent lemma (where it differs) and verb form. */
function tables(sentences: GoldToken[][]): { lemmas: Record<string, string>; verbForms: Record<string, string> } {
  const lemmaCounts = new Map<string, Map<string, number>>();
  const vfCounts = new Map<string, Map<string, number>>();
  for (const s of sentences) for (const t of s) {
    const w = t.form.toLowerCase();
    const key = `${w}\t${UPOS[t.upos]}`;
    let c = lemmaCounts.get(key);
    if (!c) lemmaCounts.set(key, (c = new Map()));
    c.set(t.lemma, (c.get(t.lemma) ?? 0) + 1);
    if (t.verbForm) {
      let v = vfCounts.get(w);
      if (!v) vfCounts.set(w, (v = new Map()));
      v.set(t.verbForm, (v.get(t.verbForm) ?? 0) + 1);
    }
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  const lemmas: Record<string, string> = {};
  for (const [key, c] of [...lemmaCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const lemma = top(c);
    const [w] = key.split('\t');
    if (lemma !== w) lemmas[key] = lemma;
  }
  const verbForms: Record<string, string> = {};
  for (const [w, v] of [...vfCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) verbForms[w] = top(v)[0];
  return { lemmas, verbForms };
}

/** Weights are shipped in steps of 1/WEIGHT_SCALE, as integers (the argmax does not depend on the scale). */
export const WEIGHT_SCALE = 4;
/** A feature is kept when one of its weights reaches this in magnitude (a weight of ±1 is one update's worth). */
export const KEEP_FEATURE = 1.01;
/** The same for features of a neighbouring word or word pair: one feature per pair, rarely seen, many of them. */
export const KEEP_WORD_FEATURE = 2;
/** Within a kept feature, weights under this are dropped. */
export const KEEP_WEIGHT = 0.5;
const WORD_TEMPLATES = /^(?:w-1|w\+1|w\+2|w-1w|ww\+1|t1w)=/;

/**
 * The weights as shipped: features that never reached a weight of KEEP_FEATURE (KEEP_WORD_FEATURE for word-pair
 * templates) dropped, small weights within the others dropped, the rest quantised to integers in steps of
 * 1/WEIGHT_SCALE. `npm run eval:tagger` measures both the full and the shipped weights on the held-out split.
 */
export function compactWeights(weights: ReadonlyMap<string, readonly number[]>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [f, pairs] of weights) {
    let max = 0;
    for (let k = 1; k < pairs.length; k += 2) max = Math.max(max, Math.abs(pairs[k]));
    if (max < (WORD_TEMPLATES.test(f) ? KEEP_WORD_FEATURE : KEEP_FEATURE)) continue;
    const kept: number[] = [];
    for (let k = 0; k < pairs.length; k += 2) {
      const q = Math.round(pairs[k + 1] * WEIGHT_SCALE);
      if (Math.abs(pairs[k + 1]) >= KEEP_WEIGHT && q !== 0) kept.push(pairs[k], q);
    }
    if (kept.length) out.set(f, kept);
  }
  return out;
}

/**
 * The shipped model file (read by reading/tagger.ts, `decodeModel`), grouped to keep it small:
 * - lexicon: tag set (»7« or »0.7«) → the forms seen with it, space-separated;
 * - weights: feature template (»w«, »s3«, …; »« for the features without one, such as the bias »b«) → one string:
 *   the template's values separated by »|«, each followed by its weights, space-separated, in base 36,
 *   packed as weight × 16 + tag (tag = v & 15, weight = v >> 4), in steps of 1/WEIGHT_SCALE;
 * - lemmas: UPOS → »form edit« pairs, space-separated, where the edit is the number of letters to drop from the
 *   end of the form, then the letters to add (a »|« between them when the letters start with a digit);
 * - verbForms: F, I or P → the forms, space-separated.
 */
export function encodeModel(
  weights: ReadonlyMap<string, readonly number[]>,
  lexicon: ReadonlyMap<string, readonly number[]>,
  lemmas: Record<string, string>,
  verbForms: Record<string, string>,
): string {
  const spaced = [...lexicon.keys(), ...Object.keys(lemmas), ...Object.values(lemmas), ...Object.keys(verbForms)].find((w) => /\s/.test(w.replace('\t', '')));
  if (spaced !== undefined) throw new Error(`a form or lemma with a space cannot be encoded: »${spaced}«`);
  const byKey = <T>(entries: Iterable<[string, T]>) => [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const lex: Record<string, string[]> = {};
  for (const [w, tags] of byKey(lexicon)) (lex[tags.join('.')] ??= []).push(w);
  const wtLists: Record<string, string[]> = {};
  for (const [f, pairs] of byKey(weights)) {
    const eq = f.indexOf('=');
    const value = f.slice(eq + 1);
    if (/[| ]/.test(value)) throw new Error(`a feature value with »|« or a space cannot be encoded: »${f}«`);
    const packed = [];
    for (let k = 0; k < pairs.length; k += 2) packed.push((pairs[k + 1] * 16 + pairs[k]).toString(36));
    (wtLists[eq < 0 ? '' : f.slice(0, eq)] ??= []).push([value, ...packed].join(' '));
  }
  const wts = Object.fromEntries(Object.entries(wtLists).map(([k, v]) => [k, v.join('|')]));
  const lem: Record<string, string[]> = {};
  for (const [key, lemma] of byKey(Object.entries(lemmas))) {
    const [form, upos] = key.split('\t');
    let i = 0;
    while (i < form.length && i < lemma.length && form[i] === lemma[i]) i++;
    const add = lemma.slice(i);
    (lem[upos] ??= []).push(`${form} ${form.length - i}${/^\d/.test(add) ? '|' : ''}${add}`);
  }
  const vf: Record<string, string[]> = {};
  for (const [w, v] of byKey(Object.entries(verbForms))) (vf[v] ??= []).push(w);
  const join = (r: Record<string, string[]>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.join(' ')]));
  return JSON.stringify({ upos: UPOS, scale: WEIGHT_SCALE, lexicon: join(lex), weights: wts, lemmas: join(lem), verbForms: join(vf) }) + '\n';
}

function writeModel(): void {
  writeOrdbog();
  const all = [...readConllu(path.join(DDT, 'da_ddt-ud-dev.conllu')), ...readConllu(path.join(DDT, 'da_ddt-ud-test.conllu'))];
  const model = train(all, domainLexicon());
  const weights = compactWeights(model.weights);
  const { lemmas, verbForms } = tables(all);
  fs.mkdirSync(path.dirname(MODEL_FILE), { recursive: true });
  const file = encodeModel(weights, model.lexicon, lemmas, verbForms);
  // The product reads the file back with decodeModel: check that it gives what was encoded.
  const back = decodeModel(JSON.parse(file) as ModelFile);
  const same = (a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>) => a.size === b.size && [...a].every(([k, v]) => JSON.stringify(b.get(k)) === JSON.stringify(v));
  const parts = { weights: same(back.weights, weights), lexicon: same(back.lexicon, model.lexicon), lemmas: same(back.lemmas, new Map(Object.entries(lemmas))), verbForms: same(back.verbForms, new Map(Object.entries(verbForms))) };
  const wrong = Object.entries(parts).filter(([, ok]) => !ok).map(([k]) => k);
  if (wrong.length) throw new Error(`the model file does not decode to the model: ${wrong.join(', ')}`);
  fs.writeFileSync(MODEL_FILE, file);
  console.log(`wrote ${path.relative(REPO, MODEL_FILE)}: ${weights.size} features (of ${model.weights.size}), ${model.lexicon.size} forms, ${(fs.statSync(MODEL_FILE).size / 1024).toFixed(0)} KB`);
}

if (/train-tagger\.(ts|cjs)$/.test(process.argv[1] ?? '')) writeModel();
