// Finds the staff activities of a sentence: activity-verb forms used as activities (homographs checked in context).
import { CONTEXT_DEPENDENT_FORMS, type ActivityEntry } from '../data/aktiviteter';
import { activityOf } from './lexicon';
import { isGroupWord } from './effect';
import type { Word } from '../types';

export interface ActivityUse {
  word: Word;
  entry: ActivityEntry;
}

const VERB_CONTEXT_BEFORE = new Set(['at', 'skal', 'vil', 'kan', 'må', 'bør', 'vi', 'for', 'til', 'ved', 'og', 'samt', 'eller', 'jeg', 'man', 'de', 'der', 'som']);
const SENTENCE_INITIAL_VERB_NEXT = new Set(['at', 'alle', 'en', 'et', 'den', 'det', 'de', 'vores', 'deres', 'hver', 'enhver', 'bedst', 'os', 'dem', 'sig', 'hinanden', 'fri', 'lige']);
const DETERMINERS = new Set(['de', 'det', 'den', 'en', 'et', 'nogle', 'mere', 'mest', 'meget', 'særligt', 'så', 'trygge', 'gode', 'faste', 'stabile', 'økonomisk', 'økonomiske', 'og', 'eller', 'samt']);

/** The activity uses in a sentence, in order. */
export function activitiesIn(words: Word[]): ActivityUse[] {
  const out: ActivityUse[] = [];
  for (let i = 0; i < words.length; i++) {
    const entry = activityOf(words[i].lower);
    if (!entry) continue;
    if (CONTEXT_DEPENDENT_FORMS.has(words[i].lower) && !isActivityInContext(words, i, entry)) continue;
    out.push({ word: words[i], entry });
  }
  return out;
}

function isActivityInContext(words: Word[], i: number, entry: ActivityEntry): boolean {
  const lower = words[i].lower;
  const prev = words[i - 1]?.lower;
  const next = words[i + 1]?.lower;
  switch (entry.lemma) {
    case 'sikre': {
      // The adjective: »trygge og sikre rammer«, »de sikre rammer«. The verb: »at sikre«, »Sikre, at …«.
      // Sentence-initial: the verb before »at«, a comma, a determiner or a group (»Sikre, at …«, »Sikre alle børn …«);
      // the adjective before a bare noun (»Sikre rammer for alle børn«).
      if (i === 0) return !next || /[,:]/.test(words[i + 1].before) || SENTENCE_INITIAL_VERB_NEXT.has(next) || isGroupWord(words[i + 1]);
      if (prev === 'og' || prev === 'eller' || prev === 'samt') {
        const before = words[i - 2];
        return !!before && !!activityOf(before.lower) && !DETERMINERS.has(before.lower);
      }
      if (prev && DETERMINERS.has(prev)) return false;
      return prev !== undefined && VERB_CONTEXT_BEFORE.has(prev);
    }
    case 'stille til rådighed': {
      // Only »stille … til rådighed«; otherwise »stille« is quiet, »stiller spørgsmål« another verb.
      for (let k = i + 1; k < Math.min(words.length, i + 7); k++) {
        if (words[k].lower === 'rådighed' && words[k - 1]?.lower === 'til') return true;
      }
      return false;
    }
    case 'passe':
      // »passe børn« is care; »passer til« is »fits«.
      return isGroupWord(words[i + 1]) || (words[i + 1]?.lower === 'på' && isGroupWord(words[i + 2]));
    case 'give':
      // »vi giver«, »at give«, »Give …«: the staff give; »rammerne giver ro«, »det giver mening« is something else.
      return i === 0 || (prev !== undefined && VERB_CONTEXT_BEFORE.has(prev) && prev !== 'der' && prev !== 'som' && prev !== 'de');
    case 'sørge for':
      // »sørge for, at …«, »sørger for trygge rammer«; »sørge« alone is to grieve.
      return next === 'for';
    case 'pleje':
      // »vi plejer at …« means »we usually …«.
      return !(lower === 'plejer' && next === 'at');
    default:
      return true;
  }
}
