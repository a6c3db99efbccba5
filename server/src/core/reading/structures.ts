// Effects that the structure of a phrase states, beyond single outcome words: a state given to the group
// (»give alle børn en positiv holdning til …«), a nominal effect that belongs to a group (»meningsfuld fritid for
// alle børn«, »de bedst mulige levevilkår … for den enkelte«), an outcome raised (»fremme sundhed og trivsel«) and
// a contribution to a state of society (»bidrager til et oplyst og demokratisk videnssamfund«).
import { OUTCOME_NOUNS, LIFE_NOUNS } from '../data/effekt';
import { ADJECTIVE_ENDINGS, CONTRIBUTE_VERBS, EVALUATIVE_ADJECTIVES, EVERYONES_PLACES, PLACE_NOUNS, RAISING_VERBS, SERVICE_COMPOUND_TAILS, SERVICE_NOUNS } from '../data/struktur';
import type { Word } from '../types';
import { activityOf } from './lexicon';

export interface StructureMatch {
  from: number;
  to: number;
  kind: 'purpose' | 'nominal';
}

const DETERMINERS = new Set(['en', 'et', 'de', 'den', 'det', 'alle', 'vores', 'deres', 'sin', 'sit', 'sine', 'hver', 'flere', 'mange', 'mere', 'større', 'højere', 'bedst', 'mest']);
const COORDINATORS = new Set(['og', 'samt', 'eller']);
const WORKING_TOWARDS = new Set(['arbejde', 'arbejder', 'arbejdede', 'kæmpe', 'kæmper', 'kæmpede']);
const GROUP_PREPOSITIONS = new Set(['for', 'hos', 'blandt', 'til']);

function breaks(word: Word): boolean {
  return /[,;:()–]/.test(word.before);
}

const PLACES = new Set(EVERYONES_PLACES);

/**
 * A place everyone lives in, or a compound that ends in one with at least four letters before it (»lokalsamfundet«,
 * »landsby«, »plejehjem«; not »hobby«): data/struktur.ts.
 */
export function isEveryonesPlace(lower: string): boolean {
  return PLACES.has(lower) || EVERYONES_PLACES.some((head) => lower.length >= head.length + 4 && lower.endsWith(head));
}

/** An adjective by its form, where no word class is known: »meningsfuld«, »positiv«, »oplyst«, »værdige«. */
export function isAdjectiveLike(word: Word | undefined): boolean {
  if (!word || word.lower.length < 3) return false;
  return ADJECTIVE_ENDINGS.some((e) => word.lower === e || (word.lower.endsWith(e) && word.lower.length > e.length + 2));
}

/** A noun that could name a state of the citizen: not a service, not an activity, not a function word. */
function isStateNoun(word: Word | undefined, isGroup: (w: Word | undefined) => boolean): boolean {
  if (!word || word.lower.length < 3 || DETERMINERS.has(word.lower) || COORDINATORS.has(word.lower)) return false;
  if (SERVICE_NOUNS.has(word.lower) || PLACE_NOUNS.has(word.lower) || activityOf(word.lower) || isGroup(word) || isAdjectiveLike(word)) return false;
  if (SERVICE_COMPOUND_TAILS.some((t) => word.lower.endsWith(t))) return false;
  return /^\p{L}+$/u.test(word.text);
}

/** A noun phrase from `i`: determiners and adjectives, then a state noun (and coordinated ones). Returns its last index or -1. */
function statePhrase(words: Word[], i: number, isGroup: (w: Word | undefined) => boolean, needAdjective: boolean): number {
  let k = i;
  let adjectives = 0;
  while (k < words.length && k < i + 6) {
    const w = words[k];
    if (k > i && breaks(w) && !/^,\s*$/.test(w.before)) return -1;
    if (DETERMINERS.has(w.lower) || COORDINATORS.has(w.lower)) k++;
    else if (isAdjectiveLike(w) || EVALUATIVE_ADJECTIVES.has(w.lower)) {
      if (EVALUATIVE_ADJECTIVES.has(w.lower) || /(?:fuld|fuldt|fulde|rig|rigt|rige)$/.test(w.lower)) adjectives++;
      k++;
    } else break;
  }
  if (needAdjective && adjectives === 0 && !OUTCOME_NOUNS.has(words[k]?.lower ?? '') && !LIFE_NOUNS.has(words[k]?.lower ?? '')) return -1;
  if (!isStateNoun(words[k], isGroup)) return -1;
  let last = k;
  // »levevilkår og sundhedstilstand«: coordinated nouns belong to the same phrase.
  while (COORDINATORS.has(words[last + 1]?.lower ?? '') && isStateNoun(words[last + 2], isGroup) && !breaks(words[last + 1])) last += 2;
  return last;
}

