// tidshorisont: no short- or long-term effect named.
import { HORIZON } from '../data/signaler';
import { findPhrase } from '../text/phrases';
import { pick, whom, type Rule } from './rule';
import { readingSentences, unitSentences } from '../statements/units';
import { findEffect } from '../reading/effect';

export const tidshorisont: Rule = {
  id: 'tidshorisont',
  title: { da: 'Tidshorisont', en: 'Time horizon' },
  description: {
    da: 'Formuleringen nævner ikke, hvad borgeren skal mærke på kort eller lang sigt.',
    en: 'The statement does not say what the citizen should notice in the short or long term.',
  },
  tags: ['effekt'],
  defaultSeverity: 'hint',
  check({ unit, locale, report }) {
    // The horizon of an effect is asked for once there is an effect.
    if (!readingSentences(unit).some((sentence) => findEffect(sentence))) return;
    if (unitSentences(unit).some((s) => findPhrase(s.words, HORIZON))) return;
    report({
      start: unit.anchor.start,
      end: unit.anchor.end,
      message: pick(
        { da: `Hvad skal ${whom(unit, 'da')} mærke på kort sigt, og hvad på lang sigt?`, en: `What should ${whom(unit, 'en')} notice in the short term, and what in the long term?` },
        locale,
      ),
      note: pick(
        {
          da: 'Effekten for borgeren har to tidshorisonter: det, der sker her og nu, og det, der varer. Når I nævner begge, bliver det lettere at se sammenhængen mellem hverdagens ydelser og den langsigtede værdi.',
          en: "The effect for the citizen has two horizons: what happens here and now, and what lasts. Naming both makes the link between everyday services and long-term value easier to see.",
        },
        locale,
      ),
    });
  },
};
