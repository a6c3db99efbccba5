// Whether a sentence has the citizen in view at all, when the effect analysis found no effect in it: a word for a
// person's state that the statement names (»Tryghed og tillid i mødet med kommunen«, »Færre unge i misbrug«), or
// the target group as the subject of a verb that is not the staff's (»Den ledige kommer hurtigst muligt tilbage
// i …«, »Unge, der tror på sig selv …«).
//
// Such a sentence may state an effect in a way the analysis does not parse, or none; either way it is not a
// description of a service, and »what should the citizen experience?« would be the wrong question to ask of it.
// The rule that asks that question of a statement with no activity (ingen-effekt) stays silent on it, and the
// dimension rules ask theirs (»for whom?«). A statement with the staff's activity is not read here: its verb
// carries the question.
import { CLEAN, HARM_TAILS, LIFE_NOUNS, NATURAL_GOODS, NEGATIVE_STATES, OUTCOME_NOUNS, PERSONAL_STATE_TAILS, PERSONAL_STATES, STATE_WORDS, WEAK_OUTCOME_VERBS } from '../data/effekt';
import { STAFF_NOUNS } from '../data/maalgrupper';
import { MONITOR_VERBS, PLACE_NOUNS, PROCESS_VERBS, SERVICE_COMPOUND_TAILS, SERVICE_NOUNS } from '../data/struktur';
import { activitiesIn } from './activity';
import { clauseBreak, deponent, findEffect, isGroupWord, MODAL_VERBS, passiveParticiple } from './effect';
import { activityOf, targetGroupOf } from './lexicon';
import { tagSentence, type Tagged } from './tagger';
import { readingSentences, statementSentences } from '../statements/units';
import type { KerneopgaveUnit, Sentence, Word } from '../types';

/**
 * A statement with no activity of the staff and no effect the analysis can read, but with the citizen in view:
 * neither version 1 nor version 2 can be told from it. The checklist says »Version uafklaret« and ingen-effekt
 * does not ask.
 */
export function effectUnclear(unit: KerneopgaveUnit): boolean {
  const reading = readingSentences(unit);
  if (reading.some((s) => findEffect(s)) || statementSentences(unit).some((s) => activitiesIn(s.words).length > 0)) return false;
  return reading.some(citizenInView);
}

/** True when the sentence names a person's state or has the target group as the subject of its own verb. */
export function citizenInView(sentence: Sentence): boolean {
  const words = sentence.words;
  let tags: readonly Tagged[] | undefined;
  const tagsOf = () => (tags ??= tagSentence(sentence));
  for (let i = 0; i < words.length; i++) {
    if (personalState(words, i) || groupAsSubject(words, i, tagsOf)) return true;
  }
  return false;
}

const LESS = new Set(['færre', 'mindre', 'ingen', 'uden', 'nul', 'fri', 'fra']);
/** Before a state, words that make it the staff's subject matter (»arbejder med trivsel«, »fokus på sundhed«). */
const ABOUT = new Set(['med', 'på', 'om']);
/** Before a state, words that make it the group's condition (»nedsat funktionsevne«). */
const REDUCED = new Set(['nedsat', 'nedsatte', 'begrænset', 'manglende', 'svækket', 'svækkede']);

/** Services and their compound heads (»dag|pleje«, »hjemme|pleje«), long enough not to match inside other words. */
const SERVICE_TAILS = [...SERVICE_NOUNS, ...SERVICE_COMPOUND_TAILS].filter((t) => t.length >= 4);

/** A place, a service or the staff (»et trygt sted«, »tryg dagpleje«, »glade medarbejdere«). */
function notThePerson(lower: string): boolean {
  if (PLACE_NOUNS.has(lower) || (STAFF_NOUNS.has(lower) && !targetGroupOf(lower))) return true;
  return SERVICE_TAILS.some((t) => lower.endsWith(t));
}

