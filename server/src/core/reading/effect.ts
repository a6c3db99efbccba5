// Effect analysis: does a sentence state an effect for the citizen? The heart of version 1 vs version 2.
//
// An effect is stated when (1) the citizen is the subject of an outcome (»børnene trives«), (2) a purpose or
// result clause names one (»så borgeren kan …«, »for at blive …«, »mulighed for at …«, »til at blive …«), or
// (3) a nominal outcome belongs to the citizen (»barnets trivsel«, »udvikling for den enkelte beboer«,
// »et værdigt liv«). Effect words that lead nowhere (»for at opfylde loven«, »vi arbejder med barnets trivsel«)
// do not count.
import {
  BRIDGE_WORDS,
  HARM_TAILS,
  CITIZEN_PRONOUNS,
  COPULA_VERBS,
  FOR_AT_COMPLEMENT_HEADS,
  GROUP_OUTCOME_ADJECTIVES,
  HELPED_TOWARDS,
  HELPING_VERBS,
  LIFE_ADJECTIVES,
  LIFE_NOUNS,
  NEGATIVE_STATES,
  ORGANISATIONAL_GOAL_VERBS,
  OUTCOME_NOUNS,
  OUTCOME_VERBS,
  REDUCING_VERBS,
  STATE_WORDS,
  WEAK_OUTCOME_VERBS,
} from '../data/effekt';
import { STAFF_NOUNS } from '../data/maalgrupper';
import { MONITOR_VERBS, PROCESS_VERBS, SERVICE_COMPOUND_TAILS, SERVICE_NOUNS, SERVICE_QUALITIES } from '../data/struktur';
import { activityOf, currentLexicon, phraseAt, targetGroupOf } from './lexicon';
import { isAdjectiveLike, isEveryonesPlace, structuralEffect } from './structures';
import { ordbog } from './ordbog';
import { tagSentence, type Tagged } from './tagger';
import type { OffsetRange, Sentence, Word } from '../types';

export type EffectKind = 'subject' | 'purpose' | 'nominal';

export interface EffectEvidence extends OffsetRange {
  kind: EffectKind;
}

/** Finds the first stated effect for the citizen in a sentence, or undefined (cached per sentence and lexicon). */
export function findEffect(sentence: Sentence): EffectEvidence | undefined {
  const cache = currentLexicon().caches.effect as WeakMap<Sentence, EffectEvidence | null>;
  let result = cache.get(sentence);
  if (result === undefined) {
    result = analyse(sentence.words, () => tagSentence(sentence)) ?? null;
    cache.set(sentence, result);
  }
  return result ?? undefined;
}

/** The word classes of the sentence's words, tagged on first use. */
type Tags = () => readonly Tagged[];

function analyse(words: Word[], tags?: Tags): EffectEvidence | undefined {
  // The workplace's own effect phrases (ordliste.effekter) count as stated effects wherever they stand.
  const phrases = currentLexicon().effectPhrases;
  if (phrases.length > 0) {
    const lowers = words.map((w) => w.lower);
    for (let i = 0; i < words.length; i++) {
      for (const phrase of phrases) {
        const last = phraseAt(lowers, i, phrase);
        if (last >= 0) return span(words, i, last, 'nominal');
      }
    }
  }
  // »flere voksne«: a counted group that is otherwise never a subject is one for the structures too.
  let counted: Set<Word> | undefined;
  const isGroup = (w: Word | undefined): boolean => {
    if (isGroupWord(w)) return true;
    if (!w || !targetGroupOf(w.lower)?.entry.notSubject) return false;
    counted ??= new Set(words.filter((_, k) => countedGroup(words, k)));
    return counted.has(w);
  };
  for (let i = 0; i < words.length; i++) {
    const found = citizenAsSubject(words, i, tags) ?? invertedOutcome(words, i, tags) ?? purposeClause(words, i) ?? nominalOutcome(words, i) ?? groupsWish(words, i) ?? structural(words, i, isGroup);
    if (found) return found;
  }
  return undefined;
}

function structural(words: Word[], i: number, isGroup: (w: Word | undefined) => boolean): EffectEvidence | undefined {
  const m = structuralEffect(words, i, isGroup);
  return m && span(words, m.from, m.to, m.kind);
}

/** True when the word names a target group (the group itself or a compound ending in it). */
export function isGroupWord(word: Word | undefined): boolean {
  if (!word) return false;
  const match = targetGroupOf(word.lower);
  return !!match && match.role !== 'modifier' && !match.entry.notSubject;
}

/** A group named among the words before `end` (what »dem«, »de« or a relative pronoun can refer back to). */
export function groupNamedBefore(words: readonly Word[], end: number): boolean {
  for (let k = 0; k < end; k++) if (isGroupWord(words[k]) || countedGroup(words, k)) return true;
  return false;
}

const NUMBER_WORDS = new Set(['to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'tyve', 'hundrede']);
/** A number in digits or a small number word (»95«, »otte«). */
export const isNumber = (w: Word | undefined): boolean => !!w && (/^\d/.test(w.text) || NUMBER_WORDS.has(w.lower));

/**
 * Before the group at i (over its determiners): a share of it, »95 procent af (vores)«, »90 % af«, »otte ud af ti«;
 * the index where the share starts (with »mindst«, »over«), or -1.
 */
function shareBefore(words: Word[], i: number): number {
  let k = i - 1;
  // Over determiners and an owner's genitive after »af« (»af skolens elever«).
  while (k >= 0 && (/^(vores|de|kommunens|alle)$/.test(words[k].lower) || (/\p{L}{3}s$/u.test(words[k].lower) && words[k - 1]?.lower === 'af')) && !clauseBreak(words[k + 1])) k--;
  let start = -1;
  // »otte ud af ti«, »95 procent af«, »90 % af« (the sign stands between the words).
  if (k >= 3 && isNumber(words[k]) && words[k - 1].lower === 'af' && words[k - 2].lower === 'ud') start = k - 3;
  // »9 ud af 10 af kommunens unge«: the share, then »af« and the group.
  else if (k >= 4 && words[k].lower === 'af' && isNumber(words[k - 1]) && words[k - 2].lower === 'af' && words[k - 3].lower === 'ud') start = k - 4;
  else if (k >= 2 && words[k].lower === 'af' && /^(procent|pct)$/.test(words[k - 1].lower)) start = k - 2;
  else if (k >= 1 && words[k].lower === 'af' && /%/.test(words[k].before)) start = k - 1;
  if (start < 0 || !isNumber(words[start]) || clauseBreak(words[i])) return -1;
  return /^(mindst|over|under|højst|kun)$/.test(words[start - 1]?.lower ?? '') ? start - 1 : start;
}

/** At k, right after »og«: a verb, not a new subject (»og vi …«, »og de unge …«). */
function verbWithoutSubject(words: Word[], k: number, tags?: Tags): boolean {
  const w = words[k];
  if (!w || clauseBreak(w) || SUBJECT_PRONOUNS.has(w.lower) || DETERMINERS.has(w.lower) || isGroupWord(w) || activityOf(w.lower)) return false;
  if (OUTCOME_VERBS.has(w.lower)) return true;
  const upos = tags?.()[k]?.upos;
  return upos === 'VERB' || upos === 'AUX';
}

/** »børnenes«, »barnets«, »de unges«: the genitive of a group's form (the form without its -s is one too). */
function genitiveOfGroup(word: Word): boolean {
  const lower = word.lower;
  if (!/s$/.test(lower) || lower.length < 4) return false;
  const group = targetGroupOf(lower);
  return !!group && targetGroupOf(lower.slice(0, -1))?.entry === group.entry;
}

/** »flere voksne«: a group never read as a subject alone (the staff may be »voksne«), counted, is the group. */
function countedGroup(words: readonly Word[], k: number): boolean {
  return !!targetGroupOf(words[k]?.lower ?? '')?.entry.notSubject && COUNTED.has(words[k - 1]?.lower ?? '') && !clauseBreak(words[k]);
}

function isCitizenSubject(words: Word[], i: number): number {
  const w = words[i];
  if (!w) return -1;
  if (isGroupWord(w) || countedGroup(words, i)) return i;
  // »voksne med ordblindhed«: a group that is never a subject alone is one when it is described.
  if (targetGroupOf(w.lower)?.entry.notSubject && /^(med|over|under|uden|mellem)$/.test(words[i + 1]?.lower ?? '') && !clauseBreak(words[i + 1])) return i;
  // »(at) ordblinde voksne kan læse …«: also with a describing adjective before it (not »de voksne«, »alle voksne«).
  if (targetGroupOf(words[i + 1]?.lower ?? '')?.entry.notSubject && /e$/.test(w.lower) && w.lower.length > 4 && !clauseBreak(words[i + 1]) && (i === 0 || clauseBreak(w) || /^(at|så|og)$/.test(words[i - 1].lower)) && ordbog().classesOf(w.lower).includes('A') && !GROUP_OUTCOME_ADJECTIVES.has(w.lower) && !activityOf(w.lower)) return i + 1;
  if ((w.lower === 'den' || w.lower === 'det') && words[i + 1]?.lower === 'enkelte') {
    return isGroupWord(words[i + 2]) ? i + 2 : i + 1;
  }
  if (w.lower === 'alle' && isGroupWord(words[i + 1])) return i + 1;
  // »alle henvendelser«, »alle sager«: »alle« before a noun that is not a group is that noun's determiner.
  if (w.lower === 'alle' && pronounBeforeNoun(words[i + 1])) return -1;
  // »(når) de statslige måltal«: »de« before an adjective and a noun is their article, not a pronoun subject.
  if (w.lower === 'de' && determinesNoun(words, i + 1)) return -1;
  if (CITIZEN_PRONOUNS.has(w.lower) && w.lower !== 'den' && w.lower !== 'det') return i;
  // »Dagplejeren giver dit barn ro, så det kan trives«, »… for dit barn: at det går hjem …«: »det« refers back to a
  // child named before it, when a verb follows (not »det er vigtigt at …«, »det bliver nemt …«).
  if (w.lower === 'det' && i > 0 && neuterGroupBefore(words, i) && words[i + 1] && !clauseBreak(words[i + 1]) && (MODAL_VERBS.has(words[i + 1].lower) || (/r$/.test(words[i + 1].lower) && !COPULA_VERBS.has(words[i + 1].lower) && ordbog().classesOf(words[i + 1].lower).includes('V')))) return i;
  return -1;
}

/** A neuter group in the singular named before i (»barnet«, »dit barn«, »hvert barn«): what »det« can refer back to. */
function neuterGroupBefore(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 14); k--) if (/^(barn|barnet|menneske|mennesket)$/.test(words[k].lower)) return true;
  return false;
}

/** At k, an adjective the dictionary knows only as one, then a noun (a word it knows as neither verb nor adjective). */
function determinesNoun(words: Word[], k: number): boolean {
  const adjective = words[k];
  const noun = words[k + 1];
  if (!adjective || !noun || clauseBreak(adjective) || clauseBreak(noun) || isGroupWord(adjective) || isGroupWord(noun)) return false;
  return ordbog().classesOf(adjective.lower) === 'A' && noun.lower.length >= 3 && /^\p{L}+$/u.test(noun.lower) && ordbog().classesOf(noun.lower) === '';
}

/** Words after a subject »alle« that are not a noun it determines (»alle uanset baggrund«, »alle der«). */
const AFTER_ALLE = new Set(['der', 'som', 'i', 'uanset', 'sammen', 'hver', 'både', 'fra', 'på', 'med', 'uden', 'ligeværdigt', 'dermed']);

/** After »alle«: the noun it determines (»alle henvendelser«), not the verb or adverb of »alle« as a subject (»alle kan«). */
function pronounBeforeNoun(next: Word | undefined): boolean {
  if (!next || clauseBreak(next)) return false;
  const lower = next.lower;
  if (BRIDGE_WORDS.has(lower) || OUTCOME_VERBS.has(lower) || MODAL_VERBS.has(lower) || AFTER_ALLE.has(lower)) return false;
  // The dictionary knows verbs and adjectives; a longer word it knows as neither is read as a noun.
  return lower.length >= 4 && /^\p{L}+$/u.test(lower) && ordbog().classesOf(lower) === '';
}

/** Infinitives of receiving a service, not an ability of the citizen (»kan modtage hjælp«). */
const RECEIVING = new Set(['modtage', 'henvende', 'kontakte', 'søge', 'ansøge', 'vente', 'ringe', 'bestille', 'hente', 'aflevere', 'udfylde', 'indberette', 'indsende', 'betale', 'tilmelde', 'booke']);
const HAVE_GET = new Set(['har', 'have', 'havde', 'får', 'få', 'fik']);

/** After »har/får … at«: an infinitive the citizen does (»at bo«, »at mødes«), not a service or a chore of it. */
function somethingToDo(words: Word[], k: number): boolean {
  const verb = words[k];
  if (!verb || clauseBreak(verb) || SMALL_VERBS.has(verb.lower) || activityOf(verb.lower) || RECEIVING.has(verb.lower) || PROCESS_VERBS.has(verb.lower) || ORGANISATIONAL_GOAL_VERBS.has(verb.lower)) return false;
  return /e$/.test(verb.lower) || SHORT_INFINITIVES.has(verb.lower) || (/es$/.test(verb.lower) && ordbog().classesOf(verb.lower).includes('V'));
}

/** Comparatives that say a life got better (»gør hverdagen lettere«). */
const BETTER = new Set(['lettere', 'nemmere', 'bedre', 'tryggere', 'rigere', 'sjovere', 'sundere', 'mere', 'enklere', 'lysere']);
const BLIVE = new Set(['blive', 'bliver', 'blev', 'blevet']);
const SELF_WORDS = new Set(['selv', 'også', 'bedre', 'igen']);
const MODALS = new Set(['kan', 'kunne']);
const MODAL_ADVERBS = new Set(['selv', 'også', 'fortsat', 'bedre', 'igen', 'stadig', 'altid', 'trygt', 'godt']);
const SHORT_INFINITIVES = new Set(['gå', 'få', 'nå', 'bo', 'se', 'stå', 'tro', 'slå', 'forstå', 'bestå']);

/** Words that open an insertion between commas after a subject (»børnene, uanset baggrund, trives«). */
const INSERTION_OPENERS = new Set(['uanset', 'på', 'i', 'fra', 'med', 'både', 'store', 'unge', 'også', 'især', 'herunder']);
/** Verbs that may follow a long subject after a comma (»Borgere i Bo & Aktivitet, skal gerne have …«). */
const VERB_AFTER_SUBJECT_COMMA = new Set(['skal', 'kan', 'vil', 'må', 'bør', 'får', 'har', 'er', 'bliver', 'oplever', 'trives', 'lærer']);

const PREPOSITIONS = new Set(['til', 'af', 'over', 'om', 'for', 'med', 'hos', 'blandt', 'mellem', 'omkring', 'overfor', 'fra', 'på', 'ved', 'uden', 'mod']);

export function clauseBreak(word: Word): boolean {
  return /[,;:()–]/.test(word.before);
}

function span(words: Word[], from: number, to: number, kind: EffectKind): EffectEvidence {
  return { start: words[from].start, end: words[Math.min(to, words.length - 1)].end, kind };
}

