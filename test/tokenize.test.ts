// Danish sentence and word splitting with exact source positions.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../server/src/core/text/parse';
import { sentencesOf } from '../server/src/core/text/tokenize';

function sentences(markdown: string): string[] {
  const doc = parseDocument(markdown);
  return doc.blocks.flatMap((b) => sentencesOf(b).map((s) => s.text.trim()));
}

function wordsSliceBack(markdown: string): { word: string; source: string }[] {
  const doc = parseDocument(markdown);
  return doc.blocks.flatMap((b) => sentencesOf(b).flatMap((s) => s.words.map((w) => ({ word: w.text, source: markdown.slice(w.start, w.end) }))));
}

describe('sentence splitting', () => {
  const cases: [string, string[]][] = [
    ['Vi samarbejder bl.a. med Odense Kommune. Det går godt.', ['Vi samarbejder bl.a. med Odense Kommune.', 'Det går godt.']],
    ['Vi ser bl.a. Odense og f.eks. Skolen som partnere.', ['Vi ser bl.a. Odense og f.eks. Skolen som partnere.']],
    ['Hvad gør vi ift. OCD? Vi spørger.', ['Hvad gør vi ift. OCD?', 'Vi spørger.']],
    ['Vi har åbent mellem kl. 7 og 18. Ring gerne.', ['Vi har åbent mellem kl. 7 og 18.', 'Ring gerne.']],
    ['Vi har foreninger m.m. Vores kerneopgave er at lære.', ['Vi har foreninger m.m.', 'Vores kerneopgave er at lære.']],
    ['Vi har kaffe, te osv. og kage.', ['Vi har kaffe, te osv. og kage.']],
    ['„Vi skaber trivsel.“ Sådan lyder det.', ['„Vi skaber trivsel.“', 'Sådan lyder det.']],
    ['»Vi skaber trivsel.« Sådan lyder det.', ['»Vi skaber trivsel.«', 'Sådan lyder det.']],
    ['Det koster 500 kr. Næste punkt er kaffe.', ['Det koster 500 kr.', 'Næste punkt er kaffe.']],
    ['Ca. tre hundrede børn går her. De trives.', ['Ca. tre hundrede børn går her.', 'De trives.']],
    ['Det er ikke nemt … men vi prøver.', ['Det er ikke nemt … men vi prøver.']],
    ['Hvem er vi? Hvad vil vi! Det ved vi.', ['Hvem er vi?', 'Hvad vil vi!', 'Det ved vi.']],
  ];
  for (const [input, expected] of cases) {
    it(`splits ${JSON.stringify(input)}`, () => {
      expect(sentences(input)).toEqual(expected);
    });
  }

  it('keeps blocks apart: a heading and a list item never join a sentence', () => {
    expect(sentences('# Overskrift\n\n- punkt et\n- punkt to\n')).toEqual(['Overskrift', 'punkt et', 'punkt to']);
  });
});

describe('word positions', () => {
  it('slice back to the source through emphasis, links, entities, escapes and continuation lines', () => {
    const md = [
      '- Vi &amp; *de* \\*stjerner\\* læser [bøger](https://x.dk) og b&#248;rn',
      '  fortsætter **her** på næste linje',
      '',
      '> Citat på en linje',
      '> og en linje mere med f.eks. tal',
      '',
    ].join('\r\n');
    const pairs = wordsSliceBack(md);
    expect(pairs.length).toBeGreaterThan(15);
    for (const { word, source } of pairs) {
      if (word === 'børn') expect(source).toBe('b&#248;rn');
      else expect(source).toBe(word);
    }
  });

  it('keeps Danish abbreviations, hyphenated compounds and numbers as one word', () => {
    const words = wordsSliceBack('Bl.a. MED-udvalget og unge-området har 1.500 kr. og f.eks. 7-8 elever.').map((p) => p.word);
    expect(words).toEqual(['Bl.a', 'MED-udvalget', 'og', 'unge-området', 'har', '1.500', 'kr', 'og', 'f.eks', '7-8', 'elever']);
  });

  it('does not read inline code, tables, code blocks or front matter as prose', () => {
    const md = '---\ntitle: Vores kerneopgave er at undervise\n---\n\nTekst med `kode her` i.\n\n| a | b |\n|---|---|\n| c | d |\n\n```\nkode\n```\n';
    expect(sentences(md)).toEqual(['Tekst med \uFFFC i.']);
  });
});
