// Judges whether a unit reflects each of the four dimensions, from its text and its dimension sub-headings.
import { DIMENSIONS, type DimensionEntry } from '../data/dimensioner';
import { findEffect, groupNamedBefore, isGroupWord, isNumber, POSSESSIVES } from './effect';
import { COPULA_VERBS, GROUP_OUTCOME_ADJECTIVES, LIFE_NOUNS, OUTCOME_NOUNS, OUTCOME_VERBS } from '../data/effekt';
import { ordbog } from './ordbog';
import { isEveryonesPlace } from './structures';
import { activityOf, currentLexicon, lexiconOfUnit, phraseAt, targetGroupOf, withLexicon } from './lexicon';
import { listReadings, unitSentences } from '../statements/units';
import type { DimensionKey, KerneopgaveUnit, OffsetRange, Sentence, Word } from '../types';

export interface DimensionEvidence extends OffsetRange {
  source: 'heading' | 'text';
}

/** For each dimension, where the unit reflects it (or undefined when it does not); cached per unit and lexicon. */
export function dimensionsOf(unit: KerneopgaveUnit): Record<DimensionKey, DimensionEvidence | undefined> {
  const lexicon = lexiconOfUnit(unit);
  const cache = lexicon.caches.dimensions as WeakMap<KerneopgaveUnit, Record<DimensionKey, DimensionEvidence | undefined>>;
  let result = cache.get(unit);
  if (!result) {
    result = withLexicon(lexicon, () => computeDimensions(unit));
    cache.set(unit, result);
  }
  return result;
}

function computeDimensions(unit: KerneopgaveUnit): Record<DimensionKey, DimensionEvidence | undefined> {
  const sentences = unitSentences(unit);
  const result = {} as Record<DimensionKey, DimensionEvidence | undefined>;
  for (const d of DIMENSIONS) {
    // A section whose text is still the template's question does not answer its dimension.
    const section = unit.dimensionSections.find((s) => s.dimension === d.key && s.blocks.some((b) => !/\?\s*$/.test(b.text)));
    result[d.key] = section
      ? { start: section.heading.start, end: section.heading.end, source: 'heading' }
      : fromText(d, d.key === 'vaerdi' ? [...sentences, ...listReadings(unit)] : sentences);
  }
  return result;
}

function fromText(d: DimensionEntry, sentences: Sentence[]): DimensionEvidence | undefined {
  for (const s of sentences) {
    if (/\?\s*$/.test(s.text)) continue;
    const hit = d.key === 'vaerdi' ? findEffect(s) ?? cueIn(d, s.words) : d.key === 'maalgruppe' ? concreteGroup(s.words) : cueIn(d, s.words);
    if (hit) return { start: hit.start, end: hit.end, source: 'text' };
  }
  return undefined;
}

/** A dimension's cues, split into words and indexed by their first word (a cue is tried only where it can start). */
interface Cue {
  parts: string[];
  phrase: string;
  notAfter?: ReadonlySet<string>;
  notBefore?: RegExp;
}
const cueCache = new Map<DimensionEntry, Map<string, Cue[]>>();

function cuesOf(d: DimensionEntry): Map<string, Cue[]> {
  let cues = cueCache.get(d);
  if (!cues) {
    cues = new Map();
    for (const c of d.cues) {
      const parts = c.split(' ');
      const exception = d.cueExceptions?.[parts[0]];
      const cue: Cue = { parts, phrase: c, notAfter: exception?.notAfter && new Set(exception.notAfter), notBefore: exception?.notBefore };
      const list = cues.get(parts[0]);
      if (list) list.push(cue);
      else cues.set(parts[0], [cue]);
    }
    cueCache.set(d, cues);
  }
  return cues;
}

/** True when the cue's words follow from word i on, with no clause punctuation inside the phrase. */
function cueAt(parts: string[], words: Word[], i: number): boolean {
  for (let k = 1; k < parts.length; k++) {
    const w = words[i + k];
    // A cue of several words is one phrase: »kendetegnes ved, at« is not »ved at«.
    if (!w || w.lower !== parts[k] || /[,;:()]/.test(w.before)) return false;
  }
  return true;
}

