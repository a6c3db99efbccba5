// effekt-foerst: the statement names an effect for the citizen, but opens with the staff's activity (»Vi
// underviser, så eleverne kan …«): not version 1, but read from the staff's working day. A hint to lead with the
// effect.
import { activitiesIn } from '../reading/activity';
import { findEffect } from '../reading/effect';
import { pick, whom, type Rule } from './rule';
import { statementSentences } from '../statements/units';

/** The activity must open the sentence: within its first words (»Vi underviser«, »Hjemmeplejen hjælper«). */
const OPENING_WORDS = 6;

export const effektFoerst: Rule = {
  id: 'effekt-foerst',
  title: { da: 'Effekten først', en: 'Effect first' },
  description: {
    da: 'Formuleringen har en effekt for borgeren, men begynder med medarbejdernes indsats. Et tip om at begynde med effekten.',
    en: "The statement has an effect for the citizen but opens with the staff's activity. A hint to open with the effect.",
  },
  tags: ['effekt'],
  defaultSeverity: 'hint',
  check({ unit, locale, report }) {
    const [first] = statementSentences(unit);
    if (!first) return;
    const effect = findEffect(first);
    if (!effect) return;
    const opening = activitiesIn(first.words).find((a) => a.word.end <= effect.start && first.words.indexOf(a.word) < OPENING_WORDS);
    if (!opening) return;
    report({
      start: opening.word.start,
      end: opening.word.end,
      words: opening.word.text,
      message: pick(
        {
          da: `Formuleringen begynder med jeres indsats (»${opening.word.text}«), og effekten for ${whom(unit, 'da')} kommer bagefter. Prøv at begynde med det, ${whom(unit, 'da')} skal opleve eller kunne.`,
          en: `The statement opens with what you do (»${opening.word.text}«) and comes to the effect for ${whom(unit, 'en')} afterwards. Try opening with what ${whom(unit, 'en')} should experience or be able to do.`,
        },
        locale,
      ),
      note: pick(
        {
          da:
            'Det er ikke version 1: effekten står i formuleringen. Men når indsatsen står først, læses kerneopgaven stadig fra ' +
            'medarbejdernes arbejdsdag, og ydelsen bliver det, man husker. Vend sætningen om, så borgeren er grundled: ' +
            '»Eleverne kan …, fordi vi …«.',
          en:
            "This is not version 1: the effect is in the statement. But with the activity first, the kerneopgave is still read from the staff's working day, and the service is what people remember. Turn the sentence round so that the citizen is the subject: »The pupils can …, because we …«.",
        },
        locale,
      ),
    });
  },
};
