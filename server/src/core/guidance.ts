// Guidance texts for hover: what a kerneopgave is, the three perspectives, the dimensions. Our own words.
import { DIMENSIONS } from './data/dimensioner';
import { pick, type Localized } from './rules/rule';
import type { DimensionKey, Locale } from './types';

const DEFINITION: Localized = {
  da: [
    '**Kerneopgaven** er den opgave, enheden er sat i verden for at løse: den værdi, den skaber for borgerne, på kort og lang sigt.',
    '',
    'En god formulering går fra det, medarbejderne *gør*, til den *effekt*, det har for borgeren, og fra den enkelte faggruppes bidrag til den opgave, alle faggrupper deler.',
    '',
    '**Tre perspektiver** (Fremfærd), som aldrig falder helt sammen:',
    '- den **formelle** kerneopgave: som love og politiske beslutninger beskriver den;',
    '- den **udførte** kerneopgave: det, ledere og medarbejdere gør i praksis;',
    '- den **oplevede** kerneopgave: det, borgerne oplever, at enheden gør.',
  ].join('\n'),
  en: [
    "The **kerneopgave** (core task) is the task the unit exists to solve: the value it creates for citizens, in the short and long term.",
    '',
    "A good formulation moves from what the staff *do* to the *effect* it has for the citizen, and from one profession's contribution to the task that all professions share.",
    '',
    '**Three perspectives** (Fremfærd), which never fully coincide:',
    '- the **formal** kerneopgave: as laws and political decisions state it;',
    '- the **performed** kerneopgave: what managers and staff do in practice;',
    '- the **experienced** kerneopgave: what citizens experience that the unit does.',
  ].join('\n'),
};

/** Hover text for the word »kerneopgave«. */
export function definitionHover(locale: Locale): string {
  return pick(DEFINITION, locale);
}

/** Hover text for a dimension heading: its guiding question and what it means. */
export function dimensionHover(key: DimensionKey, locale: Locale): string {
  const d = DIMENSIONS.find((x) => x.key === key)!;
  return `**${pick(d.heading, locale)}**: ${pick(d.question, locale)}\n\n${pick(d.meaning, locale)}`;
}