function cueIn(d: DimensionEntry, words: Word[]): OffsetRange | undefined {
  const cues = cuesOf(d);
  for (let i = 0; i < words.length; i++) {
    for (const { parts, phrase, notAfter, notBefore } of cues.get(words[i].lower) ?? NO_CUES) {
      if (!cueAt(parts, words, i)) continue;
      if (notAfter?.has(words[i - 1]?.lower ?? '') || notBefore?.test(words[i + parts.length]?.lower ?? '')) continue;
      // »borgeren i centrum« is a stance towards the person; »udvikling er i centrum« names a priority.
      if (d.key === 'tilgang' && phrase === 'i centrum') {
        if (isGroupWord(words[i - 1])) return { start: words[i - 1].start, end: words[i + 1].end };
        continue;
      }
      // »eleverne er med til at forme undervisningen« involves them; »skolen er med til at give …« is a contribution.
      if (d.key === 'tilgang' && phrase === 'med til at' && !citizenCompany(words, i, true)) continue;
      if (d.key === 'tilgang' && PARTNERSHIP_CUES.has(parts[0]) && parts[1] !== 'mødet' && parts[1] !== 'øjenhøjde' && citizenCompany(words, i)) continue;
      if (d.key === 'tilgang' && peersOrSkill(words, i, parts.length)) continue;
      return { start: words[i].start, end: words[i + parts.length - 1].end };
    }
    // »Borgeren først«, »barnet først – hver gang«: the person put first is the stance of the work.
    if (d.key === 'tilgang' && words[i].lower === 'først' && isGroupWord(words[i - 1]) && !/[,;:()]/.test(words[i].before) && (i === 1 || /[.!?:]/.test(words[i - 1].before))) {
      return { start: words[i - 1].start, end: words[i].end };
    }
    if (d.key === 'tilgang' && (words[i].lower === 'gennem' || words[i].lower === 'via') && words[i + 1] && !NOT_A_MEANS.has(words[i + 1].lower)) {
      // »gennem leg og bevægelse«, »via trygge relationer«: the means by which the work is done.
      return { start: words[i].start, end: words[i + 1].end };
    }
    if (d.key === 'ambition') {
      // »alle børn«, »hvert barn«, »ingen unge«: the ambition that no one is left out, where it sets the level (the
      // subject of what should happen), not as the receivers of a service (»tilbud til alle børn«).
      // Nor as the subject of the service's passive (»Alle unge i kommunen tilbydes vejledning«).
      if (/^(alle|ingen|intet|hvert|hver|ethvert|enhver)$/.test(words[i].lower) && isGroupWord(words[i + 1]) && !(words[i].lower === 'alle' && PREPOSITIONS_BEFORE_GROUP.has(words[i - 1]?.lower ?? '') && !outcomeForAll(words, i)) && !servicePassiveAfter(words, i + 2)) {
        return { start: words[i].start, end: words[i + 1].end };
      }
      // »Alle skal kunne læse …«, »at ingen må stå alene«: everyone, as the subject of what should happen.
      // »… og alle kan finde skygge«, »så ingen står uden penge«, »og ingen bliver dræbt«: »ingen« as the subject of
      // any verb (no one at all), »alle« of a modal.
      const opensClause = i === 0 || /[,;:.–]/.test(words[i].before) || /^(at|så|og)$/.test(words[i - 1].lower);
      if (/^(alle|ingen)$/.test(words[i].lower) && opensClause && words[i + 1] && !/[,;:.]/.test(words[i + 1].before) && (/^(skal|kan|må|bør|vil)$/.test(words[i + 1].lower) || (words[i].lower === 'ingen' && presentVerb(words[i + 1])))) {
        return { start: words[i].start, end: words[i + 1].end };
      }
      // »svar inden for 24 timer«, »besvarer alle nødkald inden for 30 minutter«: a time the unit holds itself to.
      if (words[i].lower === 'inden' && words[i + 1]?.lower === 'for' && isNumber(words[i + 2]) && TIME_UNITS.has(words[i + 3]?.lower ?? '')) {
        return { start: words[i].start, end: words[i + 3].end };
      }
      // »nul i 2030«, »inden 2030«, »et klimaneutralt lokalsamfund i 2040«: a year the aim is set for.
      if (/^(i|inden|senest|før)$/.test(words[i].lower) && /^20\d\d$/.test(words[i + 1]?.text ?? '') && !/[,;:.()]/.test(words[i + 1].before)) {
        return { start: words[i].start, end: words[i + 1].end };
      }
      // »mindst én voksen, de kan stole på«, »mindst 90 %«: a floor one can count.
      if (words[i].lower === 'mindst' && (/^(én|et|en)$/.test(words[i + 1]?.lower ?? '') || (isNumber(words[i + 1]) && (/^(procent|pct)$/.test(words[i + 2]?.lower ?? '') || /%/.test(words[i + 2]?.before ?? words[i + 1].text)))) && !/[,;:.]/.test(words[i + 1].before)) {
        return { start: words[i].start, end: words[i + 1].end };
      }
      // »så færre familier får vand i kælderen«, »flere sygemeldte skal tilbage …«, »færre end 5 % …«, »… end i dag«:
      // a change counted in the group, stated as an aim, sets a level one can measure. Not a count stated as a fact
      // (»takket være indsatsen kan flere unge …«), nor how many the staff reach (»vi visiterer flere borgere«).
      if (/^(flere|færre)$/.test(words[i].lower) && !activityBefore(words, i) && (anyGroup(words[i + 1]) || (anyGroup(words[i + 2]) && !/[,;:()]/.test(words[i + 2].before) && /e$/.test(words[i + 1]?.lower ?? '')) || (words[i + 1]?.lower === 'end' && /^\d/.test(words[i + 2]?.text ?? '')) || countedPronoun(words, i)) && countAsAim(words, i)) {
        return { start: words[i].start, end: words[i + 1].end };
      }
      // »Mindst 95 procent af vores elever …«, »90 % af borgerne …«, »otte ud af ti …«: a share one can measure.
      if (/^\d/.test(words[i].text) && ((/^(procent|pct)$/.test(words[i + 1]?.lower ?? '') && words[i + 2]?.lower === 'af') || (words[i + 1]?.lower === 'af' && /%/.test(words[i + 1].before)))) {
        return { start: words[i].start, end: words[i + 1].end };
      }
      if (words[i].lower === 'ud' && words[i + 1]?.lower === 'af' && isNumber(words[i - 1]) && isNumber(words[i + 2])) {
        return { start: words[i - 1].start, end: words[i + 2].end };
      }
      // »de bedst mulige levevilkår«, »i højest muligt omfang«: the highest level there is.
      // But »at hjælpe vores borgere bedst muligt«: an adverb to the staff's activity says how well they work.
      if (/^(bedst|højest|størst|mest|længst|mindst|flest|færrest|hurtigst)$/.test(words[i].lower) && /^mulig[te]?$/.test(words[i + 1]?.lower ?? '') && !(words[i + 1].lower === 'muligt' && activityBefore(words, i))) return { start: words[i].start, end: words[i + 1].end };
      // »så selvstændigt som muligt«, »så hurtigt som muligt«: the level, as far as it goes.
      if (words[i].lower === 'så' && words[i + 2]?.lower === 'som' && /^mulig[t]?$/.test(words[i + 3]?.lower ?? '')) {
        return { start: words[i].start, end: words[i + 3].end };
      }
      // »så mange unge mennesker som muligt«, »så mange af vores elever som muligt«: as many of the group as can be.
      if (words[i].lower === 'så' && /^(mange|meget)$/.test(words[i + 1]?.lower ?? '')) {
        for (let k = i + 2; k < Math.min(words.length - 1, i + 7); k++) {
          if (/[,;:()]/.test(words[k].before)) break;
          if (words[k].lower === 'som' && /^mulig[t]?$/.test(words[k + 1].lower)) return { start: words[i].start, end: words[k + 1].end };
        }
      }
      // »et så selvstændigt liv som muligt«: the adjective with its noun.
      if (words[i].lower === 'så' && words[i + 3]?.lower === 'som' && /^mulig[t]?$/.test(words[i + 4]?.lower ?? '') && !/[,;:]/.test(words[i + 3].before)) {
        return { start: words[i].start, end: words[i + 4].end };
      }
      // »så dygtig, som han eller hun kan«, »så selvhjulpne, de kan«: as far as the person can go.
      const far = asFarAsTheyCan(words, i);
      if (far >= 0) return { start: words[i].start, end: words[far].end };
    }
  }
  return undefined;
}

