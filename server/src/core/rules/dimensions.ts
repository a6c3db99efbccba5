// dimension-vaerdi, dimension-ambition, dimension-tilgang, dimension-maalgruppe: one factory over one table.
import { groupCandidate } from '../reading/candidates';
import { DIMENSIONS, type DimensionEntry } from '../data/dimensioner';
import { dimensionsOf } from '../reading/dimensions';
import { targetGroupOf } from '../reading/lexicon';
import { readAsServingStaff } from '../reading/staff';
import { pick, type Rule, type RuleContext } from './rule';
import { unitSentences } from '../statements/units';

function makeDimensionRule(d: DimensionEntry): Rule {
  return {
    id: d.ruleId,
    title: { da: `Dimension: ${d.heading.da.toLowerCase()}`, en: `Dimension: ${d.heading.en.toLowerCase()}` },
    description: {
      da: `Enheden afspejler ikke dimensionen »${d.heading.da}«: ${d.question.da}`,
      en: `The unit does not reflect the dimension »${d.heading.en}«: ${d.question.en}`,
    },
    tags: ['dimension'],
    // One question at a time: a missing dimension is information; only version 1 and no effect are warnings.
    defaultSeverity: 'information',
    check(context: RuleContext) {
      const { unit, locale } = context;
      if (dimensionsOf(unit)[d.key]) return;
      const heading = pick(d.heading, locale);
      // An internal unit's users are its colleagues: »Hvad ville brugerne savne …«.
      const question = readAsServingStaff(unit) ? pick(d.question, locale).replace(/\bborgerne\b/, 'brugerne').replace(/\bthe citizens\b/, 'your users') : pick(d.question, locale);
      let message = `${heading}: ${question}`;
      let candidate: string | undefined;
      if (d.key === 'maalgruppe') {
        candidate = groupCandidate(unitSentences(unit).flatMap((s) => s.words));
        const all = unitSentences(unit).flatMap((s) => s.words);
        const at = all.findIndex((w) => targetGroupOf(w.lower)?.entry.generic && targetGroupOf(w.lower)?.role === 'word');
        const generic = at >= 0 ? all[at] : undefined;
        if (generic) {
          // »hvem er »borgernes«?« does not read: a genitive is quoted in its base form (»borgerne«); the words that
          // belong with the group come along (»det enkelte menneske«, »alle borgere«).
          let from = at;
          while (from > 0 && at - from < 2 && GROUP_DETERMINERS.has(all[from - 1].lower) && !/[,;:()–.!?]/.test(all[from].before)) from--;
          const before = all.slice(from, at).map((w) => `${w.text} `).join('');
          const bare = before + (/s$/.test(generic.lower) && targetGroupOf(generic.lower.slice(0, -1)) ? generic.text.slice(0, -1) : generic.text);
          candidate = bare;
          message = pick(
            {
              da: `${heading}: hvem er »${bare}«? Hvem skal I lykkes sammen med?`,
              en: `${heading}: who are »${bare}«? Who must you succeed together with?`,
            },
            locale,
          );
        }
      }
      context.report({
        start: unit.anchor.start,
        end: unit.anchor.end,
        message,
        note: pick(d.meaning, locale),
        data: {
          dimension: d.key,
          // Headings count as dimension sections only in section and file units.
          insertAt: unit.kind === 'statement' ? undefined : unit.end,
          headingDepth: unit.heading ? Math.min(6, unit.heading.depth + 1) : 2,
          ...(candidate ? { ordliste: { list: 'maalgrupper' as const, phrase: candidate.toLowerCase() } } : {}),
        },
      });
    },
  };
}

/** Words quoted with a generic group (»det enkelte menneske«, »alle borgere«). */
const GROUP_DETERMINERS = new Set(['de', 'den', 'det', 'alle', 'vores', 'enkelte', 'hver', 'hvert', 'ethvert', 'enhver', 'disse']);

export const dimensionRules: readonly Rule[] = DIMENSIONS.map(makeDimensionRule);
