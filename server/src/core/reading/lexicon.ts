// Lookup tables built once from the word lists in data/: activity forms and target groups (with compounds).
import { ACTIVITY_VERBS, type ActivityEntry } from '../data/aktiviteter';
import {
  DERIVATIONAL_TAILS,
  TARGET_GROUPS,
  TARGET_STOP_WORDS,
  type TargetGroupEntry,
} from '../data/maalgrupper';

const AGE_GROUP: TargetGroupEntry = { lemma: 'aldersgruppe', forms: [], combining: [], generic: false, note: 'En aldersgruppe er en konkret målgruppe.' };

const activityByForm = new Map<string, ActivityEntry>();
for (const entry of ACTIVITY_VERBS) for (const form of entry.forms) activityByForm.set(form, entry);

const groupByForm = new Map<string, TargetGroupEntry>();
for (const entry of TARGET_GROUPS) for (const form of entry.forms) groupByForm.set(form, entry);
const groupFormsLongestFirst = [...groupByForm.keys()].filter((f) => f.length >= 4).sort((a, b) => b.length - a.length);
const combiningForms = TARGET_GROUPS.flatMap((entry) => entry.combining.map((c) => ({ c, entry }))).sort(
  (a, b) => b.c.length - a.c.length,
);

/** The activity entry a word form belongs to, if any (no context check). */
export function activityOf(lower: string): ActivityEntry | undefined {
  return activityByForm.get(lower);
}

export interface TargetGroupMatch {
  entry: TargetGroupEntry;
  /** `word`: the form itself; `head`: a compound ending in it (»skolebørn«); `modifier`: starting with it. */
  role: 'word' | 'head' | 'modifier';
}

const groupCache = new Map<string, TargetGroupMatch | null>();

/** Matches a word against the target groups, including compounds where the group is the head or the modifier. */
export function targetGroupOf(lower: string): TargetGroupMatch | undefined {
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
