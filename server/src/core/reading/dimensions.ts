// Judges whether a unit reflects each of the four dimensions, from its text and its dimension sub-headings.
import { DIMENSIONS, type DimensionEntry } from '../data/dimensioner';
import { findEffect, isGroupWord } from './effect';
import { OUTCOME_VERBS } from '../data/effekt';
import { activityOf, targetGroupOf } from './lexicon';
import { unitSentences } from '../statements/units';
import type { DimensionKey, KerneopgaveUnit, OffsetRange, Sentence, Word } from '../types';

export interface DimensionEvidence extends OffsetRange {
  source: 'heading' | 'text';
}

const cache = new WeakMap<KerneopgaveUnit, Record<DimensionKey, DimensionEvidence | undefined>>();

/** For each dimension, where the unit reflects it (or undefined when it does not); cached per unit. */
export function dimensionsOf(unit: KerneopgaveUnit): Record<DimensionKey, DimensionEvidence | undefined> {
  let result = cache.get(unit);
  if (!result) {
    result = computeDimensions(unit);
    cache.set(unit, result);
  }
  return result;
}

function computeDimensions(unit: KerneopgaveUnit): Record<DimensionKey, DimensionEvidence | undefined> {
  const sentences = unitSentences(unit);
  const result = {} as Record<DimensionKey, DimensionEvidence | undefined>;
  for (const d of DIMENSIONS) {
    const section = unit.dimensionSections.find((s) => s.dimension === d.key && s.blocks.length > 0);
    result[d.key] = section
      ? { start: section.heading.start, end: section.heading.end, source: 'heading' }
      : fromText(d, sentences);
  }
  return result;
}

function fromText(d: DimensionEntry, sentences: Sentence[]): DimensionEvidence | undefined {
  for (const s of sentences) {
    const hit = d.key === 'vaerdi' ? findEffect(s) ?? cueIn(d, s.words) : d.key === 'maalgruppe' ? concreteGroup(s.words) : cueIn(d, s.words);
    if (hit) return { start: hit.start, end: hit.end, source: 'text' };
  }
  return undefined;
}

const cueCache = new Map<DimensionEntry, string[][]>();

function cueIn(d: DimensionEntry, words: Word[]): OffsetRange | undefined {
  let cues = cueCache.get(d);
  if (!cues) {
    cues = d.cues.map((c) => c.split(' '));
    cueCache.set(d, cues);
  }
  for (let i = 0; i < words.length; i++) {
    for (const cue of cues) {
      if (cue.every((part, k) => words[i + k]?.lower === part)) return { start: words[i].start, end: words[i + cue.length - 1].end };
    }
    if (d.key === 'ambition') {
      // »alle børn«, »hvert barn«, »ingen unge«: the ambition that no one is left out.
      if (/^(alle|ingen|hvert|hver)$/.test(words[i].lower) && isGroupWord(words[i + 1])) return { start: words[i].start, end: words[i + 1].end };
      // »så selvstændigt som muligt«, »så hurtigt som muligt«: the level, as far as it goes.
      if (words[i].lower === 'så' && words[i + 2]?.lower === 'som' && /^mulig[t]?$/.test(words[i + 3]?.lower ?? '')) {
        return { start: words[i].start, end: words[i + 3].end };
      }
    }
  }
  return undefined;
}

const COORDINATORS = new Set(['og', 'eller', 'samt']);
const QUALIFIERS_AFTER = new Set(['med', 'som', 'der', 'over', 'under', 'mellem', 'uden']);
const NOT_QUALIFIERS = new Set([
  'den', 'det', 'alle', 'vores', 'vor', 'jeres', 'deres', 'sine', 'sin', 'kommunens', 'til', 'for', 'og', 'af', 'at', 'en',
  'et', 'hver', 'enhver', 'mange', 'flere', 'andre', 'øvrige', 'samtlige', 'nye', 'ny', 'nuværende', 'kommende', 'enkelte',
]);

/**
 * A concrete target group: a specific group (»børn«, »ældre«, »beboere«), a compound with one as its head
 * (»skolebørn«, »dialysepatienter«), or a generic group that is qualified (»borgere med handicap«,
 * »ældre borgere«, »borgere, som bor i eget hjem«). »Borgerne« alone names everyone.
 */
export function concreteGroup(words: Word[]): OffsetRange | undefined {
  for (let i = 0; i < words.length; i++) {
    const match = targetGroupOf(words[i].lower);
    if (!match || match.role === 'modifier') continue;
    const w = words[i];
    if (!match.entry.generic) {
      // »ældre« compares (»ældre end«) or qualifies (»ældre borgere«, still concrete).
      if (match.entry.lemma === 'ældre' && words[i + 1]?.lower === 'end') continue;
      return { start: w.start, end: w.end };
    }
    if (match.role === 'head') return { start: w.start, end: w.end };
    const next = words[i + 1];
    // »borgere og virksomheder, som …«: coordinated generic groups name everyone; a clause after them does not narrow.
    const coordinatedGeneric = COORDINATORS.has(words[i - 1]?.lower ?? '') && !!targetGroupOf(words[i - 2]?.lower ?? '')?.entry.generic;
    if (next && QUALIFIERS_AFTER.has(next.lower) && !coordinatedGeneric) {
      return { start: w.start, end: next.end };
    }
    const prev = words[i - 1];
    if (prev && isAttributive(words, i - 1) && !/[,;:]/.test(w.before)) {
      return { start: prev.start, end: w.end };
    }
  }
  return undefined;
}

/**
 * A rough test for an attributive adjective before a noun (»ledige«, »sårbare«, »udsatte«): an adjective-like
 * ending, not a verb (not after »at« or a modal, not an activity or outcome verb).
 */
function isAttributive(words: Word[], j: number): boolean {
  const w = words[j];
  if (!/^\p{Ll}/u.test(w.text) || NOT_QUALIFIERS.has(w.lower) || w.lower.length <= 3) return false;
  if (!/(e|ede|te|ske|ige|ne|are|ende|ære)$/.test(w.lower)) return false;
  if (activityOf(w.lower) || OUTCOME_VERBS.has(w.lower)) return false;
  const before = words[j - 1]?.lower;
  return !(before && VERB_MARKERS.has(before));
}

const VERB_MARKERS = new Set(['at', 'skal', 'vil', 'kan', 'må', 'bør', 'vi', 'man', 'og']);