const NO_CUES: Cue[] = [];

/** Units of time a service target is counted in. */
const TIME_UNITS = new Set(['minut', 'minutter', 'time', 'timer', 'dag', 'dage', 'døgn', 'hverdag', 'hverdage', 'uge', 'uger', 'måned', 'måneder']);

/** A present-tense verb (»står«, »bliver«, »mister«): the dictionary knows it as a verb, and it ends in -r. */
function presentVerb(word: Word): boolean {
  return /r$/.test(word.lower) && word.lower.length > 2 && ordbog().classesOf(word.lower).includes('V') && !isGroupWord(word);
}

/**
 * »flere« or »færre« standing for the group: »så flere af dem tror på sig selv«, »så flere kan passe deres egne
 * sager«, »så flere oplever …«: before »af« and the group or a pronoun, or as the subject of a verb.
 */
function countedPronoun(words: Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next || /[,;:.()]/.test(next.before)) return false;
  if (next.lower === 'af') return /^(dem|os|de|vores|jer)$/.test(words[i + 2]?.lower ?? '') || anyGroup(words[i + 2]) || anyGroup(words[i + 3]);
  return /^(skal|kan|vil|må|får|har|bliver|oplever|føler|kommer|er)$/.test(next.lower) || presentVerb(next);
}

/**
 * The count at i is an aim: in a clause of purpose (»så færre …«, »for at flere …«), with »skal« or »vil« in its
 * clause, compared (»færre end 5 %«, »… end i dag«), or stated as what is so (»Flere borgere bevæger sig«, »Færre
 * kommer til skade ved brand«): a direction one can count. Not a count credited to what was done (»Takket være
 * indsatsen kan flere unge …«): that reports a result.
 */
