// Word classes for the words of a sentence: the averaged-perceptron tagger trained on UD Danish-DDT
// (data/tagger/model.json, CC BY-SA 4.0: see data/tagger/NOTICE), with lemma and verb form from the same treebank.
// The model is read on first use.
import model from '../data/tagger/model.json';
import type { Sentence } from '../types';
import { decode, UPOS, type TagLexicon, type Upos, type Weights } from './perceptron';

export interface Tagged {
  upos: Upos;
  lemma: string;
  verbForm?: 'Fin' | 'Inf' | 'Part';
}

interface Loaded {
  weights: Weights;
  lexicon: TagLexicon;
  lemmas: Record<string, string>;
  verbForms: Record<string, string>;
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded) return loaded;
  const m = model as unknown as { lexicon: Record<string, string>; weights: Record<string, number[]>; lemmas: Record<string, string>; verbForms: Record<string, string> };
  const lexicon = new Map<string, number[]>();
  for (const [w, tags] of Object.entries(m.lexicon)) lexicon.set(w, tags.split('.').map(Number));
  return (loaded = { weights: new Map(Object.entries(m.weights)), lexicon, lemmas: m.lemmas, verbForms: m.verbForms });
}

const VERB_FORMS: Record<string, Tagged['verbForm']> = { F: 'Fin', I: 'Inf', P: 'Part' };

/** Tags words (with the punctuation before each, as the tokenizer keeps it). */
export function tagTokens(tokens: readonly { form: string; before: string }[]): Tagged[] {
  if (tokens.length === 0) return [];
  const m = load();
  const tags = decode(tokens, m.weights, m.lexicon);
  return tokens.map((t, i) => {
    const upos = UPOS[tags[i]];
    const lower = t.form.toLowerCase();
    const out: Tagged = { upos, lemma: m.lemmas[`${lower}\t${upos}`] ?? lower };
    if (upos === 'VERB' || upos === 'AUX') {
      const known = VERB_FORMS[m.verbForms[lower] ?? ''];
      out.verbForm = known ?? (tokens[i - 1]?.form.toLowerCase() === 'at' ? 'Inf' : /(?:er|r)$/.test(lower) ? 'Fin' : /(?:et|t|ede|te)$/.test(lower) ? 'Part' : 'Inf');
    }
    return out;
  });
}

const cache = new WeakMap<Sentence, Tagged[]>();

/** The word classes of a sentence's words, in order (cached per sentence). */
export function tagSentence(sentence: Sentence): Tagged[] {
  let tags = cache.get(sentence);
  if (!tags) cache.set(sentence, (tags = tagTokens(sentence.words.map((w) => ({ form: w.text, before: w.before })))));
  return tags;
}