/** Is the verb at j an outcome (strong verb, or weak verb with a state after it)? Returns its last index or -1. */
function outcomeVerbAt(words: Word[], j: number): number {
  const w = words[j];
  // »(indtil de) står på egne ben«: standing on one's own feet.
  if (w && /^(står|stå|stod)$/.test(w.lower) && words[j + 1]?.lower === 'på' && words[j + 2]?.lower === 'egne' && words[j + 3]?.lower === 'ben') return j + 3;
  if (!w || !OUTCOME_VERBS.has(w.lower) || activityOf(w.lower)) return -1;
  // »får en lærer«, »deres lærer«: after an article or a possessive the word is a noun (»de«, »det« may be subjects).
  if (j > 0 && ARTICLES.has(words[j - 1].lower) && !clauseBreak(w)) return -1;
  // »blive vejledt«, »bliver behandlet«: a passive of the staff's activity is the service's process.
  // But »blive sikre læsere«: an adjective that looks like an activity (»sikre«) is a state.
  if (BLIVE.has(w.lower) && activityOf(words[j + 1]?.lower ?? '') && !clauseBreak(words[j + 1]) && !(ordbog().classesOf(words[j + 1].lower).includes('A') && !passiveParticiple(words[j + 1]))) return -1;
  // »(borgerne) oplever en stabil og kompetent hjemmepleje«: experiencing the service is its quality, no effect.
  if (EXPERIENCE.has(w.lower) && experiencedService(words, j + 1)) return -1;
  // »oplever at blive mødt af en venlig medarbejder«, »… mødt med respekt«: how the staff treat them is the
  // service's quality.
  if (EXPERIENCE.has(w.lower) && words[j + 1]?.lower === 'at' && BLIVE.has(words[j + 2]?.lower ?? '') && /t$/.test(words[j + 3]?.lower ?? '') && ordbog().classesOf(words[j + 3].lower).includes('V') && /^(af|med)$/.test(words[j + 4]?.lower ?? '')) return -1;
  if (!WEAK_OUTCOME_VERBS.has(w.lower)) return j;
  // »(alle unge) er i gang med en ungdomsuddannelse eller et job«: under way in a state of their own.
  if (COPULA_VERBS.has(w.lower) && words[j + 1]?.lower === 'i' && words[j + 2]?.lower === 'gang' && words[j + 3]?.lower === 'med' && !clauseBreak(words[j + 1])) {
    for (let k = j + 4; k < Math.min(words.length, j + 7) && !clauseBreak(words[k]); k++) if (STATE_WORDS.has(words[k].lower) || OUTCOME_NOUNS.has(words[k].lower) || /.(uddannelse|job)$/.test(words[k].lower)) return k;
  }
  // »(ældre) bor længst muligt i eget hjem«, »bliver boende i egen bolig«: living in a home of one's own.
  if (/^(bo|bor|boede|boende)$/.test(w.lower) || (BLIVE.has(w.lower) && words[j + 1]?.lower === 'boende')) {
    const home = ownHomeAt(words, BLIVE.has(w.lower) ? j + 2 : j + 1);
    if (home >= 0) return home;
  }
  // »(borgeren) har ikke længere brug for hjælp«, »(at de) ikke længere har behov for støtte«: no longer needing the
  // service is the citizen's independence.
  if (HAVE_GET.has(w.lower) && /^(ikke|ingen)$/.test(words[j + 1]?.lower ?? '') && /^(længere|mere)$/.test(words[j + 2]?.lower ?? '') && /^(brug|behov)$/.test(words[j + 3]?.lower ?? '') && !clauseBreak(words[j + 1])) return j + 3;
  if (HAVE_GET.has(w.lower) && /^(længere|mere)$/.test(words[j - 1]?.lower ?? '') && words[j - 2]?.lower === 'ikke' && /^(brug|behov)$/.test(words[j + 1]?.lower ?? '') && !clauseBreak(w)) return j + 1;
  // »(hvis du) har brug for hjælp til at stoppe«: a need is the reason for the service, not what comes of it.
  if (HAVE_GET.has(w.lower) && /^(brug|behov)$/.test(words[j + 1]?.lower ?? '') && words[j + 2]?.lower === 'for') return -1;
  // »(borgerne) kan dyrke motion«: an ability of the citizen, whatever the infinitive, unless it is an activity.
  if (MODALS.has(w.lower)) {
    const able = abilityAt(words, j + 1);
    if (able >= 0) return able;
    // »(børn med handicap skal) kunne det samme som deres jævnaldrende«, »kunne mere«: what they can, as an object.
    // »(borgeren) kan det, han kunne før«: what they could before, as an object.
    // Also »det han/hun kunne før« (one word).
    if (/^(kan|kunne)$/.test(w.lower) && words[j + 1]?.lower === 'det' && /^(han|hun|de|man|vedkommende|han\/hun|hun\/han)$/.test(words[j + 2]?.lower ?? '') && /^(kunne|kan)$/.test(words[j + 3]?.lower ?? '') && !clauseBreak(words[j + 1])) return j + 3;
    if (w.lower === 'kunne' && j > 0 && MODAL_VERBS.has(words[j - 1].lower) && !clauseBreak(words[j + 1] ?? w)) {
      if (words[j + 1]?.lower === 'det' && words[j + 2]?.lower === 'samme' && !clauseBreak(words[j + 2])) return j + 2;
      if (/^(mere|meget|alt)$/.test(words[j + 1]?.lower ?? '') && (!words[j + 2] || clauseBreak(words[j + 2]) || /^(end|selv|som)$/.test(words[j + 2].lower))) return j + 1;
    }
  }
  // »har fundet …«: the perfect of finding is finding.
  if (HAVE_GET.has(w.lower) && words[j + 1]?.lower === 'fundet' && !clauseBreak(words[j + 1])) return outcomeVerbAt(words, j + 1);
  // »(de unge) finder deres eget ståsted«, »finder sin plads«: finding something of one's own.
  if (FIND.has(w.lower) && /^(sin|sit|sine|deres|hans|hendes)$/.test(words[j + 1]?.lower ?? '') && !clauseBreak(words[j + 1]) && heldNounPhrase(words, j + 1)) return j + 2;
  // »har et smukt og roligt sted at mindes …«: what is held may take a few adjectives more; »kommer hurtigst muligt
  // tilbage i varig beskæftigelse«: and adverbs of when and how before it.
  let lead = 0;
  while (lead < 4 && words[j + 1 + lead] && !clauseBreak(words[j + 1 + lead]) && WAY_ADVERBS.has(words[j + 1 + lead].lower)) lead++;
  for (let k = j + 1; k < Math.min(words.length, j + lead + (HAVE_GET.has(w.lower) ? 8 : 6)); k++) {
    // »(hvert barn) har en voksen, der kender det«, »får en hverdag, som hænger sammen«: something of their own that
    // a relative clause describes; not a service they get (»får en sagsbehandler, der vejleder dem«).
    // Also a relative clause with no »som« after an indefinite (»har mindst én voksen, de stoler på«; not »får den
    // arbejdskraft, de efterspørger«: what they ask for is the service).
    const relative = /^(der|som)$/.test(words[k].lower) || (/^(de|han|hun|man)$/.test(words[k].lower) && /^(en|et|mindst|nogen|noget|nogle)$/.test(words[j + 1].lower));
    if (k > j + 2 && HAVE_GET.has(w.lower) && /^\s*,\s*$/.test(words[k].before) && relative && ownedThing(words, j + 1, k)) return k + 1;
    // »(alle unge) finder noget, de brænder for«, »finder nogen, der forstår dem«: what they find is their own.
    // Also »har fundet mindst én bog, det ikke kan lægge fra sig«.
    if (k >= j + 2 && FIND.has(w.lower) && /^(noget|nogen|nogle|mindst|en|et)$/.test(words[j + 1].lower) && /^\s*,\s*$/.test(words[k].before) && /^(der|som|de|det|han|hun|man)$/.test(words[k].lower) && ownedThing(words, j + 1, k)) return k + 1;
    // »har et hjem, et netværk og noget at stå op til«: a comma between the things held goes on listing them.
    if (k > j + 1 && clauseBreak(words[k]) && !(HAVE_GET.has(w.lower) && /^\s*,\s*$/.test(words[k].before) && /^(en|et|noget|nogen|nogle)$/.test(words[k].lower))) break;
    const next = words[k].lower;
    // »(alle elever skal) blive sikre læsere«, »er sikre på sig selv«: an adjective after a copula is a state, also
    // one that looks like an activity (»sikre«); not a passive (»bliver behandlet«).
    if (k === j + 1 && COPULA_VERBS.has(w.lower) && ordbog().classesOf(next).includes('A') && !passiveParticiple(words[k]) && !ADMINISTRATIVE_STATES.has(next) && !/[,;:()–]/.test(words[k].before)) return k;
    if (activityOf(next)) return -1;
    // »får hjælp til at søge job«, »kan søge job«: applying for it is the service's process, not the job.
    if (RECEIVING.has(next) || PROCESS_VERBS.has(next)) return -1;
    // »har smukke steder at mødes«, »får et sted at bo«: something of their own to do.
    if (next === 'at' && k > j + 1 && HAVE_GET.has(w.lower) && somethingToDo(words, k + 1)) return k + 1;
    if (STATE_WORDS.has(next) || OUTCOME_NOUNS.has(next) || LIFE_NOUNS.has(next)) return k;
    // »har en meningsfuld dag«: one day, described as a life is.
    if (next === 'dag' && LIFE_ADJECTIVES.has(words[k - 1].lower)) return k;
    // »får styr på økonomien«, »har tag over hovedet«, »får fodfæste«: a fixed phrase of holding one's own.
    if (k === j + 1 && HAVE_GET.has(w.lower) && HELD_STATES.has(next) && (HELD_STATES.get(next) === '' || words[k + 1]?.lower === HELD_STATES.get(next))) return k;
    // »får en lærer«: after a determiner the word is a noun, not the verb »lærer«.
    if (OUTCOME_VERBS.has(next) && !WEAK_OUTCOME_VERBS.has(next) && !DETERMINERS.has(words[k - 1].lower)) return k;
  }
  return -1;
}

/** Adverbs of when and how between a weak verb and its result (»kommer hurtigst muligt tilbage i job«). */
const WAY_ADVERBS = new Set(['hurtigst', 'hurtigt', 'hurtigere', 'muligt', 'tilbage', 'igen', 'fortsat', 'stadig', 'altid', 'sikkert', 'trygt', 'snart', 'senere']);

const HOME_ADVERBS = new Set(['længst', 'længe', 'længere', 'muligt', 'fortsat', 'stadig', 'trygt', 'godt', 'selv', 'sikkert', 'så', 'som', 'videre']);

/** From k, over adverbs of how long or how well: »(i) eget hjem«, »egen bolig«, »hjemme«; the index of the home or -1. */
function ownHomeAt(words: Word[], k: number): number {
  while (k < words.length && HOME_ADVERBS.has(words[k].lower) && !clauseBreak(words[k])) k++;
  if (words[k]?.lower === 'hjemme' && !clauseBreak(words[k])) return k;
  if (words[k]?.lower === 'i') k++;
  return /^(eget|egen)$/.test(words[k]?.lower ?? '') && /^(hjem|bolig)$/.test(words[k + 1]?.lower ?? '') && !clauseBreak(words[k]) && !clauseBreak(words[k + 1]) ? k + 1 : -1;
}

/**
 * From k, after »kan« (and its subject, when inverted): past adverbs, an infinitive of the citizen's own doing (»gå«,
 * »klare sig«), not an activity or receiving a service; its index or -1.
 */
function abilityAt(words: Word[], from: number): number {
  let k = from;
  while (k < words.length && k < from + 2 && MODAL_ADVERBS.has(words[k].lower)) k++;
  const inf = words[k];
  if (!inf || clauseBreak(inf)) return -1;
  // »kan få svar«, »kan have det godt«: getting or having still needs its result after it (»kan gå« is an ability).
  if (inf.lower === 'få' || inf.lower === 'have') return outcomeVerbAt(words, k);
  if (!activityOf(inf.lower) && !RECEIVING.has(inf.lower) && (/e$/.test(inf.lower) || SHORT_INFINITIVES.has(inf.lower) || (/es$/.test(inf.lower) && deponent(inf.lower)))) return k;
  // »(virksomhederne) kan drive og udvikle deres forretning«, »(forældrene) kan passe deres arbejde«: a verb the staff
  // also do, with an object of the citizens' own, is their own doing.
  if (activityOf(inf.lower) && /e$/.test(inf.lower)) {
    let o = k + 1;
    if (/^(og|eller)$/.test(words[o]?.lower ?? '') && /e$/.test(words[o + 1]?.lower ?? '') && !clauseBreak(words[o]) && !clauseBreak(words[o + 1])) o += 2;
    if (/^(deres|sin|sit|sine)$/.test(words[o]?.lower ?? '') && !clauseBreak(words[o]) && heldNounPhrase(words, o + 1)) return o + 1;
  }
  return -1;
}

const FIND = new Set(['finder', 'finde', 'fandt', 'fundet']);
const EXPERIENCE = new Set(['oplever', 'opleve', 'oplevede']);

/**
 * A citizen's standing in the system or how a place receives them, not a state of their life (»den hjælp, de er
 * berettiget til«, »et sted, hvor alle er velkomne«).
 */
const ADMINISTRATIVE_STATES = new Set(['tilgængelig', 'tilgængelige', 'tilgængeligt', 'velkomne', 'velkommen', 'berettiget', 'berettigede', 'omfattet', 'omfattede', 'tilknyttet', 'tilknyttede', 'indskrevet', 'indskrevne', 'visiteret', 'visiterede', 'henvist', 'henviste', 'bevilget', 'forpligtet', 'forpligtede', 'nødt', 'tilmeldt', 'tilmeldte']);

/**
 * From k: what is experienced, a list of noun phrases (»en stabil og kompetent hjemmepleje«, »korte ventetider, en
 * sammenhængende behandling og et personale, der …«). The service's quality when a head is the service, an activity,
 * its staff or a quality of it, and no head is a state of the citizen's own life (»en tryg hverdag og god service«).
 */
function experiencedService(words: Word[], k: number): boolean {
  let service = false;
  let inHead = false;
  // »oplever, at …«: a clause, not a noun phrase.
  if (!words[k] || clauseBreak(words[k]) || words[k].lower === 'at') return false;
  for (let m = k; m < Math.min(words.length, k + 16); m++) {
    const w = words[m];
    const lower = w.lower;
    // A relative clause or a new clause ends the list (its commas join the list's phrases).
    if (m > k && clauseBreak(w) && !/^\s*,\s*$/.test(w.before)) break;
    if (m > k && /^\s*,\s*$/.test(w.before) && /^(der|som|hvor|at|så)$/.test(lower)) break;
    if (m > k && /^\s*,\s*$/.test(w.before)) inHead = false;
    if (lower === 'og' || lower === 'eller') {
      inHead = false;
      continue;
    }
    if (inHead) continue;
    if (/^(en|et|den|det|de)$/.test(lower) || STATE_WORDS.has(lower) || isAdjectiveLike(w) || ordbog().classesOf(lower) === 'A') continue;
    if (OUTCOME_NOUNS.has(lower) || LIFE_NOUNS.has(lower)) return false;
    // The head of this phrase: what follows it up to »og« or a comma describes it (»museum med udstillinger …«).
    inHead = true;
    if (activityOf(lower) || SERVICE_HELD.has(lower) || ACCESS_NOUNS.has(lower) || STAFF_NOUNS.has(lower) || SERVICE_QUALITIES.has(lower)) service = true;
    // A compound whose head is one (»hjemme|pleje«, »sags|behandling«).
    else for (let c = 3; c <= lower.length - 4; c++) if (activityOf(lower.slice(c))) service = true;
  }
  return service;
}
/** After »har/får«: a noun and the preposition it takes in a fixed phrase of holding one's own ('' for none). */
const HELD_STATES = new Map([['styr', 'på'], ['overblik', 'over'], ['tag', 'over'], ['kontrol', 'over'], ['fodfæste', '']]);
/** Articles and possessives, after which a word is a noun (»en lærer«, »deres lærer«). */
const ARTICLES = new Set(['en', 'et', 'sin', 'sit', 'sine', 'deres', 'hans', 'hendes', 'vores']);
/** The same and »den, det, de«, which may also be subjects (»de lærer«) and so count only after the verb. */
const DETERMINERS = new Set([...ARTICLES, 'den', 'det', 'de']);

/** Nouns of a service the citizen gets, which »har/får« does not make their own. */
const SERVICE_HELD = new Set(['hjælp', 'hjælpen', 'service', 'servicen', 'svar', 'svaret', 'besked', 'kontaktperson', 'sagsbehandler', 'medarbejder', 'ydelser', 'ydelsen', 'indsats', 'indsatsen', 'indsatser']);

/**
 * Between »har/får« (from) and the relative pronoun (to): a noun phrase of their own (»en voksen«, »et netværk«),
 * and a relative clause whose verb is not the staff's activity (»der kender det«, not »der vejleder dem«).
 */
function ownedThing(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const lower = words[k].lower;
    if (clauseBreak(words[k]) || activityOf(lower) || ACCESS_NOUNS.has(lower) || SERVICE_HELD.has(lower) || MODAL_VERBS.has(lower)) return false;
  }
  if (!/^(en|et|nogen|nogle|noget|de|den|det|mindst)$/.test(words[from].lower)) return false;
  for (let k = to + 1; k < Math.min(words.length, to + 4); k++) {
    if (clauseBreak(words[k])) break;
    if (activityOf(words[k].lower) || RECEIVING.has(words[k].lower)) return false;
  }
  return true;
}

/**
 * (1b) Verb before subject, as Danish main clauses have it after an adverbial: »Om ti år er de ældre trygge«,
 * »Derfor kan borgerne leve et selvstændigt liv«, »Her trives børnene«.
 */