function countAsAim(words: Word[], i: number): boolean {
  const opens = (k: number) => k === 0 || /[,;:.!?()–]/.test(words[k].before);
  for (let k = i - 1; k >= Math.max(0, i - 8) && !opens(k + 1); k--) {
    if (words[k].lower === 'takket' || (words[k].lower === 'grund' && words[k - 1]?.lower === 'på')) return false;
  }
  if (opens(i)) return true;
  for (let k = i - 1; k >= Math.max(0, i - 3) && !opens(k + 1); k--) {
    if (/^(så|at)$/.test(words[k].lower) || /^(skal|vil)$/.test(words[k].lower)) return true;
  }
  // Forward, a dash adds to the same clause (»Flere … vender tilbage – hurtigere end i dag«).
  for (let k = i + 1; k < Math.min(words.length, i + 14) && !/[,;:.!?()]/.test(words[k].before); k++) {
    if (words[k].lower === 'end' || (k < i + 5 && /^(skal|vil)$/.test(words[k].lower))) return true;
  }
  return false;
}

/** A group word, also one that is never read as a subject (»flere voksne«). */
function anyGroup(word: Word | undefined): boolean {
  const match = word && targetGroupOf(word.lower);
  return !!match && match.role !== 'modifier';
}

/** From k, within the clause: a passive of the staff's activity (»tilbydes«, »visiteres«), after the group's description. */
function servicePassiveAfter(words: Word[], k: number): boolean {
  for (let m = k; m < Math.min(words.length, k + 5); m++) {
    if (/[,;:()]/.test(words[m].before)) return false;
    if (/s$/.test(words[m].lower) && activityOf(words[m].lower)) return true;
  }
  return false;
}

/** A staff activity among the four words before i, in the same clause (»hjælpe vores borgere bedst muligt«). */
function activityBefore(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (activityOf(words[k].lower)) return true;
    if (/[,;:()]/.test(words[k].before)) return false;
  }
  return false;
}

/**
 * »trivsel og læring for alle børn«, »et godt liv for alle ældre«: an outcome for everyone in the group sets the
 * level, where »tilbud til alle børn« only says who gets the service. »for« right after the outcome's phrase.
 */
function outcomeForAll(words: Word[], i: number): boolean {
  if (words[i - 1]?.lower !== 'for' || /[,;:()]/.test(words[i].before)) return false;
  let outcome = false;
  // Back to the clause's start: an outcome noun, and no activity of the staff (»vi tilbyder læring for alle børn«).
  for (let k = i - 2; k >= 0; k--) {
    const lower = words[k].lower;
    if (activityOf(lower)) return false;
    if (k >= i - 6 && (OUTCOME_NOUNS.has(lower) || LIFE_NOUNS.has(lower))) outcome = true;
    if (/[,;:()]/.test(words[k].before) && !/^(og|eller|samt)$/.test(words[k].lower) && !outcome) return false;
    if (/[.;:()]/.test(words[k].before)) break;
  }
  return outcome;
}

const PERSON_PRONOUNS = new Set(['han', 'hun', 'de', 'den', 'det', 'man', 'vedkommende', 'eller']);

/** »så ADJ[,] [som] PRON[ eller PRON] kan|formår|magter«: the index of the modal, or -1. */
function asFarAsTheyCan(words: Word[], i: number): number {
  if (words[i].lower !== 'så' || !words[i + 1]) return -1;
  let j = i + 2;
  if (words[j]?.lower === 'som') j++;
  const first = j;
  while (j < words.length && j < first + 3 && PERSON_PRONOUNS.has(words[j].lower)) j++;
  if (j === first || words[j - 1].lower === 'eller') return -1;
  return /^(kan|formår|magter|evner)$/.test(words[j]?.lower ?? '') ? j : -1;
}

