// The verbs and adjectives of the Danish spelling dictionary (Stavekontrolden; data/tagger/ordbog.json, MPL 1.1:
// see data/tagger/NOTICE), read the way a spelling checker reads it: a form is known when it is a stem, or a stem
// with one of its suffix rules applied (»adhærerede« = »adhærere« + »de«). The tagger uses the answer as a feature
// for words the treebank never saw (»trives«, »mestrer«, »meningsfuld«). Pure; the file is read on first use.
import file from '../data/tagger/ordbog.json';

/** The file as scripts/tagger/ordbog.ts writes it. */
export interface OrdbogFile {
  /** flag → word class (V verb, A adjective). */
  classes: Record<string, string>;
  /** [flag, letters stripped from the stem, letters added, condition on the stem's end (hunspell syntax)]. */
  rules: [string, string, string, string][];
  /**
   * comma-separated flag set (»!« first: the stem is no word by itself) → its stems, front-coded; »=V« and »=A« →
   * the forms of irregular verbs and adjectives.
   */
  stems: Record<string, string>;
}

export interface Ordbog {
  /** The word classes the dictionary knows the lower-case form as: '', 'A', 'V' or 'AV'. */
  classesOf(lower: string): string;
}

interface Rule {
  flag: string;
  strip: string;
  cond: RegExp;
}

export function decodeOrdbog(f: OrdbogFile): Ordbog {
  const flagSets: { flags: Set<string>; alone: boolean }[] = [];
  const stems = new Map<string, number>();
  const irregular = new Map<string, string>();
  for (const [key, list] of Object.entries(f.stems)) {
    if (key.startsWith('=')) {
      for (const form of unFrontCode(list)) irregular.set(form, [...new Set([...(irregular.get(form) ?? ''), key[1]])].sort().join(''));
      continue;
    }
    const index = flagSets.push({ flags: new Set(key.replace('!', '').split(',')), alone: !key.startsWith('!') }) - 1;
    for (const stem of unFrontCode(list)) {
      // A stem listed under two flag sets (two paradigms) keeps both: merge into a new set.
      const had = stems.get(stem);
      if (had === undefined) stems.set(stem, index);
      else {
        const merged = { flags: new Set([...flagSets[had].flags, ...flagSets[index].flags]), alone: flagSets[had].alone || flagSets[index].alone };
        stems.set(stem, flagSets.push(merged) - 1);
      }
    }
  }
  const byAdd = new Map<string, Rule[]>();
  let longest = 0;
  for (const [flag, strip, add, cond] of f.rules) {
    let list = byAdd.get(add);
    if (!list) byAdd.set(add, (list = []));
    list.push({ flag, strip, cond: new RegExp(`${cond}$`, 'u') });
    longest = Math.max(longest, add.length);
  }
  const cache = new Map<string, string>();
  const known = (lower: string): string => {
    const found = new Set<string>(irregular.get(lower) ?? '');
    const own = stems.get(lower);
    if (own !== undefined && flagSets[own].alone) for (const fl of flagSets[own].flags) found.add(f.classes[fl]);
    for (let k = 1; k <= Math.min(longest, lower.length - 2); k++) {
      const rules = byAdd.get(lower.slice(lower.length - k));
      if (!rules) continue;
      const base = lower.slice(0, lower.length - k);
      for (const r of rules) {
        const stem = base + r.strip;
        const set = stems.get(stem);
        if (set !== undefined && flagSets[set].flags.has(r.flag) && r.cond.test(stem)) found.add(f.classes[r.flag]);
      }
    }
    // Rules that add nothing (an imperative that drops a letter: »bbe« → »b«… ) are checked like the others.
    for (const r of byAdd.get('') ?? []) {
      const stem = lower + r.strip;
      const set = r.strip ? stems.get(stem) : undefined;
      if (set !== undefined && flagSets[set].flags.has(r.flag) && r.cond.test(stem)) found.add(f.classes[r.flag]);
    }
    return [...found].sort().join('');
  };
  const classesOf = (lower: string): string => {
    let out = cache.get(lower);
    if (out !== undefined) return out;
    out = known(lower);
    // A compound the dictionary does not list takes its head's classes (»tilbyder« → »byder«): the head 4 letters or
    // more, after at least 3.
    for (let i = 3; !out && i <= lower.length - 4; i++) out = known(lower.slice(i));
    if (cache.size > 50_000) cache.clear();
    cache.set(lower, out);
    return out;
  };
  return { classesOf };
}

/** The words of a front-coded list (scripts/tagger/ordbog.ts): a capital letter (A = 0 letters shared), then the rest. */
function unFrontCode(list: string): string[] {
  const out: string[] = [];
  let prev = '';
  for (const m of list.matchAll(/([A-Z])([^A-Z]*)/g)) {
    prev = prev.slice(0, m[1].charCodeAt(0) - 65) + m[2];
    out.push(prev);
  }
  return out;
}

let shipped: Ordbog | undefined;

/** The shipped dictionary, decoded on first use. */
export function ordbog(): Ordbog {
  return (shipped ??= decodeOrdbog(file as unknown as OrdbogFile));
}
