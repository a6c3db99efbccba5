// Candidate words for the ordliste quick fixes: which words of a finding a writer would add as a target group or an
// effect. A guess for a menu entry, never a reading of the text: the writer picks the action or leaves it.
import { isGroupWord } from './effect';
import { activityOf, targetGroupOf } from './lexicon';
import type { Word } from '../types';

/** Words that open or bind a noun group but are not part of what the phrase names. */
const LEADING = new Set(['at', 'en', 'et', 'den', 'det', 'de', 'vores', 'jeres', 'deres', 'sin', 'sit', 'sine', 'hver', 'alle', 'os', 'dem', 'sig']);
/** Words that end a noun group: prepositions, conjunctions, relatives, verbs of being. */
const ENDING = new Set([
  'til', 'for', 'med', 'af', 'i', 'på', 'om', 'hos', 'ved', 'fra', 'under', 'over', 'mellem', 'gennem', 'via', 'uden', 'mod', 'efter',
  'men', 'så', 'som', 'der', 'hvor', 'når', 'hvis', 'fordi', 'at', 'er', 'har', 'skal', 'kan', 'vil',
]);
const COORDINATORS = new Set(['og', 'eller', 'samt']);
const CLAUSE_BREAK = /[,;:()–.!?]/;

/**
 * The noun group that starts at word i, without leading articles and pronouns (»en tryg og stabil bolig« → »tryg«;
 * »en tryg bolig til lejerne« → »tryg bolig«): at most four words, up to a preposition, a conjunction, a target
 * group or a clause break. Undefined when nothing is left.
 */
export function nounGroupAt(words: readonly Word[], i: number): string | undefined {
  let k = i;
  while (k < words.length && LEADING.has(words[k].lower)) k++;
  const picked: Word[] = [];
  for (; k < words.length && picked.length < 4; k++) {
    const w = words[k];
    if (picked.length > 0 && CLAUSE_BREAK.test(w.before)) break;
    if (ENDING.has(w.lower) || isGroupWord(w) || activityOf(w.lower) || !/\p{L}/u.test(w.text)) break;
    picked.push(w);
  }
  // »tryg og stabil bolig«: a conjunction inside the group stays, one at its end goes.
  while (picked.length > 0 && COORDINATORS.has(picked[picked.length - 1].lower)) picked.pop();
  return picked.length > 0 ? picked.map((w) => w.text).join(' ') : undefined;
}

/** The phrase to offer as an effect for a version-1 finding: the object of the activity verb at `verb`. */
export function effectCandidate(words: readonly Word[], verb: number): string | undefined {
  return nounGroupAt(words, verb + 1);
}

/** The phrase to offer as an effect when a statement names no activity: its first noun group after »er at …«. */
export function statementEffectCandidate(words: readonly Word[]): string | undefined {
  // Skip the label and its verb (»Vores kerneopgave er at skabe …«): start after »at« + one verb when there is one.
  let i = 0;
  const at = words.findIndex((w, j) => j < 6 && w.lower === 'at');
  if (at >= 0) i = at + 2;
  else {
    const er = words.findIndex((w, j) => j < 5 && w.lower === 'er');
    if (er >= 0) i = er + 1;
  }
  return nounGroupAt(words, i) ?? nounGroupAt(words, 0);
}

/**
 * A word the writer may mean as the target group when none is known: a definite plural (»lejerne«, »medlemmerne«)
 * that is not a known group.
 */
export function groupCandidate(words: readonly Word[]): string | undefined {
  for (const w of words) {
    if (w.lower.length < 6 || !/(erne|ene)$/.test(w.lower) || targetGroupOf(w.lower) || activityOf(w.lower)) continue;
    return w.text;
  }
  return undefined;
}