const PARTNERSHIP_CUES = new Set(['sammen', 'samarbejde', 'samarbejder', 'samarbejdede', 'i', 'samspil', 'dialog']);
const PREPOSITIONS_BEFORE_GROUP = new Set(['for', 'til', 'overfor', 'over', 'hos', 'blandt', 'med', 'af', 'mod']);
const NOT_A_MEANS = new Set(['hele', 'livet', 'året', 'årene', 'tiden', 'alle', 'mange', 'flere']);

/**
 * »borgere kan være sammen med andre«: the group's own company, not how the staff work. With `pronouns`, also a
 * pronoun that refers back to a group named before it (»…, hvor de selv er med til at …«): for »med til at«, where
 * the group taking part is the approach; not for »sammen med«, where »de sammen med de voksne« is the staff's.
 */
function citizenCompany(words: Word[], i: number, pronouns = false): boolean {
  // »Familier med et nyfødt barn får en god start på livet sammen«: a bare »sammen« belongs to its clause's subject.
  const bare = words[i].lower === 'sammen' && words[i + 1]?.lower !== 'med';
  for (let j = i - 1; j >= Math.max(0, bare ? i - 12 : i - 5); j--) {
    // »… og deres pårørende – i tæt samarbejde med skolen«: after a dash the phrase belongs to the whole clause.
    if (/[–—]/.test(words[j + 1].before)) return false;
    if (words[j].lower === 'vi' || activityOf(words[j].lower)) return false;
    // »vurderer borgerens behov i dialog med borgeren«: a group's genitive owns the staff's object; it cooperates with
    // no one.
    if (isGroupWord(words[j]) && /s$/.test(words[j].lower) && j + 1 < i && !isGroupWord(words[j + 1]) && !/[,;:()]/.test(words[j + 1].before)) return false;
    if (isGroupWord(words[j])) {
      // »trivsel for alle elever i samarbejde med forældrene«: a group governed by a preposition is not the one who
      // cooperates; the staff do. Also past groups coordinated before it (»i forhold til børn og unge …«).
      // Over determiners and possessives too (»unge og deres pårørende«).
      let k = j - 1;
      for (;;) {
        while (k >= 0 && /^(alle|de|den|det|hvert|hver|vores|kommunens|deres|sine|sin|sit)$/.test(words[k].lower)) k--;
        if (k >= 1 && COORDINATORS.has(words[k].lower) && isGroupWord(words[k - 1]) && !/[,;:()]/.test(words[k].before)) k -= 2;
        else break;
      }
      // »støtter plejefamilierne og arbejder tæt sammen med …«: the group is the object of the staff's verb.
      if (k >= 0 && activityOf(words[k].lower) && !/[,;:()]/.test(words[k + 1].before)) return false;
      return !(k >= 0 && PREPOSITIONS_BEFORE_GROUP.has(words[k].lower) && !/[,;:()]/.test(words[k + 1].before));
    }
    // »patienter …, hvor de selv er med til at …«: a pronoun that refers back to a group named before it.
    if (pronouns && /^(de|han|hun)$/.test(words[j].lower) && groupNamedBefore(words, j)) return true;
    if (/[,;:()]/.test(words[j + 1].before)) return false;
  }
  return false;
}

/** Other people, as company of the citizen (»træne sammen med andre«, »lege med hinanden«). */
const PEERS = new Set(['andre', 'hinanden', 'venner', 'vennerne', 'kammerater', 'kammeraterne', 'jævnaldrende', 'ligesindede']);
/** Before »at samarbejde«: a skill the citizen has or learns (»evnen til at samarbejde«, »lærer at samarbejde«). */
const SKILL_FRAMES = new Set(['evnen', 'evne', 'lærer', 'lære', 'lært', 'kan', 'kunne']);

/**
 * A cue of cooperation at i (of n words) that is the citizen's own company or skill, not how the staff work:
 * »hvor de kan træne sammen med andre«, »alene og sammen med andre«, »evnen til at samarbejde med andre«.
 */
