// maalbarhed: nothing in the unit would let the workplace know whether it succeeds.
import { MEASURABLE } from '../data/signaler';
import { findPhrase } from '../text/phrases';
import { pick, type Rule } from './rule';
import { sentencesOf } from '../text/tokenize';
import { findEffect } from '../reading/effect';
import { readingSentences } from '../statements/units';

/** Numbers that describe who or when, not a result: ages, age ranges, years, school classes, dates, clock times. */
const NOT_A_RESULT = /(?:\b\d+\s*[-–]\s*\d+\s*(?:år|årige|måneder)\b|\b\d+\s*(?:år|årige|måneder)\b|\b(?:19|20)\d\d\b|\b\d+\.\s*(?:klasse|årgang|trin)\b|\b\d{1,2}\.\s*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b|\bkl\.\s*\d+|\b\d+\s*[-–]\s*\d+\b)/giu;

/** A number that can be checked: a count, a rate, a share (»80 %«, »9 ud af 10«, »200 borgere«). */
function hasCheckableNumber(text: string): boolean {
  return /\p{N}/u.test(text.replace(NOT_A_RESULT, ' '));
}

const FOLLOW_UP_HEADING = /(opfølgning|følger op|måling|evaluering|resultat|succeskriter|indikator)/iu;

export const maalbarhed: Rule = {
  id: 'maalbarhed',
  title: { da: 'Målbarhed', en: 'Measurability' },
  description: {
    da: 'Intet i enheden gør det muligt at se, om I lykkes med kerneopgaven.',
    en: 'Nothing in the unit would let you know whether you succeed with the kerneopgave.',
  },
  tags: ['maalbarhed'],
  defaultSeverity: 'hint',
  check({ unit, locale, report }) {
    // One question at a time: how to measure an effect comes after there is an effect (aktivitet-uden-effekt, ingen-effekt).
    if (!readingSentences(unit).some((sentence) => findEffect(sentence))) return;
    for (const block of unit.all) {
      if (block.kind === 'heading' && FOLLOW_UP_HEADING.test(block.text)) return;
      if (block.kind !== 'heading' && hasCheckableNumber(block.text)) return;
      for (const s of sentencesOf(block)) if (findPhrase(s.words, MEASURABLE)) return;
    }
    report({
      start: unit.anchor.start,
      end: unit.anchor.end,
      message: pick({ da: 'Hvordan kan I se, om I lykkes med det?', en: 'How can you tell whether you succeed?' }, locale),
      note: pick(
        {
          da: 'En kerneopgave skal kunne måles, så enheden kan se, om den lykkes. Det behøver ikke være tal: det kan være det, borgerne fortæller, eller tegn i hverdagen, som I aftaler at følge op på.',
          en: 'A kerneopgave must be measurable so the unit can see whether it succeeds. It need not be numbers: it can be what citizens tell you, or signs in everyday life that you agree to follow up on.',
        },
        locale,
      ),
    });
  },
};
