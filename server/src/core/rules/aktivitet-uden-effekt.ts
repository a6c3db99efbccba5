// aktivitet-uden-effekt: the statement names what the staff do and no effect for the citizen (version 1).
import { effectCandidate } from '../reading/candidates';
import { activitiesIn } from '../reading/activity';
import { findEffect, isGroupWord } from '../reading/effect';
import { pick, whom, type Rule } from './rule';
import { readingSentences, statementSentences } from '../statements/units';

/** Words that belong with the group when it is quoted back. */
const GROUP_DETERMINERS = new Set(['de', 'den', 'det', 'alle', 'vores', 'jeres', 'hver', 'hvert', 'ethvert', 'enhver', 'disse']);

export const aktivitetUdenEffekt: Rule = {
  id: 'aktivitet-uden-effekt',
  title: { da: 'Aktivitet uden effekt', en: 'Activity without effect' },
  description: {
    da: 'Formuleringen siger, hvad medarbejderne gør, men ikke hvilken effekt det skal have for borgeren (version 1).',
    en: 'The statement says what the staff do, but not what effect it should have for the citizen (version 1).',
  },
  tags: ['version-1'],
  defaultSeverity: 'warning',
  check({ unit, locale, report }) {
    const sentences = statementSentences(unit);
    if (readingSentences(unit).some((s) => findEffect(s))) return;
    for (const sentence of sentences) {
      const [first] = activitiesIn(sentence.words);
      if (!first) continue;
      const all = sentences.flatMap((s) => s.words);
      const g = all.findIndex((w) => isGroupWord(w));
      const phrase = effectCandidate(sentence.words, sentence.words.indexOf(first.word));
      // The group as written, with the article or determiner before it (»de unge«, »alle børn«), not »unge« alone.
      const det = g > 0 && GROUP_DETERMINERS.has(all[g - 1].lower) && !/[,;:()–.!?]/.test(all[g].before) ? `${all[g - 1].text} ` : '';
      const who = g >= 0 ? `»${det}${all[g].text}«` : whom(unit, locale);
      report({
        start: first.word.start,
        end: first.word.end,
        words: first.word.text,
        ...(phrase ? { data: { ordliste: { list: 'effekter' as const, phrase: phrase.toLowerCase() } } } : {}),
        message: pick(
          {
            da: `»${first.word.text}« beskriver jeres indsats. Hvilken effekt skal den have for ${who}?`,
            en: `»${first.word.text}« describes what you do. What effect should it have for ${who}?`,
          },
          locale,
        ),
        note: pick(
          {
            da:
              `Formuleringen nævner en aktivitet (${first.entry.lemma}), men ikke hvad den skal føre til for borgeren. ` +
              'Det er kendetegnende for en version 1-kerneopgave: den tager udgangspunkt i medarbejdernes arbejdsdag, og ' +
              'sammenhængen mellem ydelse og effekt bliver usynlig. En aktivitet med en effekt (»støtte borgerne til at blive ' +
              `selvforsørgende«) er ikke version 1. ${first.entry.note}`,
            en:
              `The statement names an activity (${first.entry.lemma}) but not what it should lead to for the citizen. ` +
              "That is the mark of a version-1 kerneopgave: it starts from the staff's working day, and the link between " +
              'service and effect stays invisible. An activity with an effect (»help citizens become self-supporting«) is ' +
              'not version 1.',
          },
          locale,
        ),
      });
      return;
    }
  },
};