function peersOrSkill(words: Word[], i: number, n: number): boolean {
  const last = words[i + n - 1];
  if (/^samarbejd/.test(words[i].lower) && words[i - 1]?.lower === 'at' && (SKILL_FRAMES.has(words[i - 2]?.lower ?? '') || (words[i - 2]?.lower === 'til' && SKILL_FRAMES.has(words[i - 3]?.lower ?? '')))) return true;
  if (last.lower !== 'med' && !(last.lower === 'sammen' && n === 1 && words[i + 1]?.lower === 'med')) return false;
  const at = last.lower === 'med' ? i + n : i + n + 1;
  const peer = words[at];
  if (!peer || !PEERS.has(peer.lower) || /[,;:()]/.test(peer.before)) return false;
  const after = words[at + 1];
  if (after && !/[,;:.()–—]/.test(after.before) && !/^(og|eller|i|om|på)$/.test(after.lower)) return false;
  // »Vi arbejder sammen med andre«: the staff's own cooperation.
  for (let k = i - 1; k >= 0; k--) {
    if (words[k].lower === 'vi') return false;
    if (/[,;:.()–—]/.test(words[k + 1].before)) break;
  }
  return true;
}

const COORDINATORS = new Set(['og', 'eller', 'samt']);
/** Groups named by an adjective, which after a copula is the predicate (»de er syge«, »når de bliver ældre«). */
const PREDICATE_GROUPS = new Set(['ældre', 'ung', 'syg', 'ledig', 'sygemeldt', 'handicappet']);
/**
 * Words after »i« that do not narrow a group: places where everyone lives (»borgere i kommunen«; »borgere i eget
 * hjem« is where the home care meets everyone it serves, so it does not say who they are) and fixed phrases
 * (»i stand til«, »i gang«, »i øjenhøjde«, »i centrum«).
 */
const NOT_NARROWING_AFTER_I = new Set(['øjenhøjde', 'stand', 'stedet', 'gang', 'tide', 'dag', 'dagligdagen', 'hverdagen', 'eget', 'egen', 'deres', 'sit', 'sin', 'hjemmet', 'hjem', 'bolig', 'boligen', 'kommunen', 'kommune', 'byen', 'området', 'landet', 'lokalområdet', 'lokalsamfundet', 'regionen', 'samfundet', 'hele', 'alle', 'vores', 'den', 'det', 'de', 'centrum', 'fokus', 'højsædet']);
/** Verbs of contacting the unit, which in a relative clause after a generic group do not narrow it. */
const CONTACT_VERBS = new Set(['henvender', 'henvendte', 'kontakter', 'kontaktede', 'ringer', 'skriver', 'kommer', 'besøger', 'bruger', 'benytter', 'møder']);
const QUALIFIERS_AFTER = new Set(['med', 'som', 'der', 'over', 'under', 'mellem', 'uden', 'efter']);
const NOT_QUALIFIERS = new Set([
  'den', 'det', 'alle', 'vores', 'vor', 'jeres', 'deres', 'sine', 'sin', 'kommunens', 'til', 'for', 'og', 'af', 'at', 'en',
  'et', 'hver', 'enhver', 'mange', 'flere', 'færre', 'flest', 'færrest', 'mulige', 'rigtige', 'rette', 'samme', 'begge', 'næste', 'andre', 'øvrige', 'samtlige', 'nuværende', 'kommende', 'enkelte',
]);

/**
 * A concrete target group: a specific group (»børn«, »ældre«, »beboere«), a compound with one as its head
 * (»skolebørn«, »dialysepatienter«), or a generic group that is qualified (»borgere med handicap«,
 * »ældre borgere«, »borgere, som bor i eget hjem«). »Borgerne« alone names everyone.
 */
