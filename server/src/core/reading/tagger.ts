// Word classes for the words of a sentence: the averaged-perceptron tagger trained on UD Danish-DDT
// (data/tagger/model.json, CC BY-SA 4.0: see data/tagger/NOTICE), with lemma and verb form from the same treebank,
// and the spelling dictionary's verbs and adjectives (reading/ordbog.ts) as a feature for words the treebank lacks.
// The model is read on first use.
import model from '../data/tagger/model.json';
import type { Sentence } from '../types';
import { ordbog } from './ordbog';
import { decode, UPOS, type TagLexicon, type Upos, type Weights } from './perceptron';

export interface Tagged {
  upos: Upos;
  lemma: string;
  verbForm?: 'Fin' | 'Inf' | 'Part';
}

export interface Loaded {
  weights: Weights;
  lexicon: TagLexicon;
  /** »form\tUPOS« → lemma, where it differs from the form. */
  lemmas: ReadonlyMap<string, string>;
  /** form → F, I or P (finite, infinitive, participle), as the treebank mostly has it. */
  verbForms: ReadonlyMap<string, string>;
}

let loaded: Loaded | undefined;

/** The shipped model file as written by scripts/train-tagger.ts (`encodeModel`, which describes the format). */
export interface ModelFile {
  lexicon: Record<string, string>;
  weights: Record<string, string>;
  lemmas: Record<string, string>;
  verbForms: Record<string, string>;
}

/** Reads the grouped model file into the maps the decoder uses. */
export function decodeModel(m: ModelFile): Loaded {
  const lexicon = new Map<string, number[]>();
  for (const [tags, forms] of Object.entries(m.lexicon)) {
    const t = tags.split('.').map(Number);
    for (const w of forms.split(' ')) lexicon.set(w, t);
  }
  const weights = new Map<string, number[]>();
  for (const [template, list] of Object.entries(m.weights)) {
    for (const entry of list.split('|')) {
      const [value, ...packed] = entry.split(' ');
      const pairs: number[] = [];
      for (const p of packed) {
        const v = parseInt(p, 36);
        pairs.push(v & 15, v >> 4);
      }
      weights.set(template === '' ? value : `${template}=${value}`, pairs);
    }
  }
  const lemmas = new Map<string, string>();
  for (const [upos, list] of Object.entries(m.lemmas)) {
    const parts = list.split(' ');
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const form = parts[i];
      const edit = /^(\d+)\|?(.*)$/s.exec(parts[i + 1])!;
      lemmas.set(`${form}\t${upos}`, form.slice(0, form.length - Number(edit[1])) + edit[2]);
    }
  }
  const verbForms = new Map<string, string>();
  for (const [form, list] of Object.entries(m.verbForms)) for (const w of list.split(' ')) verbForms.set(w, form);
  return { weights, lexicon, lemmas, verbForms };
}

function load(): Loaded {
  return (loaded ??= decodeModel(model as unknown as ModelFile));
}

const VERB_FORMS: Record<string, Tagged['verbForm']> = { F: 'Fin', I: 'Inf', P: 'Part' };

/** Tags words (with the punctuation before each, as the tokenizer keeps it). */
export function tagTokens(tokens: readonly { form: string; before: string }[]): Tagged[] {
  if (tokens.length === 0) return [];
  const m = load();
  const tags = decode(tokens, m.weights, m.lexicon, ordbog().classesOf);
  return tokens.map((t, i) => {
    const upos = UPOS[tags[i]];
    const lower = t.form.toLowerCase();
    const out: Tagged = { upos, lemma: m.lemmas.get(`${lower}\t${upos}`) ?? lower };
    if (upos === 'VERB' || upos === 'AUX') {
      const known = VERB_FORMS[m.verbForms.get(lower) ?? ''];
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