/** A state of a person (»tryghed«, »trivsel«, »selvhjulpne«), or a harm made less (»færre indlæggelser«). */
function personalState(words: readonly Word[], i: number): boolean {
  const lower = words[i].lower;
  if (NEGATIVE_STATES.has(lower) || HARM_TAILS.some((t) => lower.endsWith(t))) return LESS.has(words[i - 1]?.lower ?? '') || LESS.has(words[i - 2]?.lower ?? '');
  // A common good of nature made better or left to those who come after (»renere luft langs skolevejene«, »rent
  // vand – også for kommende generationer«); not its delivery alone (»Rent drikkevand i hanen« is the service).
  if (CLEAN.has(lower) && NATURAL_GOODS.has(words[i + 1]?.lower ?? '')) {
    return lower === 'renere' || words.some((w, k) => k > i + 1 && (/(generation(er|erne)?|børnebørn|efterkommere)$/.test(w.lower) || isGroupWord(w)));
  }
  if (!isPersonalState(lower)) return false;
  // What the staff work on or watch (»arbejder med børnenes trivsel«, »vi følger barnets trivsel«), or the
  // group's condition (»nedsat funktionsevne«).
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const before = words[k].lower;
    if (MONITOR_VERBS.has(before) || REDUCED.has(before) || (ABOUT.has(before) && k === i - 1 - (genitive(words[i - 1]) ? 1 : 0))) return false;
    // The staff's own state (»hvor lederne står trygt«), unless the workplace names them as its target group.
    if (STAFF_NOUNS.has(before) && !isGroupWord(words[k])) return false;
    if (clauseBreak(words[k + 1])) break;
  }
  // An adjective that describes a place, a service or the staff: »et trygt og hyggeligt sted«, »glade medarbejdere«.
  for (let k = i + 1; k < Math.min(words.length, i + 4); k++) {
    const next = words[k].lower;
    if (notThePerson(next)) return false;
    if (next !== 'og' && !/[et]$/.test(next)) break;
  }
  return !areaInList(words, i);
}

function isPersonalState(lower: string): boolean {
  // Not »mis|trivsel«, and not the verbs »ind|fri«, »be|fri«.
  return PERSONAL_STATES.has(lower) || PERSONAL_STATE_TAILS.some((t) => lower.endsWith(t) && lower.length > t.length + 2 && !/^(mis|indfri|befri)/.test(lower));
}

/** »barnets«, »borgernes«: a genitive between the preposition and the state. */
const genitive = (w: Word | undefined): boolean => !!w && /s$/.test(w.lower) && !!targetGroupOf(w.lower.slice(0, -1));

/**
 * The state as one of a list of areas of work, most of them not states (»uddannelse og beskæftigelse,
 * forebyggelse og forældreansvar, sundhed samt fællesskab og netværk«).
 */
function areaInList(words: readonly Word[], i: number): boolean {
  const joins = (k: number) => /,/.test(words[k].before) || /^(og|samt|eller)$/.test(words[k - 1]?.lower ?? '');
  let from = i;
  while (from > 0 && joins(from)) from -= /,/.test(words[from].before) ? 1 : 2;
  let to = i;
  while (to + 2 < words.length && (/,/.test(words[to + 1].before) || /^(og|samt|eller)$/.test(words[to + 1].lower))) to += /,/.test(words[to + 1].before) ? 1 : 2;
  let states = 0, others = 0;
  for (let k = Math.max(0, from); k <= to; k++) {
    if (/^(og|samt|eller)$/.test(words[k].lower)) continue;
    if (isPersonalState(words[k].lower)) states++;
    else others++;
  }
  return others >= 2 && others > states;
}

const OPENERS = new Set(['at', 'så', 'når', 'hvor', 'der', 'som', 'hvis', 'fordi', 'mens']);
const DETERMINERS = new Set(['den', 'det', 'de', 'en', 'et', 'alle', 'hver', 'hvert', 'enhver', 'vores', 'jeres', 'dit', 'din', 'flere', 'mange', 'ingen', 'kommunens', 'byens']);
const PASSIVE_AUX = new Set(['bliver', 'blive', 'blev', 'er', 'var']);