function invertedOutcome(words: Word[], i: number, tags?: Tags): EffectEvidence | undefined {
  const verb = words[i];
  // »Hos os oplever den enkelte sig som …«, »Efter en hjerneskade genvinder den enkelte …«: »den enkelte« after the
  // verb is the citizen, and any verb of its own that is no activity is what it does or goes through.
  const single = i > 0 && /^(den|det)$/.test(words[i + 1]?.lower ?? '') && words[i + 2]?.lower === 'enkelte' && !clauseBreak(words[i + 1]) && !clauseBreak(words[i + 2]) && frontedBefore(words, i);
  if (single && ownInvertedVerb(words, i, tags)) return span(words, i, isGroupWord(words[i + 3]) ? i + 3 : i + 2, 'subject');
  // »Når du går ud af 10. klasse, ved du, hvilken uddannelse …«, »Bagefter ved børnene, hvordan …«: knowing.
  if (i > 0 && verb.lower === 'ved' && (words[i + 1]?.lower === 'du' || isGroupWord(words[i + 1])) && !clauseBreak(words[i + 1]) && words[i + 2] && (/,/.test(words[i + 2].before) || /^(hvordan|hvad|hvor|hvem|hvornår|hvilken|hvilke|hvilket|at)$/.test(words[i + 2].lower))) return span(words, i, i + 1, 'subject');
  if (i === 0 || !(OUTCOME_VERBS.has(verb.lower) || FORLADE.has(verb.lower)) || activityOf(verb.lower) || clauseBreak(words[i + 1] ?? verb)) return undefined;
  // »er de ældre«, »kan alle børn«: a determiner before the group; a bare pronoun (»er de«) is too vague here.
  // »har dit barn«, »er jeres barn«: the reader's own child.
  let first = /^(de|alle|vores|mange|flere|dit|dine|jeres)$/.test(words[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  // »er alle vores elever glade«: two determiners.
  if (first === i + 2 && /^(vores|de|kommunens)$/.test(words[first]?.lower ?? '') && !clauseBreak(words[first])) first++;
  // »Efter et forløb hos os kan du igen gå på trapper«, »I klubben har du venner«: »du« is the citizen the statement
  // speaks to, after a modal of ability or a weak verb.
  const du = (MODALS.has(verb.lower) || WEAK_OUTCOME_VERBS.has(verb.lower)) && words[i + 1]?.lower === 'du' ? i + 1 : -1;
  const subject = isGroupWord(words[first]) ? first : du;
  if (subject < 0) return undefined;
  // »Når de fylder 18, forlader børnene og de unge tandplejen med sunde tænder«.
  if (FORLADE.has(verb.lower)) {
    let last = subject;
    // Past groups coordinated with it (»børnene og de unge«).
    while (/^(og|eller)$/.test(words[last + 1]?.lower ?? '') && !clauseBreak(words[last + 1])) {
      const next = /^(de|alle)$/.test(words[last + 2]?.lower ?? '') ? last + 3 : last + 2;
      if (!isGroupWord(words[next]) || clauseBreak(words[next])) break;
      last = next;
    }
    const leftWith = leavesWith(words, last);
    return leftWith >= 0 ? span(words, i, leftWith, 'subject') : undefined;
  }
  // »Hos os bliver borgeren mødt af en medarbejder …«: a passive is what the staff do to the citizen.
  if (BLIVE.has(verb.lower) && passiveParticiple(words[subject + 1])) return undefined;
  if (!WEAK_OUTCOME_VERBS.has(verb.lower)) return span(words, i, subject, 'subject');
  // »kan borgerne igen gå på trapper«: a modal of ability, then what they can do.
  if (MODALS.has(verb.lower)) {
    const able = abilityAt(words, subject + 1);
    if (able >= 0) return span(words, i, able, 'subject');
    if (subject === du) return undefined;
  }
  // »Hos os får børnene mod på naturen og lyst til …«: a state they are given, also further down a list.
  if (HAVE_GET.has(verb.lower)) {
    for (let k = subject + 1; k < Math.min(words.length, subject + 12); k++) {
      if (clauseBreak(words[k]) && !/^\s*,\s*$/.test(words[k].before)) break;
      if (givenStateAt(words, k)) return span(words, i, k + 1, 'subject');
    }
  }
  // »Hos dagplejeren har dit barn en fast voksen, som kender det«: something of their own, read as after the subject.
  if (HAVE_GET.has(verb.lower)) {
    const rest = [verb, ...words.slice(subject + 1)];
    const held = outcomeVerbAt(rest, 0);
    if (held > 0) return span(words, i, subject + held, 'subject');
  }
  // »Hos os går børnene hjem med sand i skoene«: what the group leaves with.
  const leftHome = LEAVE_VERBS.has(verb.lower) ? goesWith(words, subject + 1) : -1;
  if (leftHome >= 0) return span(words, i, leftHome, 'subject');
  // A weak or modal verb needs its result after the subject (»er de ældre trygge«, »kan borgerne leve«).
  for (let k = subject + 1; k < Math.min(words.length, subject + 5); k++) {
    if (clauseBreak(words[k])) break;
    const lower = words[k].lower;
    if (STATE_WORDS.has(lower) || OUTCOME_NOUNS.has(lower) || LIFE_NOUNS.has(lower)) return span(words, i, k, 'subject');
    if (OUTCOME_VERBS.has(lower) && !WEAK_OUTCOME_VERBS.has(lower) && !activityOf(lower)) return span(words, i, k, 'subject');
  }
  return undefined;
}

/** Words that open a main clause with an adverbial, so that its verb comes before its subject. */
const FRONTED_OPENERS = new Set([...PREPOSITIONS, 'i', 'efter', 'her', 'derfor', 'dermed', 'således', 'sådan', 'nu', 'altid', 'gennem', 'sammen', 'efterhånden', 'bagefter', 'først', 'under', 'indtil']);

/**
 * The verb at i follows an adverbial that opens its clause (»Hos os oplever …«, »Efter et forløb genvinder …«, »Når du
 * går herfra, ved du …«), so the subject comes after it; not a verb after its own subject (»…, der gør den enkelte …«,
 * »Kommunen giver den enkelte …«).
 */
function frontedBefore(words: Word[], i: number): boolean {
  const afterComma = /^\s*,\s*$/.test(words[i]?.before ?? '');
  if (i === 0 || (clauseBreak(words[i]) && !afterComma)) return false;
  if (!afterComma && (SUBJECT_PRONOUNS.has(words[i - 1].lower) || /^(der|som|at)$/.test(words[i - 1].lower))) return false;
  // The word that opens the clause (or, after a comma, the clause before it: »Når X, (verb)«).
  let k = i - 1;
  while (k > 0 && !clauseBreak(words[k])) k--;
  return afterComma ? SUBORDINATORS.has(words[k].lower) || FRONTED_OPENERS.has(words[k].lower) : FRONTED_OPENERS.has(words[k].lower) && !SUBORDINATORS.has(words[k].lower);
}

/**
 * The verb at i, before an inverted citizen subject, is the citizen's own: a verb of outcome, or one the tagger reads
 * as finite that is no activity of the staff, no service received and no passive (»… ydes den enkelte …«).
 */
function ownInvertedVerb(words: Word[], i: number, tags?: Tags): boolean {
  const lower = words[i].lower;
  // »den enkelte medarbejder«: the staff.
  if (STAFF_NOUNS.has(words[i + 3]?.lower ?? '')) return false;
  const after = isGroupWord(words[i + 3]) ? i + 4 : i + 3;
  // »oplever sig som en del af …«: what they experience, unless it is the service (»oplever en stabil hjemmepleje«).
  if (EXPERIENCE.has(lower)) return !experiencedService(words, after);
  if (activityOf(lower) || RECEIVING.has(lower.replace(/e?r$/, 'e')) || PROCESS_VERBS.has(lower) || BRIDGE_WORDS.has(lower) || ORGANISATIONAL_GOAL_VERBS.has(lower)) return false;
  if (/s$/.test(lower) && !deponent(lower)) return false;
  // A weak verb or »kan« needs its result after the subject (»har den enkelte en plads«, »kan den enkelte leve …«),
  // as in the other inverted clauses; »skal« or »vil« an ability.
  if (OUTCOME_VERBS.has(lower)) return !WEAK_OUTCOME_VERBS.has(lower) || outcomeVerbAt([words[i], ...words.slice(after)], 0) > 0;
  if (MODAL_VERBS.has(lower)) return abilityAt(words, after) >= 0;
  const t = tags?.()[i];
  return !!t && t.upos === 'VERB' && t.verbForm === 'Fin' && !activityOf(t.lemma) && !RECEIVING.has(t.lemma);
}

/** (1) »børnene trives«, »borgere med handicap kan leve et selvstændigt liv«. */
function citizenAsSubject(words: Word[], i: number, tags?: Tags): EffectEvidence | undefined {
  // »en kommune, hvor ingen går alene med deres problemer«, »så ingen skal vente«: what no one should go through.
  if (words[i].lower === 'ingen' && (i === 0 || clauseBreak(words[i]) || SUBORDINATORS.has(words[i - 1].lower))) {
    // »Ingen i kommunen mister livet …«, »ingen her skal …«: a place of everyone between »ingen« and its verb.
    const v = /^(i|her|hos)$/.test(words[i + 1]?.lower ?? '') ? placeEnd(words, i + 1) + 1 : i + 1;
    if (NO_ONE_VERBS.has(words[v]?.lower ?? '') && !clauseBreak(words[v]) && !activityOf(words[v + 1]?.lower ?? '') && !RECEIVING.has(words[v + 1]?.lower ?? '')) return span(words, i, v, 'subject');
  }
  // »at færrest muligt bliver afhængige af …«, »så flest mulige kommer i job«: a count with no group named, as the
  // subject of its own clause.
  if (COUNTED.has(words[i].lower) && /^mulig[et]$/.test(words[i + 1]?.lower ?? '') && (i === 0 || clauseBreak(words[i - 1]) || SUBORDINATORS.has(words[i - 1].lower)) && !clauseBreak(words[i]) && !clauseBreak(words[i + 1])) {
    // »så flest mulige af vores kursister består …«: the count of a group named after »af«.
    let at = i + 2;
    if (words[at]?.lower === 'af' && !clauseBreak(words[at])) {
      const owner = POSSESSIVES.has(words[at + 1]?.lower ?? '') || /^(vores|de|kommunens)$/.test(words[at + 1]?.lower ?? '') ? at + 2 : at + 1;
      at = isGroupWord(words[owner]) && !clauseBreak(words[owner]) ? owner + 1 : -1;
    }
    if (at > 0 && countedInState(words, i + 1, at, tags)) return span(words, i, countedVerb(words, at), 'subject');
  }
  // »så flere i området gennemfører en uddannelse«, »Flere flytter videre til egen bolig«: the count alone after
  // »så« or »at« or opening the sentence, perhaps with a place everyone lives in, as the subject of a verb of its own.
  // Also after », og« (»…, og færre føler sig ensomme«).
  const afterAnd = words[i - 1]?.lower === 'og' && /^\s*,\s*$/.test(words[i - 1].before) && !clauseBreak(words[i]);
  if (COUNTED.has(words[i].lower) && (i === 0 || afterAnd || (/^(så|at)$/.test(words[i - 1].lower) && !clauseBreak(words[i]))) && words[i + 1] && !clauseBreak(words[i + 1])) {
    let j = i + 1;
    if (/^(i|her|hos)$/.test(words[j].lower)) {
      const end = placeEnd(words, j);
      j = end >= j ? end + 1 : -1;
    }
    const verb = j > 0 ? words[j] : undefined;
    const upos = verb ? tags?.()[j]?.upos : undefined;
    if (verb && !clauseBreak(verb) && (MODAL_VERBS.has(verb.lower) || upos === 'VERB' || upos === 'AUX') && countedInState(words, i + 1, j, tags)) return span(words, i, countedVerb(words, j), 'subject');
  }
  // »Alle unge i gang med en ungdomsuddannelse«, »Alle ledige i job«: everyone in the group in a state, as a slogan
  // with no verb.
  if (i === 0 && words[0].lower === 'alle' && isGroupWord(words[1]) && /^(i|på)$/.test(words[2]?.lower ?? '') && !clauseBreak(words[2]) && words.length <= 8) {
    const state = words[3]?.lower === 'gang' && words[4]?.lower === 'med' ? 5 : 3;
    const rest = words.slice(state);
    if (countedState(words, state, state === 5) && verbless(rest)) return span(words, 0, state, 'nominal');
  }
  // »Flere i job. Færre på kanten.«: a bare count opening a sentence, in a state, with no verb.
  if (i === 0 && COUNTED.has(words[0].lower) && /^(i|på|uden)$/.test(words[1]?.lower ?? '') && !clauseBreak(words[1]) && countedState(words, 2, words[1].lower !== 'i')) return span(words, 0, 2, 'nominal');
  // »Færre indlæggelser, der kunne være undgået«, »Færre trafikdræbte«: a count of what harms the group, opening the
  // sentence (after an adjective or two: »Færre alvorlige ulykker«).
  // Also »Mindre ensomhed blandt ældre mænd«.
  if (i === 0 && /^(færre|færrest|mindre)$/.test(words[0].lower)) {
    let k = 1;
    while (k < 3 && words[k] && !clauseBreak(words[k]) && isAdjectiveLike(words[k]) && !HARMED.test(words[k].lower)) k++;
    const harm = words[k];
    if (harm && !clauseBreak(harm) && (NEGATIVE_STATES.has(harm.lower) || HARMED.test(harm.lower))) return span(words, 0, k, 'nominal');
    // »Færre børn med huller i tænderne«: fewer of the group with a condition, as a slogan with no verb.
    if (words[0].lower !== 'mindre' && isGroupWord(words[1]) && words[2]?.lower === 'med' && !clauseBreak(words[1]) && !clauseBreak(words[2]) && words.length <= 8 && verbless(words) && !words.some((x) => SERVICE_NOUNS.has(x.lower) || SERVICE_QUALITIES.has(x.lower))) return span(words, 0, 3, 'nominal');
  }
  // »Barnet i trivsel – familien med overskud«: the group in a state of its own, as a slogan with no verb (not a
  // place or a fixed phrase: »Patienten i centrum«).
  if (i === 0 && isGroupWord(words[0]) && words[1]?.lower === 'i' && !clauseBreak(words[1]) && words[2] && !clauseBreak(words[2]) && (OUTCOME_NOUNS.has(words[2].lower) || (STATE_WORDS.has(words[2].lower) && !isAdjectiveLike(words[2]))) && verbless(words.slice(3))) return span(words, 0, 2, 'nominal');
  const subject = isCitizenSubject(words, i);
  if (subject < 0) return undefined;
  // »borgere, der er syge, og …«, »når de bliver ældre.«: a group word right after a copula, ending its clause, is the
  // copula's predicate.
  if (subject === i && COPULA_VERBS.has(words[i - 1]?.lower ?? '') && !clauseBreak(words[i]) && (!words[i + 1] || clauseBreak(words[i + 1]))) return undefined;
  // »børnenes lyst til at lære«, »barnets trivsel«: a genitive owns what follows; it is no subject.
  if (genitiveOfGroup(words[subject])) return undefined;
  // »Vi passer dit barn, mens du er på arbejde«, »…, mens deres forældre er på arbejde«: a clause of time says what
  // goes on meanwhile, not an outcome.
  let opener = i - 1;
  while (opener > 0 && i - opener < 3 && (POSSESSIVES.has(words[opener].lower) || /^(de|den|det|alle|vores)$/.test(words[opener].lower))) opener--;
  if (words[opener]?.lower === 'mens' || words[opener]?.lower === 'imens') return undefined;
  // »Mindst 95 procent af vores elever er i gang med …«, »otte ud af ti modtagere holder vægten«: a share of the
  // group, in a state or doing something of its own, is counted like »flere«.
  const share = shareBefore(words, i);
  if (share >= 0) {
    const at = countedVerb(words, subject + 1);
    const verb = words[at];
    if (!verb || clauseBreak(verb) || activityOf(verb.lower) || RECEIVING.has(verb.lower) || PROCESS_VERBS.has(verb.lower)) return undefined;
    if (HAVE_GET.has(verb.lower) ? heldNounPhrase(words, at + 1) : COUNT_VERBS.has(verb.lower) || (tags?.()[at]?.upos === 'VERB' && !/s$/.test(verb.lower))) return span(words, share, at, 'subject');
    // Otherwise the share is read as the group (»8 ud af 10 borgere kan efter et forløb klare …«).
  }
  // A group governed by a preposition is not a subject (»tilbud til borgere«, »et sted for børnene at være«).
  const prev = words[i - 1]?.lower;
  // »(vi bliver ved,) til den unge står på egne ben«: »til« after a comma or »ved« is »until«, which opens a clause.
  const til = prev === 'til' ? i - 1 : words[i - 2]?.lower === 'til' && DETERMINERS.has(prev ?? '') ? i - 2 : -1;
  const until = til > 0 && (/,/.test(words[til].before) || words[til - 1].lower === 'ved');
  if (share < 0 && prev && PREPOSITIONS.has(prev) && !until) return undefined;
  // Also before the group's adjectives and a group coordinated before it (»samtaler med ledige borgere«).
  if (share < 0 && !until && governedByPreposition(words, i)) return undefined;
  // »I familierne arbejder vi …«, »For børnene gør man …«: the group stands in an adverbial before an inverted
  // clause whose subject follows the verb.
  if (/^(vi|jeg|man)$/.test(words[subject + 2]?.lower ?? '') && !clauseBreak(words[subject + 1] ?? words[subject]) && !clauseBreak(words[subject + 2])) return undefined;
  // »fordi beboerne selv driver forsamlingshuset«, »hvor de unge selv planlægger«: what the group does itself.
  if (words[subject + 1]?.lower === 'selv' && isGroupWord(words[subject]) && !clauseBreak(words[subject + 1]) && words[subject + 2] && !clauseBreak(words[subject + 2]) && (activityOf(words[subject + 2].lower) || tags?.()[subject + 2]?.upos === 'VERB')) return span(words, i, subject + 2, 'subject');
  let limit = subject + 7;
  let resumed = -1;
  let weakSeen = false;
  for (let j = subject + 1; j < Math.min(words.length, limit); j++) {
    const w = words[j];
    // »Borgere, der har haft en blodprop, vender tilbage …«, »Alle børn hos os – fra de mindste … – går hjem …«:
    // step over a relative clause or a parenthesis that describes the group, and read on after it.
    const skip = skipDescription(words, j);
    if (skip > j) {
      j = skip - 1;
      resumed = skip;
      limit = skip + 6;
      continue;
    }
    // »får adgang til den service, de har ret til, og føler sig …«: after a weak verb, a relative clause on its object
    // and then a second predicate coordinated with the first.
    const coordinated = weakSeen ? afterObjectRelative(words, j) : -1;
    if (coordinated > j) {
      j = coordinated;
      limit = Math.max(limit, j + 5);
      continue;
    }
    // »skal kun fortælle deres historie én gang – og føle sig trygge«: a second predicate after a dash or comma, with
    // no subject of its own.
    if (clauseBreak(w) && /^(og|eller)$/.test(w.lower) && /[,–—]/.test(w.before) && verbWithoutSubject(words, j + 1, tags)) {
      limit = Math.max(limit, j + 6);
      continue;
    }
    // »borgere med KOL, diabetes eller hjertesygdom lærer …«: a list in the group's description goes on.
    if (listInDescription(words, subject, j)) continue;
    // The comma or dash that closes the description is not a clause break.
    if (clauseBreak(w) && !isGroupWord(w) && j !== resumed && !(/^\s*,\s*$/.test(w.before) && VERB_AFTER_SUBJECT_COMMA.has(w.lower))) return undefined;
    if (w.lower === 'der' || w.lower === 'som' || w.lower === 'hvor' || w.lower === 'vi') return undefined;
    // »skal have rent drikkevand og kunne færdes sikkert«: a second predicate may be coordinated with a weak verb.
    if (WEAK_OUTCOME_VERBS.has(w.lower) && !MODALS.has(w.lower)) {
      weakSeen = true;
      limit = Math.max(limit, j + 8);
    }
    // »skal kun fortælle deres historie én gang – og føle sig trygge«: after a modal, room for a coordinated second.
    if (MODAL_VERBS.has(w.lower) && j === (resumed >= 0 ? resumed : subject + 1)) limit = Math.max(limit, j + 9);
    // »går herfra med svar på deres spørgsmål og oplever, at …«: »og« after a weak verb may bring the second.
    if (weakSeen && (w.lower === 'og' || w.lower === 'eller')) limit = Math.max(limit, j + 5);
    // »eleverne grundigt for at blive …«: a purpose clause of the unit starts; the group is not its subject.
    if (w.lower === 'for' && words[j + 1]?.lower === 'at') return undefined;
    if (activityOf(w.lower) && !OUTCOME_VERBS.has(w.lower)) {
      // »Unge i behandling bliver …«, »Borgere under uddannelse …«: a service noun in the group's description.
      if (j - 1 > subject && DESCRIBING_PREPOSITIONS.has(words[j - 1].lower) && !clauseBreak(w) && tags?.()[j]?.upos === 'NOUN') continue;
      return undefined;
    }
    // »Patienterne ved, hvordan de …«: knowing is an outcome; »ved« is otherwise a preposition.
    // Also with an adverb between (»ved præcis, hvad næste skridt er«).
    if (w.lower === 'ved') {
      const knows = /^(præcis|altid|godt|nøjagtigt|også)$/.test(words[j + 1]?.lower ?? '') && !clauseBreak(words[j + 1]) ? j + 2 : j + 1;
      if (/,/.test(words[knows]?.before ?? '') || /^(hvordan|hvad|hvor|hvem|hvornår|at)$/.test(words[knows]?.lower ?? '')) return span(words, i, j, 'subject');
      // »Bygherren ved fra første dag, hvad …«: a time before the comma and the question.
      if (/^(fra|i|allerede|hele)$/.test(words[j + 1]?.lower ?? '') && !clauseBreak(words[j + 1])) {
        for (let k = j + 2; k < Math.min(words.length, j + 5); k++) {
          if (/,/.test(words[k].before)) {
            if (/^(hvordan|hvad|hvor|hvem|hvornår|at)$/.test(words[k].lower)) return span(words, i, j, 'subject');
            break;
          }
          if (clauseBreak(words[k]) || activityOf(words[k].lower)) break;
        }
      }
    }
    // »(så børn og voksne) ikke udsættes for giftstoffer«: harm they are spared.
    if (HARM_PASSIVES.has(w.lower) && /^(ikke|aldrig)$/.test(words[j - 1]?.lower ?? '') && !clauseBreak(w)) return span(words, i, j, 'subject');
    const end = outcomeVerbAt(words, j);
    if (end >= 0) return span(words, i, end, 'subject');
    // »(du) skaber bevægelsen«, »borgerne skaber deres eget liv«: what the citizens create is their own doing (the
    // staff's »vi skaber rammer« has the staff as its subject).
    if (/^(skaber|skabe|skabte)$/.test(w.lower) && (j === subject + 1 || MODAL_VERBS.has(words[j - 1].lower)) && !clauseBreak(w) && heldNounPhrase(words, j + 1) && !CONDITION_NOUNS.has(words[j + 1]?.lower ?? '')) return span(words, i, j + 1, 'subject');
    // »oplever en stabil hjemmepleje«, »oplever at blive mødt af …«: what they experience is the service; read on only
    // to a second predicate of their own (»… og bliver trygge«).
    if (EXPERIENCE.has(w.lower)) {
      let k = j + 1;
      while (k < Math.min(words.length, j + 12) && !clauseBreak(words[k]) && !(/^(og|eller)$/.test(words[k].lower) && verbWithoutSubject(words, k + 1, tags))) k++;
      if (k >= words.length || k >= j + 12 || clauseBreak(words[k])) return undefined;
      j = k;
      limit = Math.max(limit, k + 6);
      continue;
    }
    if (j === subject + 1 && countedInState(words, i, j, tags)) return span(words, i - 1, countedVerb(words, j), 'subject');
    // »Færre unge på offentlig forsørgelse«, »flere ledige i job«: how many of the group are in a state, without a verb.
    // Also past groups coordinated with the first (»Færre børn og unge i mistrivsel«).
    if (j === countedVerb(words, subject + 1) && (COUNTED.has(words[i - 1]?.lower ?? '') || words[i - 1]?.lower === 'ingen') && /^(på|i|uden)$/.test(w.lower) && !clauseBreak(w) && countedState(words, j + 1, w.lower !== 'i')) return span(words, i - 1, j + 1, 'nominal');
    // »Borgerne kommer sikkert og let frem«, »de unge kommer godt videre«: getting on is the group's own.
    const onward = /^(kommer|komme)$/.test(w.lower) ? gettingOn(words, j + 1) : -1;
    if (onward >= 0) return span(words, i, onward, 'subject');
    // »Borgere, der henvender sig, går derfra med et overblik«: what the group leaves with is theirs.
    const leftHome = LEAVE_VERBS.has(w.lower) ? goesWith(words, j + 1) : -1;
    if (leftHome >= 0) return span(words, i, leftHome, 'subject');
    // »(alle, der går ud ad døren,) tager et stykke af fortiden med sig hjem«: what they take with them is theirs.
    const taken = TAGE.has(w.lower) ? takesWithThem(words, j + 1) : -1;
    if (taken >= 0) return span(words, i, taken, 'subject');
    // »Eleverne forlader skolen med lyst til at lære mere«: what the group leaves the place with is theirs.
    const leftWith = FORLADE.has(w.lower) ? leavesWith(words, j + 1) : -1;
    if (leftWith >= 0) return span(words, i, leftWith, 'subject');
    // »har størst mulig selvbestemmelse«, »får mest mulig frihed«: as much of something of their own as can be.
    if (HAVE_GET.has(w.lower) && /^(størst|mest|bedst|højest)$/.test(words[j + 1]?.lower ?? '') && /^mulig[et]?$/.test(words[j + 2]?.lower ?? '') && !clauseBreak(words[j + 1]) && heldNounPhrase(words, j + 3)) return span(words, i, j + 3, 'subject');
    // »får så meget god tid sammen som muligt«: as much of something of their own as can be.
    if (HAVE_GET.has(w.lower) && words[j + 1]?.lower === 'så' && /^(meget|mange|megen)$/.test(words[j + 2]?.lower ?? '') && heldNounPhrase(words, j + 3)) {
      for (let k = j + 3; k < Math.min(words.length, j + 9) && !clauseBreak(words[k]); k++) if (words[k].lower === 'som' && /^mulig[t]?$/.test(words[k + 1]?.lower ?? '')) return span(words, i, k + 1, 'subject');
    }
    // A verb no list knows, in a clause of time or condition, says when, not what comes of it (»…, når de træder ind
    // ad døren«).
    const circumstance = /^(når|mens|hvis|før|inden|efter)$/.test(words[i - 1]?.lower ?? '');
    if (tags && !circumstance && groupAsSubject(words, subject) && unlistedPredicate(words, j, tags()) && !objectOfOwnVerb(words, i, tags())) return span(words, i, j, 'subject');
    // A weak verb without a result (»går derfra med en løsning eller ved …«) may be followed by a coordinated one.
    if (OUTCOME_VERBS.has(w.lower) && !BRIDGE_WORDS.has(w.lower) && !WEAK_OUTCOME_VERBS.has(w.lower)) return undefined;
  }
  return undefined;
}

/**
 * The verb at j right after a counted group at i: »(så) færre borgere er på offentlig forsørgelse«, »flere ledige
 * bliver i job« (how many of the group are in a state is a change for the group, whatever the state), and »(så)
 * ingen børn kommer til skade«, »ingen ældre skal sidde alene« (what no one in the group should go through).
 */
function countedInState(words: Word[], i: number, j: number, tags?: Tags): boolean {
  const quantity = words[i - 1]?.lower ?? '';
  // »færre børn og unge skal mistrives«: groups coordinated with the first, then a modal before the verb.
  const at = countedVerb(words, j);
  const verb = words[at];
  // »Ingen borger skal vente …«: waiting for the service, however short, is the service's speed.
  if (!verb || clauseBreak(verb) || activityOf(verb.lower) || activityOf(words[at + 1]?.lower ?? '') || RECEIVING.has(verb.lower)) return false;
  // »(flere sager) bliver afgjort«: a passive is what is done to them.
  const done = words[at + 1];
  if (BLIVE.has(verb.lower) && done && !clauseBreak(done) && (passiveParticiple(done) || (/t$/.test(done.lower) && !STATE_WORDS.has(done.lower) && ordbog().classesOf(done.lower).includes('V')))) return false;
  const modal = at > j && MODAL_VERBS.has(words[at - 1].lower);
  if (COUNTED.has(quantity)) {
    if (HAVE_GET.has(verb.lower)) return heldNounPhrase(words, at + 1);
    if (COUNT_VERBS.has(verb.lower)) return true;
    // »så flest muligt overlever«, »flere unge gennemfører«: a finite verb of the group's own that is no service.
    // The treebank reads some as nouns (»overlever«): the dictionary's verb is enough here, right after the count.
    if (!modal && /r$/.test(verb.lower) && (tags?.()[at]?.upos === 'VERB' || ordbog().classesOf(verb.lower).includes('V')) && !PROCESS_VERBS.has(verb.lower)) return true;
    // »flere unge skal gennemføre en uddannelse«: after a modal, any verb of the group's own that is no service.
    return modal && !RECEIVING.has(verb.lower) && !PROCESS_VERBS.has(verb.lower) && (tags?.()[at]?.upos === 'VERB' || /e$|es$/.test(verb.lower));
  }
  return quantity === 'ingen' && (COUNT_VERBS.has(verb.lower) || MODAL_VERBS.has(verb.lower) || tags?.()[at]?.upos === 'VERB');
}

/**
 * At k, after »flere unge i/på/uden«: a state (»job«, »offentlig forsørgelse«), not a place or a service; after
 * »på« and »uden« (`any`) any noun (»på kontanthjælp«, »uden en plan«).
 */
function countedState(words: Word[], k: number, any: boolean): boolean {
  let first = k;
  if (/^(en|et)$/.test(words[first]?.lower ?? '')) first++;
  for (let m = k; m < Math.min(words.length, k + 3); m++) {
    const lower = words[m].lower;
    if (clauseBreak(words[m]) || isEveryonesPlace(lower)) return false;
    // »på kontanthjælp«, »på venteliste«, »uden en plan«: being on a benefit or without something is the group's state.
    if (any && m === first && lower.length >= 4 && !isAdjectiveLike(words[m]) && !DETERMINERS.has(lower)) return true;
    if (activityOf(lower)) return false;
    // »i misbrug«, »i kriminalitet«: a state the work reduces is a state too.
    if (STATE_WORDS.has(lower) || OUTCOME_NOUNS.has(lower) || NEGATIVE_STATES.has(lower) || /(else|ning|hed|dom)$/.test(lower)) return true;
    // »i mistrivsel«: the outcome's opposite.
    if (/^mis/.test(lower) && OUTCOME_NOUNS.has(lower.slice(3))) return true;
  }
  return false;
}

/** After a counted group's first word at j: past groups coordinated with it and one modal, the verb's index. */
function countedVerb(words: Word[], j: number): number {
  let k = j;
  while ((words[k]?.lower === 'og' || words[k]?.lower === 'eller') && isGroupWord(words[k + 1]) && !clauseBreak(words[k]) && !clauseBreak(words[k + 1])) k += 2;
  if (k > j && clauseBreak(words[k] ?? words[j])) return j;
  // »95 % af børnene ved skolestart har …«, »flere unge efter endt forløb er …«: a time between the count and its verb.
  if (/^(ved|efter|i|om|inden)$/.test(words[k]?.lower ?? '') && !clauseBreak(words[k])) {
    const v = words[k + 1]?.lower === 'endt' ? k + 3 : k + 2;
    const verb = words[v]?.lower ?? '';
    if (words[k + 1] && !clauseBreak(words[k + 1]) && !clauseBreak(words[v] ?? words[k]) && (HAVE_GET.has(verb) || COUNT_VERBS.has(verb) || MODAL_VERBS.has(verb))) k = v;
  }
  if (MODAL_VERBS.has(words[k]?.lower ?? '') && words[k + 1] && !clauseBreak(words[k + 1]) && words[k + 1].lower !== 'ikke') return k + 1;
  return k;
}

/** From k: manner adverbs (»sikkert og let«) and then »frem« or »videre«; the particle's index, or -1. */
function gettingOn(words: Word[], k: number): number {
  for (let m = k; m < Math.min(words.length, k + 5); m++) {
    if (clauseBreak(words[m])) return -1;
    const lower = words[m].lower;
    if (lower === 'frem' || lower === 'videre') return m;
    if (lower !== 'og' && !MANNER.has(lower)) return -1;
  }
  return -1;
}
const MANNER = new Set(['sikkert', 'let', 'nemt', 'hurtigt', 'godt', 'trygt', 'bedre', 'hurtigere', 'selv', 'også']);

/** Verbs of leaving (»går derfra med …«). */
const LEAVE_VERBS = new Set(['går', 'gå', 'tager', 'tage', 'kommer', 'komme']);

/** From k, after a verb of leaving: »derfra, herfra, hjem, videre« and »med« + a noun phrase held; the »med«, or -1. */
function goesWith(words: Word[], k: number): number {
  // »Du går fra Borgerservice med …«, »går fra os med …«: the place left, then what they leave with.
  if (words[k]?.lower === 'fra' && !clauseBreak(words[k])) {
    const place = words[k + 1]?.lower === 'os' || /^\p{Lu}/u.test(words[k + 1]?.text ?? '') ? k + 1 : -1;
    if (place < 0 || clauseBreak(words[place]) || words[place + 1]?.lower !== 'med' || clauseBreak(words[place + 1])) return -1;
    return heldNounPhrase(words, place + 2) ? place + 1 : -1;
  }
  // »(hver elev) kommer ud med en afgangsprøve«: also out of the place.
  if (!/^(derfra|herfra|hjem|videre|ud)$/.test(words[k]?.lower ?? '') || clauseBreak(words[k]) || !words[k + 1] || clauseBreak(words[k + 1])) return -1;
  // »(børnene) går hjem fra vuggestuen med en oplevelse af …«: the place left between »hjem« and »med«.
  if (words[k].lower === 'hjem' && words[k + 1].lower === 'fra') {
    for (let m = k + 2; m < Math.min(words.length, k + 5); m++) {
      if (clauseBreak(words[m]) || activityOf(words[m].lower)) return -1;
      // What they go home with is their own state, not their means of transport (»med bussen«).
      if (words[m].lower === 'med') return words.slice(m + 1, m + 4).some((x) => OUTCOME_NOUNS.has(x.lower) || STATE_WORDS.has(x.lower) || LIFE_NOUNS.has(x.lower)) && heldNounPhrase(words, m + 1) ? m : -1;
    }
    return -1;
  }
  // »Du går herfra klogere på, hvor du kommer fra«, »går hjem gladere«: the state they leave in.
  const state = words[k + 1].lower;
  if (SLOGAN_COMPARATIVES.has(state) || GROUP_OUTCOME_ADJECTIVES.has(state) || (STATE_WORDS.has(state) && ordbog().classesOf(state).includes('A'))) return k + 1;
  if (words[k + 1].lower !== 'med') return -1;
  return heldNounPhrase(words, k + 2) ? k + 1 : -1;
}

const FORLADE = new Set(['forlader', 'forlade', 'forlod']);
const TAGE = new Set(['tager', 'tage', 'tog']);

/** From k, after »tager«: a noun phrase held and then »med sig«; the »sig«, or -1. */
function takesWithThem(words: Word[], k: number): number {
  if (!heldNounPhrase(words, k)) return -1;
  for (let m = k + 1; m < Math.min(words.length, k + 8); m++) {
    if (clauseBreak(words[m]) || activityOf(words[m].lower)) return -1;
    if (words[m].lower === 'med' && words[m + 1]?.lower === 'sig' && !clauseBreak(words[m + 1])) return m + 1;
  }
  return -1;
}

/** From k, after »forlader«: the place left (one to three words) and »med« + a noun phrase held; the »med«, or -1. */
function leavesWith(words: Word[], k: number): number {
  for (let m = k + 1; m < Math.min(words.length, k + 4); m++) {
    if (clauseBreak(words[m]) || activityOf(words[m].lower)) return -1;
    if (words[m].lower === 'med') return heldNounPhrase(words, m + 1) ? m : -1;
  }
  return -1;
}

/** At k, a noun phrase the group holds: not a service, an activity or access to one (»et overblik«, »selvbestemmelse«). */
function heldNounPhrase(words: Word[], k: number): boolean {
  for (let m = k; m < Math.min(words.length, k + 3); m++) {
    const w = words[m];
    if (clauseBreak(w)) return m > k;
    if (activityOf(w.lower) || SERVICE_HELD.has(w.lower) || ACCESS_NOUNS.has(w.lower) || RECEIVING.has(w.lower)) return false;
    // »får en samtale«, »får et hjemmebesøg«, »får et tilbud«: meeting the service is no state of one's own; a plan
    // of one's own is (»får en plan for fremtiden«).
    if (SERVICE_NOUNS.has(w.lower) || SERVICE_COMPOUND_TAILS.some((t) => !/^plan/.test(t) && w.lower.endsWith(t))) return false;
    if (!ARTICLES.has(w.lower) && !isAdjectiveLike(w)) return /^\p{L}{3,}$/u.test(w.lower);
  }
  return false;
}

/** Verbs after a subject »ingen« (»hvor ingen går alene«, »så ingen skal stå uden …«). */
const NO_ONE_VERBS = new Set(['går', 'står', 'sidder', 'føler', 'oplever', 'er', 'bliver', 'lever', 'skal', 'må', 'bør', 'falder', 'mangler', 'lades', 'efterlades', 'mister', 'dør']);

/** From k (»i«, »her«, »hos«): a place everyone lives in (»i kommunen«, »her«, »hos os«); its last index, or k - 1. */
function placeEnd(words: Word[], k: number): number {
  if (words[k].lower === 'her') return k;
  const place = words[k + 1];
  if (!place || clauseBreak(place) || clauseBreak(words[k])) return k - 1;
  if (words[k].lower === 'hos' && place.lower === 'os') return k + 1;
  return words[k].lower === 'i' && isEveryonesPlace(place.lower) ? k + 1 : k - 1;
}

/** Passives of harm, spared with »ikke« or »aldrig« (»ikke udsættes for«, »aldrig rammes af«). */
const HARM_PASSIVES = new Set(['udsættes', 'rammes', 'skades', 'krænkes', 'mobbes', 'diskrimineres', 'glemmes', 'efterlades', 'overses', 'svigtes']);

/** No modal, »have/få«, copula or activity among the words: a slogan with no predicate of its own. */
function verbless(words: readonly Word[]): boolean {
  return !words.some((x) => MODAL_VERBS.has(x.lower) || HAVE_GET.has(x.lower) || COPULA_VERBS.has(x.lower) || activityOf(x.lower));
}

/** People harmed and harms, counted as fewer (»færre trafikdræbte«, »færre trafikuheld«), by their compound head. */
const HARMED = new RegExp(`(${HARM_TAILS.join('|')})$`);

/** Quantities of the group that a change is counted in (»flere ledige«, »færre børn«). */
const COUNTED = new Set(['flere', 'færre', 'flest', 'færrest']);
/** The verbs a counted group is in a state with (»færre borgere er …«, »flere unge bliver …«). */
const COUNT_VERBS = new Set(['er', 'bliver', 'forbliver', 'ender', 'kommer', 'lever', 'står', 'går', 'vender', 'har', 'mister', 'dør', 'falder']);

/** Infinitives that say nothing without a result after them (»at få den rette støtte«). */
const SMALL_VERBS = new Set(['få', 'have', 'være', 'blive', 'komme', 'gå']);

/** Prepositions that open a description of the group (»unge i behandling«, »elever under uddannelse«). */
const DESCRIBING_PREPOSITIONS = new Set(['i', 'under', 'efter', 'uden', 'med']);

/**
 * At j, a comma inside a list that describes the group at `subject` (»borgere med KOL, diabetes eller hjertesygdom«):
 * a describing preposition right after the group, one word before the comma, and »og« or »eller« within the next
 * three words with no clause break.
 */
function listInDescription(words: Word[], subject: number, j: number): boolean {
  if (!/^\s*,\s*$/.test(words[j].before) || !DESCRIBING_PREPOSITIONS.has(words[subject + 1]?.lower ?? '') || j > subject + 8) return false;
  for (let k = subject + 2; k < j; k++) if (clauseBreak(words[k]) && !/^\s*,\s*$/.test(words[k].before)) return false;
  for (let k = j + 1; k < Math.min(words.length, j + 3); k++) {
    if (clauseBreak(words[k])) return false;
    if (/^(og|eller)$/.test(words[k].lower)) return true;
  }
  return false;
}

const SUBORDINATORS = new Set(['så', 'at', 'når', 'hvis', 'fordi', 'mens', 'hvor']);

/**
 * For a verb no list knows, the subject must be the group itself (»borgerne mestrer …«), or a pronoun that opens a
 * clause after a named group and refers back to it (»Vi støtter de unge, så de gennemfører …«): not any »de«, »hun«,
 * »hver« (»De afholder møder«, »Hver uge afholder vi …«).
 */
function groupAsSubject(words: Word[], subject: number): boolean {
  if (isGroupWord(words[subject])) return true;
  if (!SUBORDINATORS.has(words[subject - 1]?.lower ?? '')) return false;
  for (let k = 0; k < subject - 1; k++) if (isGroupWord(words[k])) return true;
  return false;
}

/** Subject pronouns of a clause whose verb is someone else's act (»vi«, »de«, »man«): nominative forms. */
const SUBJECT_PRONOUNS = new Set(['vi', 'jeg', 'du', 'de', 'han', 'hun', 'man', 'i']);
/** Nouns of time that open a clause as an adverbial, not as its subject (»Hver dag mestrer børnene …«). */
const TIME_NOUNS = new Set(['dag', 'dage', 'uge', 'måned', 'år', 'morgen', 'aften', 'gang', 'sommer', 'vinter', 'efterår', 'forår']);

/**
 * The group at i is the object of a verb that has its own subject before it: »Vi visiterer borgere …«, »Vi støtter og
 * vejleder de unge …«, »Tandplejen undersøger og behandler børn …«. Read back over the group's determiners and
 * adjectives, then over the verbs (and »og«, adverbs) before it, to a subject pronoun or to a noun phrase that opens
 * the clause.
 */
function objectOfOwnVerb(words: Word[], i: number, tags: readonly Tagged[]): boolean {
  const within = (k: number) => k >= 0 && !clauseBreak(words[k + 1]);
  const upos = (k: number) => tags[k]?.upos;
  let k = i - 1;
  // Over the group's determiners and adjectives, and a group coordinated before it (»børn og unge«).
  while (within(k) && (upos(k) === 'DET' || upos(k) === 'ADJ' || upos(k) === 'NUM' || isGroupWord(words[k]) || ((words[k].lower === 'og' || words[k].lower === 'eller') && isGroupWord(words[k - 1])))) k--;
  let verbs = 0;
  while (within(k) && (upos(k) === 'VERB' || upos(k) === 'AUX' || upos(k) === 'ADV' || words[k].lower === 'og' || words[k].lower === 'eller')) {
    if (upos(k) === 'VERB' || upos(k) === 'AUX') verbs++;
    k--;
  }
  if (verbs === 0 || !within(k)) return false;
  if (SUBJECT_PRONOUNS.has(words[k].lower)) return true;
  if ((upos(k) !== 'NOUN' && upos(k) !== 'PROPN') || isGroupWord(words[k]) || TIME_NOUNS.has(words[k].lower)) return false;
  // The noun phrase must open the clause: only its determiners and adjectives before it, and a capitalised name
  // may stand beside the unit's noun (»Vuggestuen Mælkebøtten«).
  let start = k - 1;
  if (start >= 0 && !clauseBreak(words[start + 1]) && /^\p{Lu}/u.test(words[k].text) && upos(start) === 'NOUN' && !isGroupWord(words[start])) start--;
  while (start >= 0 && !clauseBreak(words[start + 1]) && (upos(start) === 'DET' || upos(start) === 'ADJ' || upos(start) === 'NUM')) start--;
  return start < 0 || clauseBreak(words[start + 1]);
}

/**
 * A verb in -s that is active in meaning (»færdes«, »trives«, »lykkes«): the dictionary knows it as a verb, but not
 * the form without the -s, as it would for a passive (»visiteres« ← »visitere«).
 */
export function deponent(lower: string): boolean {
  // »borgerne mødes«, »vi ses«: reciprocal, what they do with each other.
  if (RECIPROCAL.has(lower)) return true;
  const dict = ordbog();
  if (!dict.classesOf(lower).includes('V')) return false;
  const base = lower.replace(/e?s$/, '');
  return !dict.classesOf(base).includes('V') && !dict.classesOf(lower.slice(0, -1)).includes('V');
}

/** How easy something is for the group (»let for alle at sortere«, »muligt for borgerne at …«). */
const EASE = new Set(['let', 'lettere', 'nemt', 'nemmere', 'enkelt', 'enklere', 'muligt', 'trygt', 'trygere', 'overskueligt', 'sikkert', 'attraktivt']);

/**
 * From k, after »(gør det / det er) let for«: the group, then »at« and something of its own to do within the clause;
 * the »at«, or -1.
 */
function easyFor(words: Word[], k: number): number {
  const subject = isCitizenSubject(words, k);
  if (subject < 0) return -1;
  for (let m = subject + 1; m < Math.min(words.length, subject + 4); m++) {
    if (clauseBreak(words[m])) return -1;
    if (words[m].lower === 'at') return infinitiveOutcome(words, m + 1, true) ? m + 1 : -1;
  }
  return -1;
}

/** Verbs in -s that say what people do with each other, not what is done to them. */
const RECIPROCAL = new Set(['mødes', 'ses', 'følges', 'samles', 'enes', 'slås', 'tales']);

/**
 * »Borgeren mødes af en sygeplejerske«, »mødes med respekt«, »ses af en læge«: a reciprocal form used as the passive
 * it also is, met by the staff or in a manner of theirs: the service's quality, not what the group does together.
 */
function passiveMeeting(words: Word[], j: number): boolean {
  const next = words[j + 1];
  if (!next || clauseBreak(next)) return false;
  if (next.lower === 'af') return true;
  if (next.lower !== 'med') return false;
  let k = j + 2;
  while (words[k] && !clauseBreak(words[k]) && (isAdjectiveLike(words[k]) || /^(en|et|stor|størst|fuld)$/.test(words[k].lower))) k++;
  return !!words[k] && MANNER_NOUNS.has(words[k].lower);
}

/** What the staff meet people with (»mødes med respekt«, »med forståelse«). */
const MANNER_NOUNS = new Set(['respekt', 'forståelse', 'omsorg', 'tillid', 'venlighed', 'anerkendelse', 'nærvær', 'empati', 'tålmodighed', 'åbenhed', 'imødekommenhed', 'værdighed', 'professionalisme', 'faglighed', 'smil', 'interesse', 'nysgerrighed']);

/** Words that may stand between a preposition and the group it governs. */
const NP_WORDS = new Set(['de', 'den', 'det', 'alle', 'vores', 'deres', 'kommunens', 'ledige', 'nye', 'unge', 'ældre', 'udsatte', 'sårbare', 'syge', 'mange', 'flere', 'og', 'eller', 'samt']);

function governedByPreposition(words: Word[], i: number): boolean {
  let k = i - 1;
  for (;;) {
    while (k >= 0 && !clauseBreak(words[k + 1]) && (NP_WORDS.has(words[k].lower) || POSSESSIVES.has(words[k].lower) || isGroupWord(words[k]))) k--;
    // »til borgere med demens og deres pårørende«: over a description of a group coordinated before it.
    if (k >= 2 && /^(med|uden)$/.test(words[k - 1].lower) && isGroupWord(words[k - 2]) && !clauseBreak(words[k + 1]) && !clauseBreak(words[k]) && !clauseBreak(words[k - 1])) {
      k -= 2;
      continue;
    }
    break;
  }
  return k < i - 1 && k >= 0 && !clauseBreak(words[k + 1]) && PREPOSITIONS.has(words[k].lower);
}

/** Modal verbs after which an infinitive is the clause's predicate (»borgerne skal mestre …«). */
export const MODAL_VERBS = new Set(['skal', 'kan', 'vil', 'må', 'bør', 'kunne', 'skulle', 'ville', 'måtte']);

/**
 * A verb that no list knows, which the tagger reads as the predicate of the clause the group is the subject of: a
 * finite verb (»borgerne mestrer deres hverdag«) or an infinitive after a modal (»børnene skal udforske verden«).
 * Not a passive (»borgerne visiteres«: something done to them), not receiving a service, not an activity.
 */
function unlistedPredicate(words: Word[], j: number, tags: readonly Tagged[]): boolean {
  const t = tags[j];
  const lower = words[j].lower;
  if (!t) return false;
  // »De unge erobrer …«: the treebank reads »unge« after »de« as an adjective and wants a noun after it; a present
  // tense the dictionary knows as a verb, right after the group, is its verb.
  const presentAfterGroup = t.upos === 'NOUN' && /r$/.test(lower) && isGroupWord(words[j - 1]) && !/s$/.test(words[j - 1].lower) && ordbog().classesOf(lower).includes('V') && !/[,;:()–]/.test(words[j].before);
  if (!presentAfterGroup && t.upos !== 'VERB') return false;
  if (!presentAfterGroup && !(t.verbForm === 'Fin' || (t.verbForm === 'Inf' && MODAL_VERBS.has(words[j - 1]?.lower ?? '')))) return false;
  if ((/s$/.test(lower) && !deponent(lower)) || OUTCOME_VERBS.has(lower) || BRIDGE_WORDS.has(lower) || PROCESS_VERBS.has(lower) || ORGANISATIONAL_GOAL_VERBS.has(lower)) return false;
  if (RECIPROCAL.has(lower) && passiveMeeting(words, j)) return false;
  return !activityOf(lower) && !activityOf(t.lemma) && !RECEIVING.has(t.lemma) && !RECEIVING.has(lower.replace(/r$/, ''));
}

/**
 * At j, a relative clause on an object (», der …,«, », som …,«, », de har ret til,«) closed by a comma and followed by
 * »og« or »eller«: the index of that »og«; otherwise -1.
 */
function afterObjectRelative(words: Word[], j: number): number {
  if (!/^\s*,\s*$/.test(words[j].before) || !/^(der|som|de|han|hun|man)$/.test(words[j].lower)) return -1;
  for (let k = j + 1; k < Math.min(words.length, j + 8); k++) {
    if (!clauseBreak(words[k])) continue;
    return /^\s*,\s*$/.test(words[k].before) && /^(og|eller)$/.test(words[k].lower) ? k : -1;
  }
  return -1;
}

/**
 * At a relative clause (», der …,« / », som …,«) or a parenthesis (»– … –«) right after a group, the index of the
 * first word after it; otherwise `j`. The description must close within 14 words.
 */
function skipDescription(words: Word[], j: number): number {
  const w = words[j];
  // »Alle børn (6-17 år) i kommunen …«: a parenthesis after the group.
  if (w.before.includes('(')) {
    for (let k = j + 1; k < Math.min(words.length, j + 12); k++) if (words[k].before.includes(')')) return k;
    return j;
  }
  // »unge mellem 18 og 30 år på uddannelseshjælp påbegynder …«, »borgere over 65 år …«: an age range after the group.
  if (/^(mellem|over|under|fra)$/.test(w.lower) && /^\d/.test(words[j + 1]?.text ?? '') && !clauseBreak(words[j + 1])) {
    // Not when a comma ends it: what follows is no predicate of the group (»børn fra 0 til 3 år, mens …«).
    for (let k = j + 2; k < Math.min(words.length, j + 6) && !clauseBreak(words[k]); k++) if (/^år(ige)?$/.test(words[k].lower)) return words[k + 1] && !clauseBreak(words[k + 1]) ? k + 1 : j;
  }
  // »…, uanset social baggrund, lærer …«, »…, på tværs af skoler, trives«: an insertion between commas.
  if (/,/.test(w.before) && INSERTION_OPENERS.has(w.lower)) {
    for (let k = j + 1; k < Math.min(words.length, j + 8); k++) if (/,/.test(words[k].before)) return k;
  }
  const opensRelative = /,/.test(w.before) && (w.lower === 'der' || w.lower === 'som');
  const opensDash = /[–—]/.test(w.before);
  if (!opensRelative && !opensDash) return j;
  for (let k = j + 1; k < Math.min(words.length, j + 14); k++) {
    // »Borgere, der står midt i en livsændring – flytning, skilsmisse … – kommer …«: a parenthesis inside the
    // relative clause ends it at its closing dash (or a lone dash ends it there).
    if (opensRelative && /[–—]/.test(words[k].before)) {
      for (let m = k + 1; m < Math.min(words.length, k + 14); m++) if (/[–—]/.test(words[m].before)) return m;
      return k;
    }
    if (opensRelative && /,/.test(words[k].before)) return k;
    if (opensDash && /[–—]/.test(words[k].before)) return k;
  }
  return j;
}

/** (2) purpose and result clauses that lead to the citizen. */
function purposeClause(words: Word[], i: number): EffectEvidence | undefined {
  const w = words[i];
  const next = words[i + 1];
  if (!next) return undefined;
  // »så (at) borgeren kan …«, »således at børnene …«, »sådan at …«
  // »…, indtil de unge står på egne ben«, »… med den ledige, til vedkommende har fundet vej til et job«: until then.
  const until = w.lower === 'indtil' || (w.lower === 'til' && clauseBreak(w) && isCitizenSubject(words, i + 1) >= 0);
  if (until || (w.lower === 'så' && (i === 0 || clauseBreak(w) || next.lower === 'at')) || ((w.lower === 'således' || w.lower === 'sådan') && next.lower === 'at')) {
    const s = next.lower === 'at' ? i + 2 : i + 1;
    // »så færre mister liv og helbred«, »så flere kommer i job«: how many of those named before; also »så flere af
    // deres virksomheder overlever«.
    if (COUNTED.has(words[s]?.lower ?? '') && !clauseBreak(words[s + 1] ?? words[s])) {
      let v = s + 1;
      if (words[v]?.lower === 'af' && /^(deres|de|vores|dem|disse)$/.test(words[v + 1]?.lower ?? '')) v += words[v + 1].lower === 'dem' ? 2 : 3;
      const at = MODAL_VERBS.has(words[v]?.lower ?? '') ? v + 1 : v;
      const verb = words[at];
      if (verb && !clauseBreak(verb) && !activityOf(verb.lower) && !RECEIVING.has(verb.lower) && !PROCESS_VERBS.has(verb.lower) && ordbog().classesOf(verb.lower).includes('V') && !isGroupWord(verb)) return span(words, i, at, 'purpose');
    }
    // »så et liv med mindre alkohol og mere overskud bliver muligt«: a life described by what it holds.
    const life = ARTICLES.has(words[s]?.lower ?? '') ? s + 1 : s;
    if (LIFE_NOUNS.has(words[life]?.lower ?? '') && (lifeDescribed(words, life) || hasLifeAdjectiveBefore(words, life)) && !clauseBreak(words[life])) return span(words, i, life, 'purpose');
    const subject = isCitizenSubject(words, s);
    if (subject >= 0) {
      // »så de så hurtigt som muligt kan klare hverdagen«: adverbs may stand before the verb; »så de får styr på
      // deres økonomi og igen kan se en vej frem«: a second predicate after the first.
      for (let j = subject + 1; j < Math.min(words.length, subject + 11); j++) {
        if (activityOf(words[j].lower) && !OUTCOME_VERBS.has(words[j].lower)) return undefined;
        const end = outcomeVerbAt(words, j);
        if (end >= 0) return span(words, i, end, 'purpose');
      }
    }
    return undefined;
  }
  // »for, at børnene trives«. A bare infinitive after »for at« has the unit as its subject (»vi underviser for at
  // blive landets bedste skole«, »for at opfylde loven«): a goal of the unit, not an effect for the citizen.
  if (w.lower === 'for' && next.lower === 'at') {
    const prev = words[i - 1]?.lower;
    if (prev && FOR_AT_COMPLEMENT_HEADS.has(prev)) return undefined;
    if (prev === 'mulighed' || prev === 'muligheder' || prev === 'mulighederne' || prev === 'muligheden') {
      return infinitiveOutcome(words, i + 2, !SMALL_VERBS.has(words[i + 2]?.lower ?? '')) ? span(words, i - 1, i + 2, 'purpose') : undefined;
    }
    return citizenClauseAt(words, i + 2) ? span(words, i, i + 2, 'purpose') : undefined;
  }
  // »støtte borgerne til at blive selvforsørgende«, »til i videst muligt omfang at blive …«, »motiveres til at lære«,
  // »støtte sygemeldte i at vende tilbage«, »hjælpe de ledige med at finde job«: the object's outcome.
  const atAfter = next.lower === 'at' || (SELF_WORDS.has(next.lower) && words[i + 2]?.lower === 'at');
  if ((w.lower === 'til' || w.lower === 'i' || w.lower === 'med') && (w.lower === 'til' || atAfter)) {
    // After »hjælper borgerne«, »støtter de unge«, what the group is helped to do is its own doing (»med at finde
    // vej«, »i at komme videre«), unless it is an activity or a process of the service.
    const helped = helpedGroupBefore(words, i);
    // »medarbejderne har lyst til at blive«: the staff's own wish is no effect for the citizen.
    if (!helped && staffSubjectBefore(words, i)) return undefined;
    // »Hvis du har brug for hjælp til at stoppe, …«: a need for help is the condition for the service, not its outcome.
    if (!helped && needBefore(words, i)) return undefined;
    for (let k = i + 1; k < Math.min(words.length, i + 7); k++) {
      if (clauseBreak(words[k]) || activityOf(words[k].lower)) return undefined;
      // A small verb still needs its result (»til at få et job«, not »til at få den rette støtte«).
      if (words[k].lower === 'at') return infinitiveOutcome(words, k + 1, helped && !SMALL_VERBS.has(words[k + 1]?.lower ?? '')) ? span(words, i, k + 1, 'purpose') : undefined;
      // »hjælper de ældre til en tryg hverdag«, »støtter familierne til et godt liv«: the state the group is helped to.
      // »… til et liv med færre indlæggelser«, »til en hverdag uden misbrug«: a life described by what it holds.
      if (w.lower === 'til' && !atAfter && groupBefore(words, i) && LIFE_NOUNS.has(words[k].lower) && (hasLifeAdjectiveBefore(words, k) || lifeDescribed(words, k))) return span(words, i, k, 'purpose');
    }
    return undefined;
  }
  // »hjælper ledige borgere tættere på arbejdsmarkedet«, »støtter de unge tilbage i uddannelse«: where the group
  // is brought.
  if (HELPING_VERBS.has(w.lower)) {
    const towards = helpedTowards(words, i);
    if (towards >= 0) return span(words, i, towards, 'purpose');
  }
  // »løsninger, der gør hverdagen lettere«, »gøre livet bedre for …«: a life changed for the better.
  if (/^(gør|gøre|gøres|gjorde)$/.test(w.lower)) {
    let k = i + 1;
    if (/^(deres|hans|hendes|sin|sit|borgerens|barnets|den|det)$/.test(words[k]?.lower ?? '')) k++;
    if (LIFE_NOUNS.has(words[k]?.lower ?? '') && !clauseBreak(words[k]) && BETTER.has(words[k + 1]?.lower ?? '') && !clauseBreak(words[k + 1])) return span(words, i, k + 1, 'purpose');
  }
  // »gør en forskel for beboerne«, »gør en stor forskel i deres hverdag«: a difference for the group or its life.
  if (/^(gør|gøre|gøres|gjorde)$/.test(w.lower)) {
    let k = i + 1;
    if (words[k]?.lower === 'dermed' || words[k]?.lower === 'derved' || words[k]?.lower === 'også') k++;
    if (/^(en|den)$/.test(words[k]?.lower ?? '')) k++;
    if (words[k] && words[k].lower !== 'forskel' && isAdjectiveLike(words[k])) k++;
    if (words[k]?.lower === 'forskel' && /^(for|i)$/.test(words[k + 1]?.lower ?? '') && !clauseBreak(words[k + 1] ?? words[k])) {
      const g = givenGroupEnd(words, k + 2);
      if (g > k) return span(words, i, g, 'purpose');
      // »… i deres hverdag«, »… i borgernes liv«: a life with its owner.
      const owner = words[k + 2];
      const l = k + 3;
      if (owner && (POSSESSIVES.has(owner.lower) || (/s$/.test(owner.lower) && isGroupWord(owner))) && LIFE_NOUNS.has(words[l]?.lower ?? '') && !clauseBreak(words[l])) return span(words, i, l, 'purpose');
    }
  }
  // »gør det muligt for borgerne at klare sig selv«, »gøre det lettere for borgerne at leve sundt«: what the group can do.
  if (/^(gør|gøre|gøres)$/.test(w.lower) && next.lower === 'det' && EASE.has(words[i + 2]?.lower ?? '') && words[i + 3]?.lower === 'for') {
    const at = easyFor(words, i + 4);
    return at >= 0 ? span(words, i, at, 'purpose') : undefined;
  }
  // »Det skal være let for alle at sortere rigtigt«, »at det er nemt for borgerne at finde vej«: the same, said of
  // »det« with a copula.
  if (/^(er|være|bliver|blive|var)$/.test(w.lower) && (words[i - 1]?.lower === 'det' || words[i - 2]?.lower === 'det') && EASE.has(next.lower) && words[i + 2]?.lower === 'for' && !clauseBreak(next) && !clauseBreak(words[i + 2])) {
    const at = easyFor(words, i + 3);
    if (at >= 0) return span(words, i, at, 'purpose');
  }
  // »hjælp, der gør den enkelte så selvhjulpen som muligt«, »gøre børnene trygge«: the state the group is made to be in.
  if (/^(gør|gøre|gøres|gjorde)$/.test(w.lower) && next.lower !== 'det') {
    const g = isCitizenSubject(words, i + 1);
    let k = g + 1;
    if (words[k]?.lower === 'så') k++;
    const state = g > i && g < i + 4 ? words[k] : undefined;
    if (state && !clauseBreak(state) && (STATE_WORDS.has(state.lower) || GROUP_OUTCOME_ADJECTIVES.has(state.lower)) && ordbog().classesOf(state.lower).includes('A')) return span(words, i, k, 'purpose');
  }
  // »(sammen med borgeren …) en støtte, der gør det muligt at håndtere symptomerne«: with the group named before, it
  // is the one who can.
  if (/^(gør|gøre|gøres)$/.test(w.lower) && next.lower === 'det' && /^(muligt|lettere|nemmere|enklere|trygt|trygere)$/.test(words[i + 2]?.lower ?? '') && words[i + 3]?.lower === 'at' && !clauseBreak(words[i + 3]) && groupNamedBefore(words, i)) {
    return infinitiveOutcome(words, i + 4, true) ? span(words, i, i + 4, 'purpose') : undefined;
  }
  // »Sammen med den unge finder vi vejen til et job«, »vi sammen med den enkelte finder vej til en fast bolig«: the
  // way found together with the citizen is the citizen's way.
  if (w.lower === 'sammen' && next.lower === 'med' && (isCitizenSubject(words, i + 2) >= 0 || (/^(den|de|det)$/.test(words[i + 2]?.lower ?? '') && isGroupWord(words[i + 3])))) {
    // »finder sammen med den enkelte vej til …«: the verb before, the way right after the citizen.
    if (FIND.has(words[i - 1]?.lower ?? '')) {
      const after = words[i + 2].lower === 'den' || words[i + 2].lower === 'de' ? i + 4 : i + 3;
      if (/^(vej|vejen)$/.test(words[after]?.lower ?? '') && !clauseBreak(words[after])) return span(words, i - 1, after, 'purpose');
    }
    for (let m = i + 3; m < Math.min(words.length - 2, i + 12); m++) {
      if (/[.;:()]/.test(words[m].before)) break;
      if (!FIND.has(words[m].lower)) continue;
      let k = m + 1;
      while (k < m + 3 && (words[k]?.lower === 'vi' || words[k]?.lower === 'den')) k++;
      if (/^(vej|vejen)$/.test(words[k]?.lower ?? '') && !clauseBreak(words[k])) return span(words, i, k, 'purpose');
    }
  }
  // »med henblik på at …« / »med henblik på borgerens …«
  if (w.lower === 'henblik' && next.lower === 'på') {
    const after = words[i + 2];
    if (after?.lower === 'at') return infinitiveOutcome(words, i + 3, false) ? span(words, i, i + 3, 'purpose') : undefined;
    return undefined;
  }
  // »der fremmer det enkelte barns trivsel«
  if ((w.lower === 'fremmer' || w.lower === 'fremme' || w.lower === 'styrker' || w.lower === 'styrke') && !clauseBreak(next)) {
    for (let k = i + 1; k < Math.min(words.length, i + 6); k++) {
      if (OUTCOME_NOUNS.has(words[k].lower) && hasGroupNearby(words, k)) return span(words, i, k, 'purpose');
      // »fremme folkesundheden«, »styrke elevtrivslen«: an outcome whose compound names whose it is.
      if (groupOutcomeCompound(words[k].lower)) return span(words, i, k, 'purpose');
    }
  }
  // »bekæmper ensomhed blandt ældre«, »forebygge mistrivsel hos børn og unge«: a state of the group reduced.
  if (REDUCING_VERBS.has(w.lower) && !clauseBreak(next)) {
    for (let k = i + 1; k < Math.min(words.length, i + 5); k++) {
      if (clauseBreak(words[k])) break;
      if (!NEGATIVE_STATES.has(words[k].lower)) continue;
      const prep = words[k + 1];
      if (prep && /^(blandt|hos|for)$/.test(prep.lower) && !clauseBreak(prep)) {
        const g = givenGroupEnd(words, k + 2);
        if (g > k) return span(words, i, g, 'purpose');
      }
      break;
    }
  }
  // »giver børnene en god start«, »give patienten et værdigt liv«, »give alle børn og unge sunde tænder«
  // »… giver vi dem mod på fremtiden«: the subject after the verb, and »dem« for a group named before.
  const givenAt = words[i + 1]?.lower === 'vi' && !clauseBreak(words[i + 1]) ? i + 2 : i + 1;
  const givenPronoun = words[givenAt]?.lower === 'dem' && !clauseBreak(words[givenAt]) && groupNamedBefore(words, i) ? givenAt : -1;
  const given = w.lower === 'giver' || w.lower === 'give' || w.lower === 'gives' ? (givenPronoun >= 0 ? givenPronoun : givenGroupEnd(words, givenAt)) : -1;
  if (given > i) {
    for (let k = given + 1; k < Math.min(words.length, given + 7); k++) {
      const lower = words[k].lower;
      // »giver de unge en plads i fællesskabet«: a place among others is belonging, not a place in a service.
      if (/^plads(en)?$/.test(lower) && /^(i|blandt)$/.test(words[k + 1]?.lower ?? '') && /^fællesskab/.test(words[k + 2]?.lower ?? '') && !clauseBreak(words[k + 1]) && !clauseBreak(words[k + 2])) return span(words, i, k + 2, 'purpose');
      // »giver borgerne adgang til viden og fællesskab«, »giver de unge tilbud om …«: access to a service.
      if (ACCESS_NOUNS.has(lower) || activityOf(lower)) return undefined;
      // »give borgere med misbrug en ny chance«, »give hvert barn en musikalsk stemme«: a chance or a voice of their own.
      if (GIVEN_GAINS.has(lower)) return span(words, i, k, 'purpose');
      if (lower === 'mulighed' || lower === 'muligheder') {
        // »mulighed for at afdække kompetencer«: the service's process is not something the citizen gains.
        if (words[k + 1]?.lower === 'for' && words[k + 2]?.lower === 'at') return infinitiveOutcome(words, k + 3, !SMALL_VERBS.has(words[k + 3]?.lower ?? '')) ? span(words, i, k, 'purpose') : undefined;
        return span(words, i, k, 'purpose');
      }
      if (outcomeNounOrCompound(lower)) return span(words, i, k, 'purpose');
      if (LIFE_NOUNS.has(lower) && hasLifeAdjectiveBefore(words, k)) return span(words, i, k, 'purpose');
      if (givenStateAt(words, k)) return span(words, i, k + 1, 'purpose');
      // »giver medarbejderne mere tid til borgerne«, »giver familierne mere ro i hverdagen«: more of what is theirs.
      if (lower === 'mere' && words[k + 1] && !clauseBreak(words[k + 1]) && GAINS.has(words[k + 1].lower)) return span(words, i, k + 1, 'purpose');
    }
  }
  return undefined;
}

/** What the group does itself, in a slogan of outcomes (»Tryghed, leg og venskaber«). */
const SLOGAN_DOINGS = new Set(['leg', 'legen', 'bevægelse', 'nysgerrighed', 'mod', 'livsmod', 'venner']);

/**
 * A slogan that is only outcomes (»Tryghed, leg og venskaber.«, »Trivsel og læring.«): at least two of them, the
 * children's own »leg« among them, nothing else but »og«; one outcome alone is a sentence of such a slogan (»Trivsel.
 * Læring. Fællesskab.«). Also such a list fronted before a dash and »det«, the object of what follows (»Trivsel, læring
 * og glæde – det skaber vi sammen med børnene«). The index of the list's last word, or -1.
 */
function outcomeSlogan(words: Word[]): number {
  let end = words.length;
  if (end > 6) {
    end = words.findIndex((x, k) => k > 0 && k < 7 && /[–—:]/.test(x.before));
    if (end < 0 || !/^(det|dette|dem)$/.test(words[end].lower)) return -1;
  }
  const list = words.slice(0, end);
  const outcomes = list.filter((x) => OUTCOME_NOUNS.has(x.lower)).length;
  if (outcomes < 2 && !(end === 1 && outcomes === 1)) return -1;
  const onlyOutcomes = list.every((x, k) => OUTCOME_NOUNS.has(x.lower) || SLOGAN_DOINGS.has(x.lower) || (k > 0 && /^(og|samt)$/.test(x.lower)));
  return onlyOutcomes && !list.some((x, k) => k > 0 && /[.!?;:–—]/.test(x.before)) ? end - 1 : -1;
}

/** The first word of the statement's own text: after a label and its colon in the first four words (»Formål: …«). */
function labelEnd(words: Word[]): number {
  for (let k = 1; k < Math.min(words.length, 4); k++) if (words[k].before.includes(':')) return k;
  return 0;
}

/** Verbs a fronted state stands before (»Tryg skal den være«, »Trygt er det«). */
const FRONTED_STATE_VERBS = new Set(['skal', 'er', 'bliver', 'må', 'vil']);

/**
 * A state fronted before its verb and subject (»Tryg og værdig skal den sidste tid være for …«): a state of the
 * citizen's own (not a place's: »Ren skal byen være«), then a group or a life it belongs to within the sentence, and no
 * activity of the staff. Or outcomes fronted as the object of the group's »have«/»få« (»Tryghed og overblik skal
 * borgerne have«). The index of the group, the life or the verb, or -1.
 */
function frontedState(words: Word[]): number {
  // »Tryghed og overblik skal borgerne have, når …«: outcomes fronted as the object of the group's »have«, »få«.
  let n = 0;
  while (n < 5 && words[n] && OUTCOME_NOUNS.has(words[n].lower) && (n === 0 || !clauseBreak(words[n]))) n += words[n + 1]?.lower === 'og' && !clauseBreak(words[n + 1]) ? 2 : 1;
  if (n > 0 && MODAL_VERBS.has(words[n]?.lower ?? '') && !clauseBreak(words[n])) {
    const group = words[n + 1] && /^(de|alle|vores)$/.test(words[n + 1].lower) ? n + 2 : n + 1;
    if (isGroupWord(words[group]) && HAVE_GET.has(words[group + 1]?.lower ?? '') && !clauseBreak(words[group]) && !clauseBreak(words[group + 1])) return group + 1;
  }
  const stateAt = (k: number) => !!words[k] && (GROUP_OUTCOME_ADJECTIVES.has(words[k].lower) || (LIFE_ADJECTIVES.has(words[k].lower) && STATE_WORDS.has(words[k].lower)) || /^(værdig|værdigt|meningsfuld|meningsfuldt)$/.test(words[k].lower));
  if (!stateAt(0)) return -1;
  let k = 1;
  if (words[1]?.lower === 'og' && stateAt(2) && !clauseBreak(words[1]) && !clauseBreak(words[2])) k = 3;
  if (!FRONTED_STATE_VERBS.has(words[k]?.lower ?? '') || clauseBreak(words[k])) return -1;
  for (let m = k + 1; m < Math.min(words.length, k + 16); m++) {
    if (activityOf(words[m].lower) || /[.!?;]/.test(words[m].before)) return -1;
    if (isGroupWord(words[m]) || LIFE_NOUNS.has(words[m].lower) || (words[m].lower === 'tid' && words[m - 1].lower === 'sidste')) return m;
  }
  return -1;
}

/** »Livslang glæde«: an outcome that lasts a life. */
const LIFELONG = new Set(['livslang', 'livslange', 'livslangt']);

/** Comparatives of a citizen's state that can open a slogan (»Stærkere til hverdagen«). */
const SLOGAN_COMPARATIVES = new Set(['stærkere', 'tryggere', 'sundere', 'gladere', 'klogere', 'raskere', 'modigere', 'friere', 'rigere']);

/** What a group can be given as its own, not as a service (»en ny chance«, »en stemme«, »et frirum«). */
const GIVEN_GAINS = new Set(['chance', 'chancen', 'stemme', 'stemmen', 'frirum', 'pusterum', 'ståsted', 'fodfæste']);

/** What a group can be given more of, as its own (»mere tid«, »mere overskud«). */
const GAINS = new Set(['tid', 'ro', 'overskud', 'frihed', 'plads', 'energi', 'indflydelse', 'tryghed', 'luft', 'mod', 'glæde', 'selvstændighed']);

/** An outcome noun, or a compound whose head is one (»tandsundhed«, »læseglæde«, »hverdagsmestring«). */
function outcomeNounOrCompound(lower: string): boolean {
  if (OUTCOME_NOUNS.has(lower)) return true;
  for (let cut = 3; lower.length - cut >= 5; cut++) if (OUTCOME_NOUNS.has(lower.slice(cut))) return true;
  return false;
}

/** Possessive pronouns: what follows belongs to someone named before (»deres hverdag«). */
export const POSSESSIVES: ReadonlySet<string> = new Set(['deres', 'hans', 'hendes', 'sin', 'sit', 'sine']);

/** Modifiers of a compound outcome that name the people it belongs to, besides the target groups (»folkesundhed«). */
const PEOPLE_MODIFIERS = ['folke', 'befolknings'];

/** An outcome compound whose modifier names a group: »børnetrivsel«, »elevtrivslen«, »folkesundheden«. */
function groupOutcomeCompound(lower: string): boolean {
  if (OUTCOME_NOUNS.has(lower) || !outcomeNounOrCompound(lower)) return false;
  if (PEOPLE_MODIFIERS.some((m) => lower.startsWith(m))) return true;
  return targetGroupOf(lower)?.role === 'modifier';
}

/**
 * »(vi vækker) børns lyst til at læse«, »de unges mod på fremtiden«: a group's own wish or courage, with what it is
 * for; not one the staff watch or offer (»vi følger børnenes lyst til …«).
 */
function groupsWish(words: Word[], i: number): EffectEvidence | undefined {
  const w = words[i];
  if (!/s$/.test(w.lower) || !isGroupWord(w) || !words[i + 1] || clauseBreak(words[i + 1]) || !givenStateAt(words, i + 1)) return undefined;
  return framed(words, i + 1) ? undefined : span(words, i, i + 2, 'nominal');
}

/** After »give« + a group, a state it is given that is followed by what it is for (»mod på livet«, »lyst til at lære«). */
const GIVEN_STATES = new Map([['mod', 'på'], ['modet', 'på'], ['lyst', 'til'], ['lysten', 'til']]);

/** At k, one of those states with its preposition right after it (»mod på«, »lyst til«). */
function givenStateAt(words: Word[], k: number): boolean {
  const preposition = GIVEN_STATES.get(words[k]?.lower ?? '');
  return preposition !== undefined && words[k + 1]?.lower === preposition && !clauseBreak(words[k + 1]);
}

/** Nouns of access to a service: what follows them is what the service holds, not what the citizen gains. */
const ACCESS_NOUNS = new Set(['adgang', 'adgangen', 'tilbud', 'plads', 'ret', 'retten']);

/** After »give«: the group it is given to (»børnene«, »alle børn og unge«, »de ældre«); its last index or -1. */
function givenGroupEnd(words: Word[], j: number): number {
  const groupFrom = (from: number): number => {
    let k = from;
    if (/^(de|alle|vores|den|det|deres|hvert|hver)$/.test(words[k]?.lower ?? '') && !clauseBreak(words[k + 1] ?? words[k])) k++;
    if (words[k]?.lower === 'enkelte') k++;
    // »voldsramte kvinder«, »sårbare familier«: one attributive adjective before the group.
    if (words[k] && !isGroupWord(words[k]) && (isAdjectiveLike(words[k]) || ordbog().classesOf(words[k].lower).includes('A')) && !activityOf(words[k].lower) && isGroupWord(words[k + 1]) && !clauseBreak(words[k + 1])) k++;
    return isGroupWord(words[k]) && (k === from || !clauseBreak(words[k])) ? k : -1;
  };
  let k = groupFrom(j);
  if (k < 0 || clauseBreak(words[j])) return -1;
  // »børn og unge«, »voldsramte kvinder og deres børn«: coordinated groups.
  while (COORDINATION.has(words[k + 1]?.lower ?? '') && !clauseBreak(words[k + 1])) {
    const more = groupFrom(k + 2);
    if (more < 0) break;
    k = more;
  }
  return k;
}

/** A clause with the citizen as subject and a verb (»borgeren kan …«, »de ældre oplever …«). */
function citizenClauseAt(words: Word[], j: number): boolean {
  const subject = isCitizenSubject(words, j);
  if (subject < 0) return false;
  for (let k = subject + 1; k < Math.min(words.length, subject + 5); k++) {
    if (activityOf(words[k].lower) && !OUTCOME_VERBS.has(words[k].lower)) return false;
    if (outcomeVerbAt(words, k) >= 0) return true;
  }
  return false;
}

/** An infinitive (after »at«) that is an outcome: not a staff activity, not an organisational goal. */
function infinitiveOutcome(words: Word[], j: number, lenient: boolean): boolean {
  if (isCitizenSubject(words, j) >= 0) return citizenClauseAt(words, j);
  let k = j;
  if (words[k]?.lower === 'kunne') k++;
  const verb = words[k];
  if (!verb) return false;
  if (ORGANISATIONAL_GOAL_VERBS.has(verb.lower) || PROCESS_VERBS.has(verb.lower)) return false;
  if (activityOf(verb.lower) && !OUTCOME_VERBS.has(verb.lower)) return false;
  // »mulighed for at søge«, »hjælper borgerne med at udfylde skemaet«: dealing with the service is no gain.
  if (RECEIVING.has(verb.lower)) return false;
  // »mulighed for at blive undersøgt«: a passive is what is done to the citizen, unless it is a state (»hørt«, »set«).
  if (BLIVE.has(verb.lower) && passiveParticiple(words[k + 1])) return false;
  if (lenient) return true;
  return outcomeVerbAt(words, k) >= 0;
}

/** A past participle the dictionary knows only as a verb (»undersøgt«, »visiteret«), not a state (»hørt«, »tryg«). */
export function passiveParticiple(word: Word | undefined): boolean {
  if (!word || clauseBreak(word) || STATE_WORDS.has(word.lower) || !/t$/.test(word.lower)) return false;
  return !!activityOf(word.lower) || ordbog().classesOf(word.lower) === 'V';
}

/** »brug for« or »behov for« (+ a noun) just before i, in the same clause: what someone needs. */
function needBefore(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 4); k--) {
    if (clauseBreak(words[k + 1])) return false;
    if (words[k].lower === 'for' && /^(brug|behov)$/.test(words[k - 1].lower)) return true;
  }
  return false;
}