/** Is a group (with its determiners: »alle børn«, »den enkelte«, »det enkelte barn«) at j? Returns its last index or -1. */
function groupAt(words: Word[], j: number, isGroup: (w: Word | undefined) => boolean): number {
  let k = j;
  while (k < words.length && k < j + 3 && (DETERMINERS.has(words[k].lower) || words[k].lower === 'enkelte' || isAdjectiveLike(words[k]))) {
    if (words[k].lower === 'enkelte' && !isGroup(words[k + 1])) return k;
    k++;
  }
  return isGroup(words[k]) ? k : -1;
}

/** Structural effects starting at word i. */
export function structuralEffect(words: Word[], i: number, isGroup: (w: Word | undefined) => boolean): StructureMatch | undefined {
  const w = words[i];
  const lower = w.lower;
  // »give alle børn en positiv holdning til tandpleje«: give + group + a state.
  if (lower === 'give' || lower === 'giver' || lower === 'gives') {
    const g = groupAt(words, i + 1, isGroup);
    if (g >= 0 && !breaks(words[g + 1] ?? w)) {
      const end = statePhrase(words, g + 1, isGroup, true);
      if (end >= 0) return { from: i, to: end, kind: 'purpose' };
    }
  }
  // »fremme sundhed og trivsel«, »styrke livskvaliteten«: an outcome raised.
  if (RAISING_VERBS.has(lower)) {
    for (let k = i + 1; k < Math.min(words.length, i + 5); k++) {
      if (breaks(words[k])) break;
      if (OUTCOME_NOUNS.has(words[k].lower)) return { from: i, to: k, kind: 'purpose' };
      // »beriger borgernes liv«, »letter de ældres hverdag«: the life of a group, named by its genitive.
      if (LIFE_NOUNS.has(words[k].lower) && k > i + 1 && /s$/.test(words[k - 1].lower) && isGroup(words[k - 1])) return { from: i, to: k, kind: 'purpose' };
      if (!DETERMINERS.has(words[k].lower) && !isAdjectiveLike(words[k]) && !/s$/.test(words[k].lower)) break;
    }
  }
  // »bidrager til et oplyst og demokratisk videnssamfund«: a contribution to a state.
  if (CONTRIBUTE_VERBS.has(lower) && words[i + 1]?.lower === 'til' && !breaks(words[i + 1])) {
    const end = statePhrase(words, i + 2, isGroup, true);
    if (end >= 0) return { from: i, to: end, kind: 'purpose' };
  }
  // »arbejder for et inkluderende samfund«: working towards a state (not »arbejder med«, a work area).
  if (WORKING_TOWARDS.has(lower) && words[i + 1]?.lower === 'for' && !breaks(words[i + 1]) && words[i + 2]?.lower !== 'at') {
    const end = statePhrase(words, i + 2, isGroup, true);
    if (end >= 0) return { from: i, to: end, kind: 'purpose' };
  }
  // »meningsfuld fritid for alle børn og unge«, »de bedst mulige levevilkår og sundhedstilstand for den enkelte«.
  if ((isAdjectiveLike(w) || EVALUATIVE_ADJECTIVES.has(lower)) && !activityOf(lower)) {
    const end = statePhrase(words, i, isGroup, true);
    if (end >= 0) {
      const prep = words[end + 1];
      if (prep && GROUP_PREPOSITIONS.has(prep.lower) && !breaks(prep)) {
        const g = groupAt(words, end + 2, isGroup);
        if (g >= 0) return { from: i, to: g, kind: 'nominal' };
      }
    }
  }
  return undefined;
}
