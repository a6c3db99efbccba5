// An averaged-perceptron part-of-speech tagger: the features and the decoding, shared by the training script and
// the product. Pure (no Node APIs). Tokens are words without punctuation, as the product's tokenizer gives them;
// the punctuation before a word is a feature of it.

export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'SCONJ', 'SYM', 'VERB', 'X'] as const;
export type Upos = (typeof UPOS)[number];

/** A token as the tagger sees it: the word and the punctuation between it and the previous word. */
export interface TaggerToken {
  form: string;
  before: string;
}

/** A lexicon: lower-case form → the tags it was seen with. */
export type TagLexicon = ReadonlyMap<string, readonly number[]>;

/** The longest known word that the form ends in (a compound's head: »kerneopgaven« → »opgaven«), at least 4 letters. */
export function compoundHead(lower: string, lexicon: TagLexicon): string | undefined {
  for (let i = 1; i <= lower.length - 4; i++) {
    const tail = lower.slice(i);
    if (lexicon.has(tail)) return tail;
  }
  return undefined;
}

function shape(form: string): string {
  if (/^\d+$/.test(form)) return 'd';
  if (/\d/.test(form)) return 'dx';
  if (/-/.test(form)) return 'h';
  if (form === form.toUpperCase() && form.length > 1) return 'A';
  if (/^\p{Lu}/u.test(form)) return 'C';
  return 'l';
}

function punct(before: string): string {
  if (/[.!?]/.test(before)) return '.';
  if (/[,;]/.test(before)) return ',';
  if (/[:]/.test(before)) return ':';
  if (/[()[\]]/.test(before)) return '(';
  if (/["“”„»«']/.test(before)) return 'q';
  if (/[–—-]/.test(before)) return '-';
  return '';
}

/** A spelling dictionary's word classes for a lower-case form (»V«, »A«, »AV« or ''): reading/ordbog.ts. */
export type Dictionary = (lower: string) => string;

/** The features of token i, given the tags already chosen for the tokens before it. */
export function features(tokens: readonly TaggerToken[], i: number, prev: number, prev2: number, lexicon: TagLexicon, dictionary?: Dictionary): string[] {
  const t = tokens[i];
  const w = t.form.toLowerCase();
  const next = tokens[i + 1]?.form.toLowerCase() ?? '<e>';
  const next2 = tokens[i + 2]?.form.toLowerCase() ?? '<e>';
  const before = tokens[i - 1]?.form.toLowerCase() ?? '<s>';
  const lex = lexicon.get(w);
  const head = lex ? undefined : compoundHead(w, lexicon);
  const tagsOf = (x: string) => lexicon.get(x)?.join('.') ?? '?';
  const f = [
    'b',
    `w=${w}`,
    `s1=${w.slice(-1)}`,
    `s2=${w.slice(-2)}`,
    `s3=${w.slice(-3)}`,
    `s4=${w.slice(-4)}`,
    `p1=${w.slice(0, 1)}`,
    `p3=${w.slice(0, 3)}`,
    `sh=${shape(t.form)}`,
    `pu=${punct(t.before)}`,
    `first=${i === 0 || /[.!?:]/.test(t.before) ? 1 : 0}`,
    `t1=${prev}`,
    `t12=${prev},${prev2}`,
    `w-1=${before}`,
    `w+1=${next}`,
    `w+2=${next2}`,
    `t1w=${prev},${w}`,
    `lx=${lex ? lex.join('.') : '?'}`,
    `lx+1=${tagsOf(next)}`,
    `lx+2=${tagsOf(next2)}`,
    `lxw-1=${tagsOf(before)}`,
    `s5=${w.slice(-5)}`,
    `t1s3=${prev},${w.slice(-3)}`,
    `w-1w=${before},${w}`,
    `ww+1=${w},${next}`,
    `t1lx=${prev},${lex ? lex.join('.') : '?'}`,
  ];
  if (head) {
    f.push(`hd=${lexicon.get(head)!.join('.')}`);
    f.push(`hs3=${head.slice(-3)}`);
  }
  if (lex && lex.length === 1) f.push(`lx1=${lex[0]}`);
  // »har«, »er«, »blev«: an auxiliary when a verb follows it in the clause (»har set«), a main verb when not.
  if (lex && lex.includes(AUX) && lex.includes(VERB)) {
    // The first verb-like word within five words, before any punctuation: its distance, ending and tag set.
    let distance = 'n';
    let shape = 'none';
    for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
      if (/[.,;:!?()]/.test(tokens[j].before)) break;
      const lj = tokens[j].form.toLowerCase();
      const tj = lexicon.get(lj);
      const verbal = tj ? tj.includes(VERB) : dictionary ? dictionary(lj).includes('V') : false;
      if (verbal) {
        distance = String(j - i);
        shape = `${lj.slice(-2)},${tj ? tj.join('.') : '?'}`;
        break;
      }
    }
    f.push(`ax=${w},${shape}`, `axd=${distance}`);
  }
  if (dictionary) {
    const dc = dictionary(w);
    f.push(`dc=${dc}`, `dc+1=${next === "<e>" ? "<e>" : dictionary(next)}`, `t1dc=${prev},${dc}`, `dc-1=${before === "<s>" ? "<s>" : dictionary(before)}`, `dcs2=${dc},${w.slice(-2)}`);
    if (!lex) f.push(`dcu=${dc}`);
  }
  return f;
}

const AUX = UPOS.indexOf('AUX');
const VERB = UPOS.indexOf('VERB');

/** Weights: feature → (tag index → weight), as sparse pairs. */
export type Weights = ReadonlyMap<string, readonly number[]>;

/** Scores the tags for a feature list (dense vector of UPOS.length). */
export function score(weights: Weights, feats: readonly string[], out: Float64Array): void {
  out.fill(0);
  for (const f of feats) {
    const row = weights.get(f);
    if (!row) continue;
    for (let k = 0; k < row.length; k += 2) out[row[k]] += row[k + 1];
  }
}

/** Tags a token sequence greedily, left to right. */
export function decode(tokens: readonly TaggerToken[], weights: Weights, lexicon: TagLexicon, dictionary?: Dictionary): number[] {
  const tags: number[] = [];
  const scores = new Float64Array(UPOS.length);
  for (let i = 0; i < tokens.length; i++) {
    score(weights, features(tokens, i, tags[i - 1] ?? -1, tags[i - 2] ?? -1, lexicon, dictionary), scores);
    let best = 0;
    for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
    tags.push(best);
  }
  return tags;
}
