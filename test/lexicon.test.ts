// Target groups, including compounds, without look-alikes.
import { describe, expect, it } from 'vitest';
import { activityOf, targetGroupOf } from '../server/src/core/reading/lexicon';

describe('target groups', () => {
  const heads: [string, string][] = [
    ['børnehavebørn', 'barn'], ['skolebørnene', 'barn'], ['ældreborgere', 'borger'], ['dialysepatienter', 'patient'],
    ['udskolingselever', 'elev'], ['plejehjemsbeboere', 'beboer'], ['0-6-årige-børn', 'barn'],
  ];
  for (const [word, lemma] of heads) {
    it(`${word} has the group ${lemma} as its head`, () => {
      const m = targetGroupOf(word);
      expect(m?.entry.lemma).toBe(lemma);
      expect(m?.role).not.toBe('modifier');
    });
  }
  const modifiers: [string, string][] = [['unge-området', 'ung'], ['borgerinddragelse', 'borger'], ['ældreområdet', 'ældre'], ['børnehaven', 'barn'], ['familieafdelingen', 'familie']];
  for (const [word, lemma] of modifiers) {
    it(`${word} has the group ${lemma} only as its modifier`, () => {
      expect(targetGroupOf(word)).toEqual({ entry: expect.objectContaining({ lemma }), role: 'modifier' });
    });
  }
  const none = ['tunge', 'lunge', 'fungere', 'tvunget', 'relevant', 'elevator', 'kældre', 'borgerlig', 'barnlig', 'forældreskab', 'aalborg', 'skanderborg', 'borg', 'ung', 'brugerflade', 'forbruger'];
  for (const word of none) it(`${word} is not a target group`, () => expect(targetGroupOf(word)).toBeUndefined());
  it('reads forbrugerne as consumers, not as a compound of brugere', () => {
    expect(targetGroupOf('forbrugerne')).toEqual({ entry: expect.objectContaining({ lemma: 'forbruger' }), role: 'word' });
  });
});

describe('activity forms are listed, not stemmed', () => {
  it('knows the inflections', () => {
    for (const form of ['underviste', 'undervist', 'undervisning', 'tilbød', 'tilbudt', 'tilbud', 'sikrede', 'sikring', 'understøttelse', 'varetog', 'hjalp', 'hjulpet', 'rådgav']) {
      expect(activityOf(form), form).toBeDefined();
    }
  });
  it('does not merge look-alikes', () => {
    for (const form of ['leve', 'lever', 'sikker', 'sikkerhed', 'givende', 'yderst', 'driftig', 'underviseren2']) expect(activityOf(form), form).toBeUndefined();
  });
});