export function concreteGroup(words: Word[]): OffsetRange | undefined {
  // The workplace's own multiword groups (ordliste.maalgrupper: »de unge i klubben«) are concrete as they stand.
  const phrases = currentLexicon().groupPhrases;
  if (phrases.length > 0) {
    const lowers = words.map((w) => w.lower);
    for (let i = 0; i < words.length; i++) {
      for (const phrase of phrases) {
        const last = phraseAt(lowers, i, phrase);
        if (last >= 0) return { start: words[i].start, end: words[last].end };
      }
    }
  }
  for (let i = 0; i < words.length; i++) {
    // »når de forlader 6. klasse«, »elever i 0.-3. klasse«: a school year names its pupils.
    if (/^(klasse|klassetrin)$/.test(words[i].lower) && /^\d+$/.test(words[i - 1]?.text ?? '') && /\.\s*$/.test(words[i].before)) return { start: words[i - 1].start, end: words[i].end };
    const relative = groupByRelative(words, i);
    if (relative) return relative;
    const match = targetGroupOf(words[i].lower);
    if (!match || match.role === 'modifier') continue;
    const w = words[i];
    // »deres egen, deres families og deres bys historie«: a group's own family, named as an owner, is not the group.
    if (POSSESSIVES.has(words[i - 1]?.lower ?? '') && /s$/.test(w.lower) && match.role === 'word') continue;
    // »et godt liv – som barn og som voksen«: a stage of life, not a group the unit serves.
    if (words[i - 1]?.lower === 'som' && (COORDINATORS.has(words[i + 1]?.lower ?? '') || !words[i + 1] || /[,.;:–]/.test(words[i + 1].before))) continue;
    // »når de bliver ældre«, »færre er syge«: an adjective after a copula is a predicate, not a group.
    // But »Målgruppen er unge …« names the group.
    if (PREDICATE_GROUPS.has(match.entry.lemma) && COPULA_VERBS.has(words[i - 1]?.lower ?? '') && !/[,;:]/.test(w.before) && !words.slice(Math.max(0, i - 4), i).some((x) => /^målgrupp/.test(x.lower))) continue;
    // »børn og voksne«, »unge og voksne«: a group together with the adults is everyone.
    if (words[i + 1]?.lower === 'og' && /^voksne$/.test(words[i + 2]?.lower ?? '') && !QUALIFIERS_AFTER.has(words[i + 3]?.lower ?? '') && !/[,;:]/.test(words[i + 1].before)) continue;
    // »borgere og virksomheder«, »borgeres potentiale … og at virksomhederne har …«: beside a generic group in the same
    // sentence, everyone.
    if (match.entry.broadBeside && words.some((x) => !!targetGroupOf(x.lower)?.entry.generic)) continue;
    if (!match.entry.generic) {
      // »ældre« compares (»ældre end«) or qualifies (»ældre borgere«, still concrete).
      if (match.entry.lemma === 'ældre' && words[i + 1]?.lower === 'end') continue;
      return { start: w.start, end: w.end };
    }
    if (match.role === 'head') return { start: w.start, end: w.end };
    const next = words[i + 1];
    // »borgere og virksomheder, som …«: coordinated generic groups name everyone; a clause after them does not narrow.
    const coordinatedGeneric = COORDINATORS.has(words[i - 1]?.lower ?? '') && !!targetGroupOf(words[i - 2]?.lower ?? '')?.entry.generic;
    // »hjælper mennesker med at …«: »med at« belongs to the verb, it does not narrow the group.
    // »patienter efter en operation«; not »efter behov«, »efter aftale«, the way the service is given.
    const afterService = next?.lower === 'efter' && (/^(behov|behovet|aftale|loven|reglerne|ønske|henvendelse)$/.test(words[i + 2]?.lower ?? '') || serviceAfter(words, i + 2));
    // »voksne (18–64 år)«, »unge (15-25 år)«: an age in a parenthesis narrows the group.
    if (next && next.before.includes('(') && /^\d/.test(next.text)) return { start: w.start, end: next.end };
    // »borgere, der henvender sig hos os«: everyone who contacts the unit is everyone it serves.
    const contacting = (next?.lower === 'der' || next?.lower === 'som') && CONTACT_VERBS.has(words[i + 2]?.lower ?? '');
    if (next && QUALIFIERS_AFTER.has(next.lower) && !coordinatedGeneric && !afterService && !contacting && !(next.lower === 'med' && words[i + 2]?.lower === 'at')) {
      return { start: w.start, end: next.end };
    }
    // »mennesker i krise«, »unge i behandling«; not a place that is everyone (»borgere i kommunen«, »i Lejre«,
    // »i eget hjem«).
    const place = words[i + 2];
    if (next?.lower === 'i' && place && !/[,;:]/.test(next.before + place.before) && !coordinatedGeneric && /^\p{Ll}/u.test(place.text) && !NOT_NARROWING_AFTER_I.has(place.lower) && !placeAfterArticle(words, i + 2)) {
      return { start: w.start, end: place.end };
    }
    const prev = words[i - 1];
    if (prev && isAttributive(words, i - 1) && !/[,;:]/.test(w.before)) {
      return { start: prev.start, end: w.end };
    }
  }
  return undefined;
}

/** Pronouns a relative clause turns into a group (»alle, der har et problem med alkohol«, »dem, som mister«). */
const RELATIVE_HEADS = new Set(['alle', 'enhver', 'dem', 'de']);