/** Staff named in the clause before i, with no group (»hvor medarbejderne … har lyst til at …«). */
function staffSubjectBefore(words: Word[], i: number): boolean {
  // Back over coordinated predicates (»hvor medarbejderne trives, udvikler sig og har lyst til …«) to the subject.
  for (let k = i - 1; k >= Math.max(0, i - 14); k--) {
    const lower = words[k].lower;
    if (isGroupWord(words[k]) || /[.;:()]/.test(words[k + 1]?.before ?? '')) return false;
    if (STAFF_NOUNS.has(lower)) return true;
    if (SUBORDINATORS.has(lower) || lower === 'vi' || lower === 'der' || lower === 'som') return false;
  }
  return false;
}

/** A group after a helping verb (»hjælper borgerne«, »støtter de unge«) among the six words before i, one clause. */
function helpedGroupBefore(words: Word[], i: number): boolean {
  let group = false;
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    // As the object, also a group never read as a subject (»få flere voksne til at bevæge sig«).
    // »hjælper vi den enkelte med at …«: »den enkelte« is the group.
    if (isGroupWord(words[j]) || (!!targetGroupOf(words[j].lower)?.entry.notSubject && targetGroupOf(words[j].lower)?.role !== 'modifier') || (words[j].lower === 'enkelte' && /^(den|det)$/.test(words[j - 1]?.lower ?? ''))) group = true;
    else if (group && HELPING_VERBS.has(words[j].lower)) return true;
    // »arrangementer, der får flere børn til at læse«: what the group is made to do is its own doing.
    else if (group && CAUSATIVE.has(words[j].lower) && words[i].lower === 'til') return true;
    if (clauseBreak(words[j])) return false;
  }
  return false;
}

