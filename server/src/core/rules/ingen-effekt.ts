// ingen-effekt: the statement names neither an activity nor an effect for the citizen (»Patienten i centrum«).
import { statementEffectCandidate } from '../reading/candidates';
import { activitiesIn } from '../reading/activity';
import { findEffect } from '../reading/effect';
import { effectUnclear } from '../reading/citizen';
import { pick, whom, type Rule } from './rule';
import { readingSentences, statementSentences } from '../statements/units';

export const ingenEffekt: Rule = {
  id: 'ingen-effekt',
  title: { da: 'Ingen effekt for borgeren', en: 'No effect for the citizen' },
  description: {
    da: 'Formuleringen siger ikke, hvad borgeren skal opleve eller kunne, når I lykkes (version 1 uden aktivitetsverbum).',
    en: 'The statement does not say what the citizen should experience or be able to do when you succeed (version 1 without an activity verb).',
  },
  tags: ['version-1'],
  defaultSeverity: 'warning',
  check({ unit, locale, report }) {
    const sentences = statementSentences(unit);
    const words = sentences.reduce((n, s) => n + s.words.length, 0);
    if (words < 3) return;
    // With an activity, aktivitet-uden-effekt asks the question on the verb.
    if (sentences.some((s) => activitiesIn(s.words).length > 0) || readingSentences(unit).some((s) => findEffect(s))) return;
    // A state of a person, or the group as the subject of its own verb: not a service described, so not this
    // question; the dimension rules ask theirs (reading/citizen.ts).
    if (effectUnclear(unit)) return;
    const phrase = sentences[0] ? statementEffectCandidate(sentences[0].words) : undefined;
    report({
      start: unit.anchor.start,
      end: unit.anchor.end,
      ...(phrase ? { data: { ordliste: { list: 'effekter' as const, phrase: phrase.toLowerCase() } } } : {}),
      message: pick({ da: `Hvad skal ${whom(unit, 'da')} opleve eller kunne, når I lykkes?`, en: `What should ${whom(unit, 'en')} experience or be able to do when you succeed?` }, locale),
      note: pick(
        {
          da: 'Formuleringen beskriver et sted, et princip eller en ydelse, men ikke den forskel, det gør for borgeren. Også uden et aktivitetsverbum er det en version 1-formulering: effekten for borgeren er usynlig. Prøv at gøre borgeren til grundled: »Børnene …«, »Borgeren kan …«.',
          en: 'The statement describes a place, a principle or a service, but not the difference it makes for the citizen. Even without an activity verb this is a version-1 formulation: the effect for the citizen is invisible. Try making the citizen the subject: »The children …«, »The citizen can …«.',
        },
        locale,
      ),
    });
  },
};
