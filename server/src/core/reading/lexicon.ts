// Lookup tables built from the word lists in data/ (activity forms, target groups with compounds), extended by a
// workplace's own ordliste (settings `ordliste`). A lexicon is a value: one per ordliste content, memoised, and the
// readers use the one in force for the unit they read (`withLexicon`, `lexiconOfUnit`).
import { ACTIVITY_VERBS, type ActivityEntry } from '../data/aktiviteter';
import {
  DERIVATIONAL_TAILS,
  TARGET_GROUPS,
  TARGET_STOP_WORDS,
  type TargetGroupEntry,
} from '../data/maalgrupper';

const AGE_GROUP: TargetGroupEntry = { lemma: 'aldersgruppe', forms: [], combining: [], generic: false, note: 'En aldersgruppe er en konkret målgruppe.' };

/** A workplace's own words: they extend the built-in lists (settings `ordliste`). */
export interface Ordliste {
  maalgrupper: string[];
  effekter: string[];
  aktiviteter: string[];
}

export function emptyOrdliste(): Ordliste {
  return { maalgrupper: [], effekter: [], aktiviteter: [] };
}

/** The word lists one reading uses, with caches of what they give (so a changed ordliste never sees stale ones). */
export interface Lexicon {
  /** The ordliste's content as a key (»« for the built-in words only). */
  readonly key: string;
  readonly activityByForm: ReadonlyMap<string, ActivityEntry>;
  readonly groupByForm: ReadonlyMap<string, TargetGroupEntry>;
  readonly groupFormsLongestFirst: readonly string[];
  readonly combiningForms: readonly { c: string; entry: TargetGroupEntry }[];
  /** Multiword target groups of the ordliste (»de unge i klubben«), as word stems. */
  readonly groupPhrases: readonly (readonly string[])[];
  /** Effect phrases of the ordliste (»tryg hverdag«), as word stems. */
  readonly effectPhrases: readonly (readonly string[])[];
  readonly groupCache: Map<string, TargetGroupMatch | null>;
  /** Per-lexicon caches of the readers (effect per sentence, dimensions and checklist per unit). */
  readonly caches: { effect: WeakMap<object, unknown>; dimensions: WeakMap<object, unknown>; checklist: WeakMap<object, unknown> };
}

/** Endings of Danish nouns (and verbs) stripped to compare an ordliste word with a word of the text. */
const ENDINGS = ['ernes', 'erens', 'enes', 'erne', 'eren', 'eres', 'ene', 'ens', 'ere', 'ers', 'ets', 'nes', 'ede', 'ende', 'en', 'er', 'es', 'et', 'ne', 'e', 's', 'r', 't', 'n'];

/** A word's stem for matching: the longest ending stripped that leaves at least three letters. */
export function stemOf(lower: string): string {
  for (const e of ENDINGS) {
    if (lower.length - e.length >= 3 && lower.endsWith(e)) {
      const stem = lower.slice(0, -e.length);
      // A doubled consonant before the ending is one in the stem: »klubben« → klub, »trygge« → tryg, »medlemmer« → medlem.
      return /([^aeiouyæøå])\1$/.test(stem) ? stem.slice(0, -1) : stem;
    }
  }
  return lower;
}

/** The inflected forms of a noun of the ordliste (»beboer«, »beboerne« → beboer, beboeren, beboere, beboernes …). */
export function nounForms(word: string): string[] {
  const lower = word.toLowerCase();
  const stem = stemOf(lower);
  const forms = new Set([lower, stem]);
  const endings = ['e', 'en', 'et', 'er', 'ere', 'eren', 'erens', 'erne', 'ernes', 'eres', 'ers', 'ene', 'enes', 'ens', 'ets', 'es', 's', 'n', 'ne', 'nes', 'ns', 'r', 'rne', 'rnes', 'rs'];
  for (const base of new Set([stem, lower])) for (const e of endings) forms.add(base + e);
  // A short vowel before a final consonant doubles it before an ending: »medlem« → medlemmer, medlemmerne.
  if (/[aeiouyæøå][^aeiouyæøå]$/.test(stem)) for (const e of endings) if (/^[aeiouyæøå]/.test(e)) forms.add(stem + stem[stem.length - 1] + e);
  return [...forms].filter((f) => f.length >= 3);
}

