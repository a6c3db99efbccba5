// The word-class tagger: loads its model, tags our own sentences' key words, and survives odd input.
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagTokens } from '../server/src/core/reading/tagger';
import { decodeOrdbog, ordbog } from '../server/src/core/reading/ordbog';
import { domainAccuracy, readDomainGold } from '../scripts/tagger/domain-gold';

const tokens = (text: string) => {
  const out: { form: string; before: string }[] = [];
  const re = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ form: m[0], before: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  return out;
};
const tagsOf = (text: string) => {
  const t = tokens(text);
  return Object.fromEntries(tagTokens(t).map((x, i) => [t[i].form.toLowerCase(), x]));
};

describe('tagger', () => {
  it('tags finite verbs, infinitives after »at« and nouns in our own sentences', () => {
    const a = tagsOf('Alle børn i vores dagtilbud skal trives og udvikle sig.');
    expect(a['børn'].upos).toBe('NOUN');
    expect(a['trives'].upos).toBe('VERB');
    const b = tagsOf('Vi vil gerne at undervise eleverne i at læse.');
    expect(b['undervise'].upos).toBe('VERB');
    expect(b['undervise'].verbForm).toBe('Inf');
    expect(b['eleverne'].upos).toBe('NOUN');
  });
  it('reads »sikre« as an adjective before a noun and as a verb after »at«', () => {
    expect(tagsOf('Børnene har sikre rammer.')['sikre'].upos).toBe('ADJ');
    expect(tagsOf('Vores opgave er at sikre trivsel.')['sikre'].upos).toBe('VERB');
  });
  it('gives lemmas from the treebank', () => {
    expect(tagsOf('Børnene leger i haven.')['børnene'].lemma).toBe('barn');
  });
  it('is deterministic and survives empty, odd and long input', () => {
    expect(tagTokens([])).toEqual([]);
    const odd = tokens('6-17 år 🙂 ÆØÅ x-y-z 2025 …');
    expect(tagTokens(odd)).toHaveLength(odd.length);
    const long = tokens('borgerne trives '.repeat(2000));
    expect(tagTokens(long)).toEqual(tagTokens(long));
  });
  it('ships a model small enough for the bundles', () => {
    expect(fs.statSync(new URL('../server/src/core/data/tagger/model.json', import.meta.url)).size).toBeLessThanOrEqual(300 * 1024);
  });
  it('ships its model and the dictionary with a notice of their licences', () => {
    const notice = fs.readFileSync(new URL('../server/src/core/data/tagger/NOTICE', import.meta.url), 'utf8');
    expect(notice).toContain('CC BY-SA 4.0');
    expect(notice).toContain('UD_Danish-DDT');
    expect(notice).toContain('Stavekontrolden');
    expect(notice).toContain('MPL 1.1');
    expect(fs.statSync(new URL('../server/src/core/data/tagger/ordbog.json', import.meta.url)).size).toBeLessThanOrEqual(300 * 1024);
  });
  it('tags the hand-tagged domain sentences: words 0.93 or better, verbs 0.93 or better', () => {
    const gold = readDomainGold(fs.readFileSync(new URL('./fixtures/tagger/domain.txt', import.meta.url), 'utf8'));
    expect(gold.length).toBeGreaterThanOrEqual(30);
    const a = domainAccuracy(gold);
    expect(a.words).toBeGreaterThan(300);
    expect(a.right / a.words).toBeGreaterThanOrEqual(0.93);
    expect(a.verbsExact / a.verbs).toBeGreaterThanOrEqual(0.93);
  });
  it('reads verbs the treebank lacks as verbs with the dictionary (»mestrer«, »genvinder«, »udforsker«)', () => {
    const t = tagsOf('Borgerne mestrer hverdagen, genvinder kræfterne og udforsker byen.');
    expect([t['mestrer'].upos, t['genvinder'].upos, t['udforsker'].upos]).toEqual(['VERB', 'VERB', 'VERB']);
  });
});

describe('ordbog (the spelling dictionary)', () => {
  const o = ordbog();
  it('knows inflected verbs and adjectives, irregular paradigms and compounds by their head', () => {
    expect(o.classesOf('mestrer')).toBe('V');
    expect(o.classesOf('underviste')).toBe('V');
    expect(o.classesOf('meningsfulde')).toBe('A');
    expect(o.classesOf('gik')).toBe('V');
    expect(o.classesOf('største')).toBe('A');
    expect(o.classesOf('tilbyder')).toBe('V');
    expect(o.classesOf('sikre')).toBe('AV');
  });
  it('ships without the compounds its heads already read, and reads the treebank\'s words as the full dictionary does', async () => {
    const { extractOrdbog } = await import('../scripts/tagger/ordbog');
    const { readConllu } = await import('../scripts/train-tagger');
    const full = decodeOrdbog(extractOrdbog({ prune: false }));
    const words = new Set<string>();
    for (const f of ['da_ddt-ud-dev.conllu', 'da_ddt-ud-test.conllu']) {
      for (const sentence of readConllu(new URL(`../../shared/data/ud-danish-ddt/${f}`, import.meta.url).pathname)) for (const t of sentence) words.add(t.form.toLowerCase());
    }
    const differ = [...words].filter((w) => full.classesOf(w) !== o.classesOf(w));
    expect(words.size).toBeGreaterThan(5000);
    expect(differ.length, differ.join(' ')).toBeLessThanOrEqual(3);
  }, 30_000);
  it('knows no nouns and nothing outside the language', () => {
    expect(o.classesOf('borgerne')).toBe('');
    expect(o.classesOf('xqzt')).toBe('');
    expect(o.classesOf('')).toBe('');
  });
  it('applies a rule only where its condition and the stem\'s flags allow it', () => {
    const d = decodeOrdbog({
      classes: { '1': 'V', '2': 'A' },
      rules: [['1', '', 'de', 'e'], ['1', '', 'ede', '[^e]'], ['2', '', 'e', '[^e]']],
      stems: { '1': 'AhoppeAlav', '2': 'Arød', '!1': 'Axyze', '=V': 'Agik' },
    });
    expect(d.classesOf('hoppede')).toBe('V');
    expect(d.classesOf('lavede')).toBe('V');
    expect(d.classesOf('hoppeede')).toBe('');
    expect(d.classesOf('røde')).toBe('A');
    expect(d.classesOf('lave')).toBe('');
    // A stem that needs an affix is no word by itself, but its forms are.
    expect(d.classesOf('xyze')).toBe('');
    expect(d.classesOf('xyzede')).toBe('V');
    expect(d.classesOf('gik')).toBe('V');
  });
});
