// for-abstrakt: fine words with no concrete target group (»gode livsvilkår«, »høj kvalitet«, »bedst mulig«).
import { ABSTRACT_PHRASES } from '../data/signaler';
import { concreteGroup } from '../reading/dimensions';
import { findPhrase } from '../text/phrases';
import { pick, type Rule } from './rule';
import { statementSentences, unitSentences } from '../statements/units';

export const forAbstrakt: Rule = {
  id: 'for-abstrakt',
  title: { da: 'For abstrakt', en: 'Too abstract' },
  description: {
    da: 'Formuleringen bruger fine ord uden en konkret målgruppe, som ordene kan måles på.',
    en: 'The statement uses fine words without a concrete target group to hold them to.',
  },
  tags: ['abstrakt'],
  defaultSeverity: 'information',
  check({ unit, locale, report }) {
    if (unitSentences(unit).some((s) => concreteGroup(s.words))) return;
    for (const sentence of statementSentences(unit)) {
      const hit = findPhrase(sentence.words, ABSTRACT_PHRASES);
      if (!hit) continue;
      const words = sentence.text.length > 0 ? textOf(sentence.words, hit.start, hit.end) : hit.phrase;
      report({
        start: hit.start,
        end: hit.end,
        words,
        message: pick(
          { da: `Hvad betyder »${words}« konkret, og for hvem?`, en: `What does »${words}« mean in practice, and for whom?` },
          locale,
        ),
        note: pick(
          {
            da: 'Det er en udbredt misforståelse, at kerneopgaven skal være abstrakt. Formuleringer som »gode livsvilkår« eller »høj kvalitet« kan alle skrive under på, og derfor styrer de ikke noget. Værdien kommer, når I gør dem konkrete for en bestemt målgruppe.',
            en: 'A common misunderstanding is that the kerneopgave must be abstract. Phrases like »good living conditions« or »high quality« are easy to agree with, so they steer nothing. The value comes when you make them concrete for a specific target group.',
          },
          locale,
        ),
      });
      return;
    }
  },
};

function textOf(words: { start: number; end: number; text: string }[], start: number, end: number): string {
  return words
    .filter((w) => w.start >= start && w.end <= end)
    .map((w) => w.text)
    .join(' ');
}