const CAUSATIVE = new Set(['får', 'få', 'fik', 'fået']);

const OBJECT_PRONOUNS = new Set(['dem', 'ham', 'hende']);
const TOWARDS = HELPED_TOWARDS.map((p) => p.split(' '));

/** After a helping verb at i: its group object (within four words) and a direction phrase; the phrase's end or -1. */
function helpedTowards(words: Word[], i: number): number {
  // »unge …, som vi hjælper i uddannelse eller job«: the group is what the relative pronoun refers to.
  if (words[i - 1]?.lower === 'vi' && /^(som|der)$/.test(words[i - 2]?.lower ?? '') && groupNamedBefore(words, i - 2)) {
    for (const phrase of TOWARDS) {
      if (phrase.every((part, n) => words[i + 1 + n]?.lower === part && !clauseBreak(words[i + 1 + n]))) return i + phrase.length;
    }
  }
  for (let g = i + 1; g < Math.min(words.length, i + 5); g++) {
    if (clauseBreak(words[g])) return -1;
    // »Vi møder de unge …, og hjælper dem videre«: an object pronoun that refers back to a group named before.
    const pronoun = OBJECT_PRONOUNS.has(words[g].lower) && groupNamedBefore(words, i);
    if (!isGroupWord(words[g]) && !pronoun) continue;
    let k = g + 1;
    // »sygemeldte og ledige«: groups coordinated with it.
    while (k < words.length && !clauseBreak(words[k]) && (isGroupWord(words[k]) || (COORDINATION.has(words[k].lower) && isGroupWord(words[k + 1])))) k++;
    // »hjælpe ledige hurtigt i job«: an adverb of manner before where the group is brought.
    if (MANNER_ADVERBS.has(words[k]?.lower ?? '') && !clauseBreak(words[k])) k++;
    if (k >= words.length || clauseBreak(words[k])) return -1;
    // »mennesker i krise videre i livet«: a short description of the group before where it is brought.
    const described = DESCRIBING_PREPOSITIONS.has(words[k].lower) && words[k + 1] && !clauseBreak(words[k + 1]) && !activityOf(words[k + 1].lower);
    for (const at of described ? [k, k + 2] : [k]) {
      for (const phrase of TOWARDS) {
        if (phrase.every((part, n) => words[at + n]?.lower === part && (n === 0 || !clauseBreak(words[at + n])))) return at + phrase.length - 1;
      }
    }
    return -1;
  }
  return -1;
}

