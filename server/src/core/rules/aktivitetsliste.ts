// aktivitetsliste: the statement tries to hold all the unit's activities (three or more).
import { activitiesIn } from '../reading/activity';
import { pick, type Rule } from './rule';
import { statementSentences } from '../statements/units';

export const aktivitetsliste: Rule = {
  id: 'aktivitetsliste',
  title: { da: 'Liste over aktiviteter', en: 'List of activities' },
  description: {
    da: 'Formuleringen forsøger at rumme alle enhedens aktiviteter (tre eller flere).',
    en: "The statement tries to hold all of the unit's activities (three or more).",
  },
  tags: ['aktivitet'],
  defaultSeverity: 'information',
  check({ unit, locale, report }) {
    const uses = statementSentences(unit).flatMap((s) => activitiesIn(s.words));
    const first = new Map<string, (typeof uses)[number]>();
    for (const u of uses) if (!first.has(u.entry.lemma)) first.set(u.entry.lemma, u);
    const distinct = [...first.values()];
    if (distinct.length < 3) return;
    const names = distinct.slice(0, 4).map((u) => `»${u.word.text}«`).join(', ');
    report({
      start: distinct[0].word.start,
      end: distinct[0].word.end,
      words: distinct.map((u) => u.word.text).join(', '),
      message: pick(
        {
          da: `Skal kerneopgaven rumme alle jeres aktiviteter (${names})? Hvad er den fælles effekt af dem?`,
          en: `Must the kerneopgave hold all your activities (${names})? What is their shared effect?`,
        },
        locale,
      ),
      note: pick(
        {
          da: 'At beskrive sin egen arbejdsdag i én sætning er en typisk version 1-vane. Kerneopgaven er den ene opgave, som alle aktiviteterne tjener; aktiviteterne hører hjemme i beskrivelsen af kerneydelserne.',
          en: 'Describing one\'s own working day in one sentence is a typical version-1 habit. The kerneopgave is the one task that all the activities serve; the activities belong in the description of the core services.',
        },
        locale,
      ),
    });
  },
};
