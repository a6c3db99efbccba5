// ikke-skrevet-endnu: the unit is still the template's questions; one hint instead of a question per dimension.
import { pick, type Rule } from './rule';

export const ikkeSkrevetEndnu: Rule = {
  id: 'ikke-skrevet-endnu',
  title: { da: 'Ikke skrevet endnu', en: 'Not written yet' },
  description: {
    da: 'Kerneopgaven består kun af spørgsmål (en skabelon, der ikke er udfyldt endnu).',
    en: 'The kerneopgave is only questions (a template that is not filled in yet).',
  },
  tags: ['skabelon'],
  defaultSeverity: 'hint',
  // Only called for a unit with nothing written yet (lint.ts); every other rule stays silent on such a unit.
  check({ unit, locale, report }) {
    report({
      start: unit.anchor.start,
      end: unit.anchor.end,
      message: pick({ da: 'Ikke skrevet endnu: hvad vil I svare på spørgsmålene?', en: 'Not written yet: how would you answer the questions?' }, locale),
      note: pick(
        {
          da: 'Skabelonens spørgsmål er ikke svar. Skriv jeres egne ord under hvert spørgsmål – gerne sammen med borgerne – så stiller udvidelsen sine spørgsmål til det, I har skrevet.',
          en: "The template's questions are not answers. Write your own words under each question, ideally with the citizens, and the extension will ask its questions about what you wrote.",
        },
        locale,
      ),
    });
  },
};