/** The forms of an activity verb of the ordliste (»guide« → guider, guidede, guidet, guides, guidning …). */
export function verbForms(word: string): string[] {
  const lower = word.toLowerCase();
  const stem = lower.endsWith('e') ? lower.slice(0, -1) : lower;
  const forms = new Set([lower]);
  for (const e of ['e', 'er', 'ede', 'et', 'es', 'ende', 'te', 't', 'ning', 'ningen', 'else', 'elsen']) forms.add(stem + e);
  return [...forms].filter((f) => f.length >= 3);
}

const lexicons = new Map<string, Lexicon>();

/** The lexicon for an ordliste: built-in words plus the ordliste's, one value per content (memoised). */
export function lexiconFor(ordliste: Ordliste | undefined): Lexicon {
  const own = ordliste ?? emptyOrdliste();
  const key = own.maalgrupper.length + own.effekter.length + own.aktiviteter.length === 0 ? '' : JSON.stringify([own.maalgrupper, own.effekter, own.aktiviteter]);
  let lexicon = lexicons.get(key);
  if (!lexicon) {
    if (lexicons.size > 20) for (const k of lexicons.keys()) if (k !== '') lexicons.delete(k);
    lexicon = buildLexicon(key, own);
    lexicons.set(key, lexicon);
  }
  return lexicon;
}

function words(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/).filter(Boolean);
}

function buildLexicon(key: string, own: Ordliste): Lexicon {
  const activityByForm = new Map<string, ActivityEntry>();
  for (const entry of ACTIVITY_VERBS) for (const form of entry.forms) activityByForm.set(form, entry);
  for (const verb of own.aktiviteter) {
    const entry: ActivityEntry = { lemma: verb.toLowerCase(), forms: verbForms(verb), note: 'Ordet står i arbejdspladsens egen ordliste som en aktivitet.' };
    for (const form of entry.forms) if (!activityByForm.has(form)) activityByForm.set(form, entry);
  }
  const groups: TargetGroupEntry[] = [...TARGET_GROUPS];
  const groupPhrases: string[][] = [];
  const overrides: TargetGroupEntry[] = [];
  for (const group of own.maalgrupper) {
    const parts = words(group);
    if (parts.length > 1) {
      groupPhrases.push(parts.map(stemOf));
      continue;
    }
    // A built-in group named in the ordliste (»borgerne«) is concrete at this workplace: all its forms.
    const builtIn = TARGET_GROUPS.find((g) => g.forms.includes(parts[0]));
    if (builtIn) overrides.push({ ...builtIn, generic: false, note: 'Målgruppen står i arbejdspladsens egen ordliste.' });
    else groups.push({ lemma: parts[0], forms: nounForms(parts[0]), combining: [], generic: false, note: 'Målgruppen står i arbejdspladsens egen ordliste.' });
  }
  const groupByForm = new Map<string, TargetGroupEntry>();
  // Generated forms never shadow a built-in form (»brugerne« → »bruge« is not a group); a named built-in group does.
  for (const entry of groups) for (const form of entry.forms) if (!groupByForm.has(form)) groupByForm.set(form, entry);
  for (const entry of overrides) for (const form of entry.forms) groupByForm.set(form, entry);
  groups.push(...overrides);
  return {
    key,
    activityByForm,
    groupByForm,
    groupFormsLongestFirst: [...groupByForm.keys()].filter((f) => f.length >= 4).sort((a, b) => b.length - a.length),
    combiningForms: groups.flatMap((entry) => entry.combining.map((c) => ({ c, entry }))).sort((a, b) => b.c.length - a.c.length),
    groupPhrases,
    effectPhrases: own.effekter.map((e) => words(e).map(stemOf)).filter((p) => p.length > 0),
    groupCache: new Map(),
    caches: { effect: new WeakMap(), dimensions: new WeakMap(), checklist: new WeakMap() },
  };
}

export const BUILT_IN_LEXICON: Lexicon = lexiconFor(undefined);

/**
 * The lexicon in force while a unit is read: bound for the extent of a synchronous call (`withLexicon`), so the
 * word-level helpers below need no extra argument on every one of their call sites. Outside a call it is the
 * built-in one.
 */
let inForce: Lexicon = BUILT_IN_LEXICON;

/** Runs `fn` reading with `lexicon`; restores the previous one after (nested calls are fine). */
export function withLexicon<T>(lexicon: Lexicon, fn: () => T): T {
  if (lexicon === inForce) return fn();
  const before = inForce;
  inForce = lexicon;
  try {
    return fn();
  } finally {
    inForce = before;
  }
}

export function currentLexicon(): Lexicon {
  return inForce;
}

