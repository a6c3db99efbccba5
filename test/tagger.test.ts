// The word-class tagger: loads its model, tags our own sentences' key words, and survives odd input.
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagTokens } from '../server/src/core/reading/tagger';

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
  it('ships its model with a notice of its licence', () => {
    const notice = fs.readFileSync(new URL('../server/src/core/data/tagger/NOTICE', import.meta.url), 'utf8');
    expect(notice).toContain('CC BY-SA 4.0');
    expect(notice).toContain('UD_Danish-DDT');
  });
});
