// Matches lists of multi-word phrases (lower case, whole words) against the words of a sentence.
import type { OffsetRange, Word } from '../types';

export interface PhraseMatch extends OffsetRange {
  phrase: string;
}

interface Compiled {
  /** Phrases by their first word, in list order. */
  byFirst: Map<string, { parts: string[]; index: number }[]>;
  /** Phrases whose first word is a prefix (»tryg*«), tried at every word. */
  prefixed: { parts: string[]; index: number }[];
}

const compiled = new WeakMap<readonly string[], Compiled>();

function compile(phrases: readonly string[]): Compiled {
  const out: Compiled = { byFirst: new Map(), prefixed: [] };
  phrases.forEach((p, index) => {
    const parts = p.split(' ');
    if (parts[0].endsWith('*')) out.prefixed.push({ parts, index });
    else {
      const list = out.byFirst.get(parts[0]);
      if (list) list.push({ parts, index });
      else out.byFirst.set(parts[0], [{ parts, index }]);
    }
  });
  return out;
}

function matchesAt(words: readonly Word[], i: number, parts: string[]): boolean {
  for (let k = 0; k < parts.length; k++) {
    const w = words[i + k];
    const part = parts[k];
    if (!w || !(part.endsWith('*') ? w.lower.startsWith(part.slice(0, -1)) : w.lower === part)) return false;
  }
  return true;
}

/**
 * The first phrase found in the words (the earliest word; at one word, the phrase first in the list), with its
 * source range. A trailing »*« matches a prefix.
 */
export function findPhrase(words: readonly Word[], phrases: readonly string[]): PhraseMatch | undefined {
  let c = compiled.get(phrases);
  if (!c) compiled.set(phrases, (c = compile(phrases)));
  for (let i = 0; i < words.length; i++) {
    let best: { parts: string[]; index: number } | undefined;
    for (const candidate of c.byFirst.get(words[i].lower) ?? NONE) {
      if (matchesAt(words, i, candidate.parts)) {
        best = candidate;
        break;
      }
    }
    for (const candidate of c.prefixed) {
      if (best && candidate.index > best.index) break;
      if (matchesAt(words, i, candidate.parts)) {
        best = candidate;
        break;
      }
    }
    if (best) return { start: words[i].start, end: words[i + best.parts.length - 1].end, phrase: phrases[best.index] };
  }
  return undefined;
}

const NONE: { parts: string[]; index: number }[] = [];