const MANNER_ADVERBS = new Set(['hurtigt', 'hurtigere', 'godt', 'trygt', 'sikkert', 'bedre', 'hurtigst', 'varigt', 'stabilt']);

/** A group among the six words before i, in the same clause (the object of »hjælper … til«). */
function groupBefore(words: Word[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    if (isGroupWord(words[j])) return true;
    if (clauseBreak(words[j])) return false;
  }
  return false;
}

function hasGroupNearby(words: Word[], k: number): boolean {
  for (let j = Math.max(0, k - 3); j < Math.min(words.length, k + 5); j++) if (isGroupWord(words[j])) return true;
  return false;
}

/** A life noun followed by »med«/»uden« and what the life holds (»et liv med venner«, »en hverdag uden misbrug«). */
function lifeDescribed(words: Word[], k: number): boolean {
  const next = words[k + 1];
  return !!next && !clauseBreak(next) && (next.lower === 'med' || next.lower === 'uden') && !!words[k + 2] && !activityOf(words[k + 2].lower) && !activityOf(words[k + 3]?.lower ?? '');
}

function hasLifeAdjectiveBefore(words: Word[], k: number): boolean {
  for (let j = Math.max(0, k - 3); j < k; j++) if (LIFE_ADJECTIVES.has(words[j].lower)) return true;
  return false;
}