/**
 * The target group at i as the subject of a verb that is not the staff's activity, not a passive (»Eleverne
 * undervises«, »dit barn bliver mødt af …«) and not the receiving of a service (»Borgerne får den hjælp, …«).
 */
function groupAsSubject(words: readonly Word[], i: number, tagsOf: () => readonly Tagged[]): boolean {
  if (!isGroupWord(words[i])) return false;
  // At the start of its clause, over determiners and adjectives: not an object (»vi hjælper borgerne«) or after
  // a preposition (»for børnene«).
  let k = i - 1;
  while (k >= 0 && !clauseBreak(words[k + 1]) && (DETERMINERS.has(words[k].lower) || tagsOf()[k]?.upos === 'ADJ' || tagsOf()[k]?.upos === 'NUM')) k--;
  if (k >= 0 && !clauseBreak(words[k + 1]) && !OPENERS.has(words[k].lower)) return false;
  // The verb: right after the group, or after », der/som« (»Unge, der tror …«), over one short insertion.
  let j = i + 1;
  if (/^(der|som)$/.test(words[j]?.lower ?? '') && /,/.test(words[j].before)) j++;
  else if (j < words.length && clauseBreak(words[j])) return false;
  const tags = tagsOf();
  // A participle after the group describes it (»borgere med nedsat funktionsevne«); the clause's verb is finite.
  const isVerb = (n: number) => (tags[n]?.upos === 'VERB' || tags[n]?.upos === 'AUX') && tags[n]?.verbForm !== 'Part';
  let end = Math.min(words.length, j + 4);
  while (j < end && !isVerb(j)) {
    if (clauseBreak(words[j]) && j > i + 1) return false;
    j++;
  }
  if (j >= end) return false;
  // Over modals and light adverbs to the main verb.
  let main = j;
  end = Math.min(words.length, j + 4);
  while (MODAL_VERBS.has(words[main].lower) && main + 1 < end) {
    let n = main + 1;
    while (n < end && !isVerb(n)) n++;
    if (n >= end) break;
    main = n;
  }
  const verb = words[main].lower;
  // What the group experiences: the effect analysis has read the object and found no state in it (»oplever en
  // fagligt kompetent hjemmesygepleje«).
  if (/^(opleve|oplever|oplevede|føle|føler|følte|mærke|mærker)$/.test(verb)) return false;
  // The staff's activity, or the citizen's part in the service's process (»så familierne kun skal henvende sig ét
  // sted«, »modtager hjælp«).
  if (activityOf(verb) || PROCESS_VERBS.has(verb) || PROCESS_VERBS.has(tags[main]?.lemma ?? '')) return false;
  // A passive: »undervises«, »tilbydes«, »bliver mødt« (not »trives«, »lykkes«: verbs in -s of their own).
  if ((/s$/.test(verb) && !deponent(verb)) || (PASSIVE_AUX.has(verb) && passiveParticiple(words[main + 1]))) return false;
  // What the group has is its own unless it is the service (»har rent drikkevand«, »har en stemme«; not »har den
  // hjælp, de har brug for«). Another weak verb (»får«, »er«, »kommer«) says something of the group only with a
  // state or a life after it (»kommer tilbage i varig beskæftigelse«), not with what is handed out (»får svar«).
  if (WEAK_OUTCOME_VERBS.has(verb)) {
    for (let n = main + 1; n < Math.min(words.length, main + 7); n++) {
      const lower = words[n].lower;
      if (n > main + 1 && clauseBreak(words[n])) break;
      if (notThePerson(lower) || /person(er)?$/.test(lower)) return false;
      if (STATE_WORDS.has(lower) || OUTCOME_NOUNS.has(lower) || LIFE_NOUNS.has(lower) || isPersonalState(lower)) return true;
    }
    return /^(har|have|havde)$/.test(verb);
  }
  return true;
}
