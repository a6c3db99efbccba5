// Matches lists of multi-word phrases (lower case, whole words) against the words of a sentence.
import type { OffsetRange, Word } from '../types';

export interface PhraseMatch extends OffsetRange {
  phrase: string;
}

const compiled = new WeakMap<readonly string[], string[][]>();

/** The first phrase of the list found in the words, with its source range. A trailing »*« matches a prefix. */
export function findPhrase(words: readonly Word[], phrases: readonly string[]): PhraseMatch | undefined {
  let parts = compiled.get(phrases);
  if (!parts) {
    parts = phrases.map((p) => p.split(' '));
    compiled.set(phrases, parts);
  }
  for (let i = 0; i < words.length; i++) {
    for (let p = 0; p < parts.length; p++) {
      const phrase = parts[p];
      let ok = true;
      for (let k = 0; k < phrase.length && ok; k++) {
        const w = words[i + k];
        const part = phrase[k];
        ok = !!w && (part.endsWith('*') ? w.lower.startsWith(part.slice(0, -1)) : w.lower === part);
      }
      if (ok) return { start: words[i].start, end: words[i + phrase.length - 1].end, phrase: phrases[p] };
    }
  }
  return undefined;
}
