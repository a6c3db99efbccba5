// The checklist of a unit: version, the four dimensions present or missing, LIX, and the questions that remain.
import { DIMENSIONS } from '../data/dimensioner';
import { dimensionsOf } from './dimensions';
import { findEffect } from './effect';
import { effectUnclear } from './citizen';
import { activitiesIn } from './activity';
import { pick } from '../rules/rule';
import { lixOf } from '../rules/lix';
import type { DimensionKey, KerneopgaveUnit, Locale } from '../types';
import { listReadings, originOfUnit, readingSentences, statementSentences } from '../statements/units';
import { lexiconOfUnit, withLexicon } from './lexicon';

export interface Checklist {
  /** »unclear«: no activity and no effect read, but the citizen in view (reading/citizen.ts). */
  version: 1 | 2 | 'unclear';
  dimensions: Record<DimensionKey, boolean>;
  lix: number;
  /** Guiding questions for what is missing: the dimensions, and the effect for a version-1 unit. */
  questions: { label: string; detail: string }[];
  /** One line: »Version 2 · ✓ Værdi · ✗ Ambition · ✓ Tilgang · ✓ Målgruppe · LIX 38«. */
  text: string;
  /** True for version 2 with all four dimensions. */
  complete: boolean;
}

const SHORT: Record<DimensionKey, { da: string; en: string }> = {
  vaerdi: { da: 'Værdi', en: 'Value' },
  ambition: { da: 'Ambition', en: 'Ambition' },
  tilgang: { da: 'Tilgang', en: 'Approach' },
  maalgruppe: { da: 'Målgruppe', en: 'Target group' },
};

/** Computes the checklist of one unit from its text (not from findings, which settings can switch off). */
export function checklistOf(unit: KerneopgaveUnit, locale: Locale): Checklist {
  // The checklist has no offsets: it is kept on the unit's first version and survives edits elsewhere.
  // Cached per lexicon: a changed ordliste reads the same text anew.
  const origin = originOfUnit(unit);
  const lexicon = lexiconOfUnit(unit);
  const cache = lexicon.caches.checklist as WeakMap<KerneopgaveUnit, Map<Locale, Checklist>>;
  let perLocale = cache.get(origin);
  if (!perLocale) cache.set(origin, (perLocale = new Map()));
  let checklist = perLocale.get(locale);
  if (!checklist) perLocale.set(locale, (checklist = withLexicon(lexicon, () => computeChecklist(origin, locale))));
  return checklist;
}

function computeChecklist(unit: KerneopgaveUnit, locale: Locale): Checklist {
  // Judged from the text, not from the findings: turning a rule off must not make a statement look fixed.
  const version: Checklist['version'] = readingSentences(unit).some((s) => findEffect(s)) ? 2 : effectUnclear(unit) ? 'unclear' : 1;
  const present = dimensionsOf(unit);
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d.key, !!present[d.key]])) as Record<DimensionKey, boolean>;
  const lix = lixOf(statementSentences(unit)).lix;
  const questions: Checklist['questions'] = [];
  if (version === 1) {
    questions.push({
      label: pick({ da: 'Hvilken effekt skal det have for borgeren?', en: 'What effect should it have for the citizen?' }, locale),
      detail: pick({ da: 'Version 1: formuleringen siger, hvad I gør, men ikke hvad det fører til.', en: 'Version 1: the statement says what you do, not what it leads to.' }, locale),
    });
  }
  for (const d of DIMENSIONS) {
    if (!dimensions[d.key]) questions.push({ label: pick(d.question, locale), detail: `${pick(d.heading, locale)}: ${pick(d.meaning, locale)}` });
  }
  const text = [
    versionLabel(version, locale, true),
    ...DIMENSIONS.map((d) => `${dimensions[d.key] ? '✓' : '✗'} ${pick(SHORT[d.key], locale)}`),
    `LIX ${lix}`,
  ].join(' · ');
  return { version, dimensions, lix, questions, text, complete: version === 2 && DIMENSIONS.every((d) => dimensions[d.key]) };
}

/** »Version 2«, »Version uafklaret«; without the word, as a table cell: »2«, »?«. */
export function versionLabel(version: Checklist['version'], locale: Locale, long = false): string {
  if (version !== 'unclear') return long ? `Version ${version}` : String(version);
  return long ? pick({ da: 'Version uafklaret', en: 'Version unclear' }, locale) : '?';
}

/**
 * The version as the JSON output gives it: 1 (an activity without effect), 2 (an effect), »mixed« (an activity of the
 * employees and an effect for the citizen), »unclear« (no activity and no effect read, but the citizen in view: a
 * state of a person, or the group as the subject of its own verb), or null (nothing to judge yet: no text, or only
 * questions).
 */
export function statementVersion(unit: KerneopgaveUnit): 1 | 2 | 'mixed' | 'unclear' | null {
  return withLexicon(lexiconOfUnit(unit), () => versionOf(unit));
}

function versionOf(unit: KerneopgaveUnit): 1 | 2 | 'mixed' | 'unclear' | null {
  const sentences = statementSentences(unit).filter((s) => !/\?\s*$/.test(s.text));
  if (sentences.every((s) => s.words.length === 0)) return null;
  if (!sentences.some((s) => findEffect(s)) && !listReadings(unit).some((s) => findEffect(s))) return effectUnclear(unit) ? 'unclear' : 1;
  return sentences.some((s) => activitiesIn(s.words).length > 0) ? 'mixed' : 2;
}
