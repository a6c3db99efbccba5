// for-eller-med: the statement solves the task *for* the citizens, with no sign of doing it *with* them.
import { WITH_CITIZENS } from '../data/signaler';
import { dimensionsOf } from '../reading/dimensions';
import { isGroupWord } from '../reading/effect';
import { findPhrase } from '../text/phrases';
import { pick, type Rule } from './rule';
import { statementSentences, unitSentences } from '../statements/units';

export const forEllerMed: Rule = {
  id: 'for-eller-med',
  title: { da: 'For eller med borgerne', en: 'For or with the citizens' },
  description: {
    da: 'Formuleringen beskriver en tilgang, der løser opgaven for borgerne, uden tegn på, at det sker sammen med dem.',
    en: 'The statement describes an approach that solves the task for the citizens, with no sign that it happens together with them.',
  },
  tags: ['tilgang'],
  defaultSeverity: 'information',
  check({ unit, locale, report }) {
    // Without any approach, dimension-tilgang already asks; this rule asks when the approach is *for* them.
    if (!dimensionsOf(unit).tilgang) return;
    if (unitSentences(unit).some((s) => findPhrase(s.words, WITH_CITIZENS))) return;
    for (const sentence of statementSentences(unit)) {
      const i = sentence.words.findIndex((w) => isGroupWord(w));
      if (i < 0) continue;
      // »ældre borgere«, »børn og unge«: quote the whole group.
      let j = i;
      while (j + 1 < sentence.words.length && !/[,;:]/.test(sentence.words[j + 1].before) && (isGroupWord(sentence.words[j + 1]) || (sentence.words[j + 1].lower === 'og' && isGroupWord(sentence.words[j + 2])))) j++;
      const first = sentence.words[i];
      const last = sentence.words[j];
      const group = sentence.words.slice(i, j + 1).map((w) => w.text).join(' ');
      report({
        start: first.start,
        end: last.end,
        words: group,
        message: pick(
          { da: `Løser I opgaven for »${group}« eller sammen med dem?`, en: `Do you solve the task for »${group}« or together with them?` },
          locale,
        ),
        note: pick(
          {
            da: 'Formuleringen nævner dem, I er til for, men ikke hvordan de selv er med. En kerneopgave, der løses sammen med borgerne (inddragelse, samarbejde, borgeren som medspiller), skaber ofte mere værdi end en, der løses for dem.',
            en: 'The statement names the people you exist for, but not how they take part. A kerneopgave solved together with the citizens (involvement, collaboration, the citizen as co-actor) often creates more value than one solved for them.',
          },
          locale,
        ),
      });
      return;
    }
  },
};