/**
 * A group named by what its members have or do: »alle, der har et problem med alkohol«, »enhver, som mister sit
 * job«, »de, der har brug for os«. Not everyone who contacts the unit (»alle, der henvender sig«) or lives where
 * everyone lives (»alle, der bor i kommunen«), and not »de« as an article (»de borgere, der …« is read at its noun).
 */
function groupByRelative(words: Word[], i: number): OffsetRange | undefined {
  const w = words[i];
  const rel = words[i + 1];
  const verb = words[i + 2];
  if (!RELATIVE_HEADS.has(w.lower) || !rel || !verb || !/^(der|som)$/.test(rel.lower) || /[.;:()–]/.test(rel.before + verb.before)) return undefined;
  if (w.lower === 'de' && !/,/.test(rel.before)) return undefined;
  if (CONTACT_VERBS.has(verb.lower)) return undefined;
  if (/^(bor|lever|færdes|opholder|arbejder)$/.test(verb.lower)) {
    // »alle, der bor eller arbejder i kommunen«: verbs of being there coordinated before the place.
    let at = i + 3;
    while (/^(og|eller)$/.test(words[at]?.lower ?? '') && /^(bor|lever|færdes|opholder|arbejder|besøger)$/.test(words[at + 1]?.lower ?? '')) at += 2;
    const place = words[at + 1];
    if (words[at]?.lower === 'i' && place && (NOT_NARROWING_AFTER_I.has(place.lower) || isEveryonesPlace(place.lower) || /^\p{Lu}/u.test(place.text))) return undefined;
  }
  // The relative clause needs a predicate of its own: »alle, der har …«, not »alle, der er« alone.
  const end = words[i + 3] && !/[.;:,]/.test(words[i + 3].before) ? words[i + 3] : verb;
  return { start: w.start, end: end.end };
}

/** At k, after »efter«: a course of the service (»efter et forløb hos os«), not an event in the person's life. */
function serviceAfter(words: Word[], k: number): boolean {
  const m = /^(en|et|endt|endte|det|den)$/.test(words[k]?.lower ?? '') ? k + 1 : k;
  const lower = words[m]?.lower ?? '';
  return /^(forløb|forløbet|indsats|indsatsen|ophold|opholdet|kursus|kurset|samtale|samtalen|besøg|besøget)$/.test(lower) || !!activityOf(lower);
}

/** »borgere i et trygt lokalsamfund«: an article, adjectives, then a place everyone lives in. */
function placeAfterArticle(words: Word[], k: number): boolean {
  if (!/^(en|et)$/.test(words[k]?.lower ?? '')) return false;
  for (let m = k + 1; m < Math.min(words.length, k + 4); m++) {
    if (/[,;:]/.test(words[m].before)) return false;
    if (isEveryonesPlace(words[m].lower)) return true;
  }
  return false;
}

/**
 * A rough test for an attributive adjective before a noun (»ledige«, »sårbare«, »udsatte«): an adjective-like
 * ending, not a verb (not after »at« or a modal, not an activity or outcome verb).
 */
function isAttributive(words: Word[], j: number): boolean {
  const w = words[j];
  // »nye borgere« are those who have just moved here or come to the country; other short words are rarely adjectives.
  if (!/^\p{Ll}/u.test(w.text) || NOT_QUALIFIERS.has(w.lower) || (w.lower.length <= 3 && w.lower !== 'nye')) return false;
  if (!/(e|ede|te|ske|ige|ne|are|ende|ære)$/.test(w.lower)) return false;
  if (activityOf(w.lower) || OUTCOME_VERBS.has(w.lower)) return false;
  // »gøre borgeren i stand til«: a word the dictionary knows only as a verb is no adjective.
  if (ordbog().classesOf(w.lower) === 'V') return false;
  // »trygge borgere«, »aktive ældre«: the state the unit wants for the group, not a narrower group.
  if (GROUP_OUTCOME_ADJECTIVES.has(w.lower)) return false;
  const before = words[j - 1]?.lower;
  // »sikrer, at udsatte borgere …«, »At nye borgere …«: »at« opens a clause here, and the dictionary knows the word
  // as an adjective.
  if (before === 'at' && (j === 1 || /,/.test(words[j - 1].before) || /r$/.test(words[j - 2]?.lower ?? '')) && ordbog().classesOf(w.lower).includes('A')) return true;
  return !(before && VERB_MARKERS.has(before));
}

const VERB_MARKERS = new Set(['at', 'skal', 'vil', 'kan', 'må', 'bør', 'vi', 'man', 'og']);