/** What fills a life in »en hverdag med livskvalitet« or »en hverdag, der giver mening«. */
const LIFE_CONTENT = new Set(['mening', 'livskvalitet', 'livsglæde', 'glæde', 'indhold', 'tryghed', 'trivsel', 'værdighed', 'håb', 'livsmod']);

/**
 * »en hverdag med livskvalitet«, »et liv med mening og glæde«, »en hverdag, der giver mening«: a life noun described by
 * what fills it. The index of the content word, or undefined. Not »et liv med demens« (a condition, not a content).
 */
function describedLife(words: Word[], i: number): number | undefined {
  const next = words[i + 1];
  if (!next) return undefined;
  // »en hverdag, der giver mening«: a relative clause, with or without the comma.
  if (/^(der|som)$/.test(next.lower) && words[i + 2]?.lower === 'giver' && LIFE_CONTENT.has(words[i + 3]?.lower ?? '') && !clauseBreak(words[i + 2]) && !clauseBreak(words[i + 3])) return i + 3;
  // »et børneliv fyldt med leg, læring og gode relationer«: what the life is filled with, which may be any outcome.
  if (/^(fyldt|fuld|fuldt|præget)$/.test(next.lower) && /^(med|af)$/.test(words[i + 2]?.lower ?? '') && !clauseBreak(next) && !clauseBreak(words[i + 2])) {
    for (let k = i + 3; k < Math.min(words.length, i + 6); k++) {
      if (clauseBreak(words[k]) && !/^\s*,\s*$/.test(words[k].before)) return undefined;
      if (LIFE_CONTENT.has(words[k].lower) || OUTCOME_NOUNS.has(words[k].lower)) return k;
    }
    return undefined;
  }
  if (next.lower !== 'med' || clauseBreak(next)) return undefined;
  for (let k = i + 2; k < Math.min(words.length, i + 4); k++) {
    if (clauseBreak(words[k])) return undefined;
    if (LIFE_CONTENT.has(words[k].lower)) return k;
  }
  return undefined;
}