const unitLexicons = new WeakMap<object, Lexicon>();

/** Remembers which lexicon a unit was found with (lint does this), so later reads of the unit use it too. */
export function setUnitLexicon(unit: object, lexicon: Lexicon): void {
  unitLexicons.set(unit, lexicon);
}

/** The lexicon a unit was found with; a unit not found by lint (a test's own) reads with the one in force. */
export function lexiconOfUnit(unit: object): Lexicon {
  return unitLexicons.get(unit) ?? inForce;
}

/** Does a phrase of stems start at word i? Returns the index of its last word, or -1. */
export function phraseAt(lowers: readonly string[], i: number, phrase: readonly string[]): number {
  for (let k = 0; k < phrase.length; k++) {
    const w = lowers[i + k];
    if (w === undefined || stemOf(w) !== phrase[k]) return -1;
  }
  return i + phrase.length - 1;
}

/** The activity entry a word form belongs to, if any (no context check). */
export function activityOf(lower: string): ActivityEntry | undefined {
  return inForce.activityByForm.get(lower);
}

export interface TargetGroupMatch {
  entry: TargetGroupEntry;
  /** `word`: the form itself; `head`: a compound ending in it (»skolebørn«); `modifier`: starting with it. */
  role: 'word' | 'head' | 'modifier';
}

/** Matches a word against the target groups, including compounds where the group is the head or the modifier. */
export function targetGroupOf(lower: string): TargetGroupMatch | undefined {
  const groupCache = inForce.groupCache;
  let cached = groupCache.get(lower);
  if (cached === undefined) {
    cached = matchTargetGroup(lower) ?? null;
    if (groupCache.size > 50_000) groupCache.clear();
    groupCache.set(lower, cached);
  }
  return cached ?? undefined;
}

/** Strips leading and trailing hyphens; a loop, since /-+$/ is quadratic on a long run of hyphens before a letter. */
function trimHyphens(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === '-') start++;
  while (end > start && s[end - 1] === '-') end--;
  return s.slice(start, end);
}

function matchTargetGroup(raw: string): TargetGroupMatch | undefined {
  const { groupByForm, groupFormsLongestFirst, combiningForms } = inForce;
  const lower = trimHyphens(raw);
  if (TARGET_STOP_WORDS.has(lower)) return undefined;
  const direct = groupByForm.get(lower);
  if (direct) return { entry: direct, role: 'word' };
  // An age group: »0-6-årige«, »13-18-årige«, »75-årige«.
  if (/^\d+(-\d+)?-årige$/.test(lower)) return { entry: AGE_GROUP, role: 'word' };
  // Hyphenated: »unge-området«, »0-6-årige børn« → look at the parts.
  if (lower.includes('-')) {
    const parts = lower.split('-').filter(Boolean);
    const last = parts[parts.length - 1];
    if (last && groupByForm.has(last)) return { entry: groupByForm.get(last)!, role: 'head' };
    const first = parts[0];
    if (first && groupByForm.has(first)) return { entry: groupByForm.get(first)!, role: 'modifier' };
    return undefined;
  }
  // Head: the longest target form that ends the word, with at least three letters before it.
  for (const form of groupFormsLongestFirst) {
    if (lower.length - form.length >= 3 && lower.endsWith(form)) {
      const left = lower.slice(0, lower.length - form.length);
      if (isPlausibleModifier(left, form)) return { entry: groupByForm.get(form)!, role: 'head' };
      break;
    }
  }
  // Modifier: a combining form, an optional linking -s-, and a rest of at least four letters.
  for (const { c, entry } of combiningForms) {
    if (!lower.startsWith(c)) continue;
    let rest = lower.slice(c.length);
    if (rest.startsWith('s') && !c.endsWith('s')) rest = rest.slice(1);
    if (rest.length < 4) continue;
    if (DERIVATIONAL_TAILS.some((tail) => rest === tail || (rest.startsWith(tail) && rest.length <= tail.length + 2))) continue;
    return { entry, role: 'modifier' };
  }
  return undefined;
}

/** Rejects look-alike endings: »t|unge«, »for|ældre« (= forældre), a left part that is only a prefix. */
function isPlausibleModifier(left: string, form: string): boolean {
  if (/^(for|over|under|be|ge|til|mis|van|u)$/.test(left)) return false;
  if (form.startsWith('ældre') && left.endsWith('for')) return false;
  if (!/[aeiouyæøå]/.test(left)) return false;
  return true;
}
