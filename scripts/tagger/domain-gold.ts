// The hand-tagged domain sentences (test/fixtures/tagger/domain.txt) and the shipped tagger's accuracy on them:
// the treebank is news and fiction, this is the language the product reads.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tagTokens } from '../../server/src/core/reading/tagger';

export const DOMAIN_GOLD = path.join(process.cwd(), 'test', 'fixtures', 'tagger', 'domain.txt');

export interface GoldWord {
  form: string;
  before: string;
  upos: string;
}

/** Reads the file: one sentence per line, »word/UPOS« tokens, »/PUNCT« tokens joined to the next word's `before`. */
export function readDomainGold(text: string): GoldWord[][] {
  const out: GoldWord[][] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const sentence: GoldWord[] = [];
    let before = '';
    for (const tok of line.trim().split(/\s+/)) {
      const slash = tok.lastIndexOf('/');
      const form = tok.slice(0, slash), upos = tok.slice(slash + 1);
      if (upos === 'PUNCT') before += form;
      else {
        sentence.push({ form, before, upos });
        before = '';
      }
    }
    out.push(sentence);
  }
  return out;
}

export interface DomainAccuracy {
  words: number;
  right: number;
  verbs: number;
  /** Verbs (VERB) tagged VERB or AUX: the product asks whether a word is a verb, not which kind. */
  verbsRight: number;
  /** Verbs tagged exactly VERB. */
  verbsExact: number;
  wrong: string[];
}

export function domainAccuracy(sentences = readDomainGold(fs.readFileSync(DOMAIN_GOLD, 'utf8'))): DomainAccuracy {
  const acc: DomainAccuracy = { words: 0, right: 0, verbs: 0, verbsRight: 0, verbsExact: 0, wrong: [] };
  for (const s of sentences) {
    const tags = tagTokens(s);
    s.forEach((w, i) => {
      acc.words++;
      const t = tags[i].upos;
      if (t === w.upos) acc.right++;
      else acc.wrong.push(`${w.form} ${w.upos}→${t}`);
      if (w.upos === 'VERB') {
        acc.verbs++;
        if (t === 'VERB' || t === 'AUX') acc.verbsRight++;
        if (t === 'VERB') acc.verbsExact++;
      }
    });
  }
  return acc;
}