/** »… for alle medarbejdere«, »… for os som kolleger«: what follows gives the outcome to the staff. */
function forStaff(words: Word[], from: number): boolean {
  for (let j = from; j < Math.min(words.length, from + 6); j++) {
    if (clauseBreak(words[j]) && j !== from) return false;
    if (words[j].lower !== 'for') continue;
    for (let k = j + 1; k < Math.min(words.length, j + 4); k++) if (STAFF_NOUNS.has(words[k].lower)) return true;
    return false;
  }
  return false;
}

const WORK_FRAMES = new Set(['arbejder', 'arbejde', 'arbejdet', 'fokus', 'fokuserer', 'fokusere', 'adgang', 'ansvar', 'ansvaret']);

/** (3) a nominal outcome that belongs to the citizen. */
function nominalOutcome(words: Word[], i: number): EffectEvidence | undefined {
  const w = words[i];
  // »Rask hurtigere.«, »Tryg hele livet.«: a slogan of a few words that opens with the state it wants.
  // Not a place it calls safe (»Tryg by.«, »Trygge skoleveje.«): that is the place-centred slogan of version 1.
  // Also a comparative of such a state (»Stærkere til hverdagen«, »Tryggere hjemme«).
  if (i === 0 && words.length <= 4 && (STATE_WORDS.has(w.lower) || GROUP_OUTCOME_ADJECTIVES.has(w.lower) || SLOGAN_COMPARATIVES.has(w.lower)) && (SLOGAN_COMPARATIVES.has(w.lower) || ordbog().classesOf(w.lower).includes('A')) && !isEveryonesPlace(words[1]?.lower ?? '') && !words.some((x) => activityOf(x.lower) || MODAL_VERBS.has(x.lower))) return span(words, 0, words.length - 1, 'nominal');
  // »Tryg og værdig skal den sidste tid være for alle vores beboere«, »Trygt skal det være at færdes … – for børn«:
  // the state fronted before its verb, with the group or the life it is for further on.
  const fronted = i === 0 ? frontedState(words) : -1;
  if (fronted >= 0) return span(words, 0, fronted, 'nominal');
  const sloganEnd = i === 0 ? outcomeSlogan(words) : -1;
  if (sloganEnd >= 0) return span(words, 0, sloganEnd, 'nominal');
  // »Unge, der tør.«, »Børn, som trives.«: a slogan that is only the group and what it does; the relative clause is
  // the whole statement.
  // After a label of its own (»Kerneopgaven: Unge, der tør.«) the slogan opens after the colon.
  const o = labelEnd(words);
  if (i - o <= 1 && i >= o && words.length - o <= 7 && isGroupWord(w) && (i === o || /^(de|alle|vores|glade)$/.test(words[o].lower)) && /^(der|som)$/.test(words[i + 1]?.lower ?? '')) {
    const verb = words[i + 2];
    const rest = words.slice(i + 3);
    if (verb && !clauseBreak(verb) && !activityOf(verb.lower) && !RECEIVING.has(verb.lower) && !RECEIVING.has(verb.lower.replace(/e?r$/, 'e')) && !PROCESS_VERBS.has(verb.lower) && !/s$/.test(verb.lower) && /r$/.test(verb.lower) && ordbog().classesOf(verb.lower).includes('V') && !rest.some((x) => clauseBreak(x) || activityOf(x.lower))) return span(words, i, i + 2, 'nominal');
  }
  // »Unge, der tror på sig selv og ved, hvad de vil med deres liv.«: longer, when the relative clause's verb reads
  // as an outcome (or as knowing) on its own.
  if (i - o <= 1 && i >= o && isGroupWord(w) && (i === o || /^(de|alle|vores)$/.test(words[o].lower)) && /^(der|som)$/.test(words[i + 1]?.lower ?? '') && !clauseBreak(words[i + 2] ?? w)) {
    const end = outcomeVerbAt(words, i + 2);
    const knows = words[i + 2]?.lower === 'ved' && (/,/.test(words[i + 3]?.before ?? '') || /^(hvordan|hvad|hvor|hvem|hvornår)$/.test(words[i + 3]?.lower ?? ''));
    if (end >= 0 || knows) return span(words, i, end >= 0 ? end : i + 2, 'nominal');
  }
  // »Tryghed i eget hjem«, »Selvstændighed hjemme«: an outcome in one's own home.
  if (i === 0 && words.length <= 6 && OUTCOME_NOUNS.has(w.lower)) {
    const home = ownHomeAt(words, 1);
    if (home >= 0) return span(words, 0, home, 'nominal');
  }
  // »Læselyst for livet«, »Livslang glæde ved naturen«: a short slogan of an outcome for the whole of a life.
  if (i === 0 && words.length <= 6 && !words.some((x) => activityOf(x.lower) || MODAL_VERBS.has(x.lower))) {
    const at = LIFELONG.has(w.lower) ? 1 : 0;
    const head = words[at];
    const lifelong = at === 1 || (/^(for|hele)$/.test(words[1]?.lower ?? '') && words[2]?.lower === 'livet' && !clauseBreak(words[1]) && !clauseBreak(words[2]));
    if (head && !clauseBreak(head) && lifelong && (outcomeNounOrCompound(head.lower) || /.lyst$/.test(head.lower))) return span(words, 0, at === 1 ? 1 : 2, 'nominal');
  }
  // »så hver dag giver mening for beboeren«, »giver mening i deres liv«: meaning for the group (not »det giver
  // mening« alone, which says the work makes sense).
  if (w.lower === 'mening' && /^(giver|give|gav)$/.test(words[i - 1]?.lower ?? '') && !clauseBreak(w)) {
    const prep = words[i + 1];
    if (prep && /^(for|i)$/.test(prep.lower) && !clauseBreak(prep)) {
      for (let k = i + 2; k < Math.min(words.length, i + 5) && !clauseBreak(words[k]); k++) if (isGroupWord(words[k]) || LIFE_NOUNS.has(words[k].lower)) return span(words, i - 1, k, 'nominal');
    }
  }
  // »så hverdagen bliver lettere for familierne«, »så den sidste tid bliver så god som mulig«: a life that becomes
  // better, said of the life itself.
  if ((LIFE_NOUNS.has(w.lower) || (w.lower === 'tid' && words[i - 1]?.lower === 'sidste')) && !framed(words, i)) {
    let k = i + 1;
    // »Borgerens hverdag hænger sammen«: a life that holds together.
    if (/^(hænger|hænge)$/.test(words[k]?.lower ?? '') && words[k + 1]?.lower === 'sammen' && !clauseBreak(words[k]) && !clauseBreak(words[k + 1])) return span(words, i, k + 1, 'nominal');
    if (/^(bliver|blive|er|være)$/.test(words[k]?.lower ?? '') && !clauseBreak(words[k])) {
      k++;
      if (words[k]?.lower === 'så' && !clauseBreak(words[k])) k++;
      const state = words[k];
      // Not »hele« or »eget« (»hverdagen er hele tiden travl«), which describe no quality of a life here.
      if (state && !clauseBreak(state) && (BETTER.has(state.lower) || (LIFE_ADJECTIVES.has(state.lower) && !/^(helt|hele|eget|egen|langt|lange|længere)$/.test(state.lower)))) return span(words, i, k, 'nominal');
    }
  }
  // »Et liv uden rus.«, »En hverdag uden smerter«: a slogan that opens with the life it wants, without what it is free
  // of. (»med« needs what fills the life: »et liv med demens« is a condition, see describedLife.)
  if (LIFE_NOUNS.has(w.lower) && (i === 0 || (i === 1 && /^(et|en)$/.test(words[0].lower))) && words[i + 1]?.lower === 'uden' && lifeDescribed(words, i)) return span(words, 0, i + 2, 'nominal');
  // »Længst muligt i eget hjem.«, »… så længe som muligt i eget hjem«: how long the citizen lives at home.
  const howLong = /^(længst|længe)$/.test(words[i - 1]?.lower ?? '') ? i - 1 : words[i - 1]?.lower === 'som' && words[i - 2]?.lower === 'længe' ? i - 2 : -1;
  if (w.lower === 'muligt' && howLong >= 0 && !clauseBreak(w)) {
    const home = ownHomeAt(words, i + 1);
    if (home >= 0) return span(words, howLong, home, 'nominal');
  }
  if (LIFE_NOUNS.has(w.lower) && hasLifeAdjectiveBefore(words, i) && !framed(words, i)) {
    return span(words, Math.max(0, i - 2), i, 'nominal');
  }
  if (LIFE_NOUNS.has(w.lower) && !framed(words, i)) {
    const content = describedLife(words, i);
    if (content !== undefined && !forStaff(words, content + 1)) return span(words, i, content, 'nominal');
  }
  if (GROUP_OUTCOME_ADJECTIVES.has(w.lower)) {
    if (isGroupWord(words[i + 1]) || (isGroupWord(words[i + 2]) && !clauseBreak(words[i + 2]))) return span(words, i, i + 1, 'nominal');
  }
  if (!OUTCOME_NOUNS.has(w.lower)) return undefined;
  if (framed(words, i)) return undefined;
  // »skaber rammer for leg og læring«, »de bedste betingelser for trivsel«: the conditions for an outcome.
  const cond = conditionsBefore(words, i);
  if (cond >= 0) return span(words, cond, i, 'nominal');
  // Possessive group just before: »barnets trivsel«, »det enkelte barns udvikling«, »børn og unges trivsel«, also
  // at the head of a list the outcome ends (»børnenes motorik, nysgerrighed og glæde«).
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const prev = words[j];
    const group = targetGroupOf(prev.lower);
    if (group && group.role !== 'modifier' && prev.lower.endsWith('s')) return span(words, j, i, 'nominal');
    if (clauseBreak(words[j + 1]) && j + 1 !== i) break;
  }
  const head = listHead(words, i);
  if (head < i) {
    const owner = words[head - 1];
    const group = owner && targetGroupOf(owner.lower);
    if (group && group.role !== 'modifier' && owner.lower.endsWith('s') && !clauseBreak(words[head])) return span(words, head - 1, i, 'nominal');
  }
  // Followed by »for/hos/blandt« + group: »trivsel, læring og udvikling for alle børn«.
  for (let j = i + 1; j < Math.min(words.length, i + 10); j++) {
    const lower = words[j].lower;
    if (lower === 'for' || lower === 'hos' || lower === 'blandt') {
      // »mestring og deltagelse – for voksne med sindslidelse«: adults are the ones it is for (elsewhere »voksne« may
      // be the staff of a day care).
      for (let k = j + 1; k < Math.min(words.length, j + 4); k++) if (isGroupWord(words[k]) || (lower === 'for' && k === j + 1 && words[k].lower === 'voksne')) return span(words, i, k, 'nominal');
      // »livsglæde og sammenhold for alle«, »… for alle aldre«: everyone is the group.
      // Not the staff: »trivsel og arbejdsglæde for alle medarbejdere«.
      if (lower === 'for' && words[j + 1]?.lower === 'alle' && !clauseBreak(words[j + 1]) && !STAFF_NOUNS.has(words[j + 2]?.lower ?? '')) return span(words, i, j + 1, 'nominal');
      return undefined;
    }
    if (activityOf(lower) || lower === 'at') return undefined;
  }
  return undefined;
}

/**
 * Back from i over a list of single nouns (»motorik, nysgerrighed og glæde«): the index of its first noun, or i when i
 * ends no list.
 */
function listHead(words: Word[], i: number): number {
  let k = i;
  for (let n = 0; n < 6 && k >= 2; n++) {
    const link = words[k - 1];
    if (/^(og|samt|eller)$/.test(link.lower) && !clauseBreak(words[k]) && !clauseBreak(link) && /^\p{Ll}{3,}$/u.test(words[k - 2].lower) && !activityOf(words[k - 2].lower)) k -= 2;
    else if (/^\s*,\s*$/.test(words[k].before) && /^\p{Ll}{3,}$/u.test(link.text) && !activityOf(link.lower) && !DETERMINERS.has(link.lower)) k -= 1;
    else break;
  }
  return k;
}

/** Nouns for the conditions of an outcome (»rammer for læring«). */
const CONDITION_NOUNS = new Set(['rammer', 'rammerne', 'betingelser', 'betingelserne', 'forudsætninger', 'forudsætningerne', 'muligheder', 'mulighederne', 'grobund', 'grundlag', 'grundlaget']);

/**
 * »rammer for leg og læring«: the index of the condition noun when the outcome noun at i is what it is for (over a
 * coordinated noun phrase and its determiners), or -1.
 */
function conditionsBefore(words: Word[], i: number): number {
  let j = i - 1;
  // A list of nouns may have commas (»rammer for leg, bevægelse og læring«).
  while (j > 0 && i - j < 6 && (!clauseBreak(words[j + 1]) || /^,\s*$/.test(words[j + 1].before)) && words[j].lower !== 'for') {
    const lower = words[j].lower;
    if (activityOf(lower)) return -1;
    if (!(COORDINATION.has(lower) || DETERMINER_LIKE.has(lower) || OUTCOME_NOUNS.has(lower) || /^\p{Ll}+$/u.test(words[j].text))) return -1;
    j--;
  }
  if (j < 1 || words[j].lower !== 'for' || clauseBreak(words[j + 1]) || clauseBreak(words[j])) return -1;
  return CONDITION_NOUNS.has(words[j - 1].lower) ? j - 1 : -1;
}

/** »vi arbejder med barnets trivsel og udvikling«: the outcome is a work area, not an effect. */
function framed(words: Word[], i: number): boolean {
  // »stiller bøger og digitale ressourcer gratis til rådighed«: what is put at someone's disposal is offered.
  for (let k = i + 1; k < Math.min(words.length - 1, i + 4) && !clauseBreak(words[k]); k++) if (words[k].lower === 'til' && words[k + 1].lower === 'rådighed') return true;
  // Walk back over a coordinated noun phrase (»trivsel, læring og udvikling«, »det enkelte barns«).
  let j = i;
  while (j > 0 && i - j < 12 && (!clauseBreak(words[j]) || OUTCOME_NOUNS.has(words[j - 1].lower))) {
    const prev = words[j - 1].lower;
    if (OUTCOME_NOUNS.has(prev) || LIFE_NOUNS.has(prev) || COORDINATION.has(prev) || isGroupWord(words[j - 1]) || DETERMINER_LIKE.has(prev)) j--;
    else break;
  }
  for (let k = Math.max(0, j - 3); k < j; k++) {
    const lower = words[k].lower;
    // »vi arbejder for børnenes trivsel« works towards it; »arbejder med«, »fokus på« make it a work area.
    if (WORK_FRAMES.has(lower) && words[k + 1]?.lower !== 'for') return true;
    // »tilbyder et fællesskab for …«, »leverer læring«: an outcome offered is the service; »afklare borgerens behov
    // og muligheder«: what a process of the service maps out.
    // »vi følger barnets trivsel«, »måler borgernes tilfredshed«: what is watched or assessed is not brought about.
    if ((OFFERING.has(lower) || PROCESS_VERBS.has(lower) || MONITOR_VERBS.has(lower)) && !words.slice(k + 1, j).some((x) => clauseBreak(x))) return true;
  }
  // »vejleder forældrene om børnenes trivsel«, »underviser om sund kost«: the topic of the staff's activity. Not
  // »samarbejder med forældrene om børnenes udvikling« (a shared aim) or »handler om børnenes trivsel«.
  if (words[j - 1]?.lower === 'om' && !clauseBreak(words[j])) {
    for (let k = j - 2; k >= Math.max(0, j - 6); k--) {
      if (activityOf(words[k].lower)) return true;
      if (clauseBreak(words[k + 1])) break;
    }
  }
  return false;
}

const COORDINATION = new Set(['og', 'samt', 'eller']);
const OFFERING = new Set(['tilbyder', 'tilbyde', 'tilbydes', 'leverer', 'levere', 'leveres', 'yder', 'yde', 'ydes', 'stiller', 'stille', 'stilles', 'udlåner', 'udlåne']);
const DETERMINER_LIKE = new Set(['det', 'den', 'de', 'enkelte', 'deres', 'sin', 'sit', 'sine', 'hele', 'gode', 'god', 'godt']);
