// Finds the kerneopgave units of a document. Everything outside a unit stays silent.
//
// A unit is (a) a whole file named *.kerneopgave.md, (b) a section under a heading that names the kerneopgave
// (»Vores kerneopgave«, »Kerneopgaven for hjemmeplejen«), or (c) a paragraph or list item that states one
// (»Vores kerneopgave er at …«, »Det er skolens kerneopgave at …«). Prose that merely talks about
// kerneopgaver (»Vi har drøftet kerneopgaven på personalemødet«) is not a unit.
import { DIMENSIONS } from '../data/dimensioner';
import { originOfBlock, type ParsedDocument } from '../text/parse';
import { sentencesOf } from '../text/tokenize';
import type { DimensionKey, DimensionSection, KerneopgaveUnit, OffsetRange, ProseBlock } from '../types';

const OWNER = String.raw`(?:vores|vor|min|mit|jeres|deres|den|denne|vi har en|[\p{L}\p{N}.\-'’]+s|[\p{L}\p{N}.\-'’]+ens|[\p{L}\p{N}.\-'’]+ets)`;
const HEADING_UNIT = new RegExp(
  String.raw`^(?:[\d.]+\s+)?(?:${OWNER}\s+){0,3}(?:(?:fælles|overordnede|egentlige)\s+)?kerneopgaven?(?:\s*[:–—-].*|\s+(?:for|i|på|hos|som|ved)\s+.*)?$`,
  'u',
);
const STATEMENT_OPENERS: readonly RegExp[] = [
  new RegExp(
    String.raw`^(?:${OWNER}\s+){0,3}(?:(?:fælles|overordnede|egentlige)\s+)?kerneopgaven?(?:\s+(?:for|i|på|hos|som|ved)\s+[^,.:;]{1,80}?)?\s+(?:er|lyder|bliver)(?:\s+(?:derfor|altså|kort sagt|således|helt enkelt|grundlæggende|overordnet|først og fremmest|i dag|nu))?\s*(?:,\s*)?(?:[^,.:;]{1,80},\s*)?(?:at\b|:)`,
    'u',
  ),
  // »Det er Nyborg Kommunes kerneopgave at …«: a name of up to four words before the possessive; never »ikke«.
  new RegExp(
    String.raw`^det\s+er\s+(?:(?!ikke\b)[^\s,.:;]+\s+){0,4}?${OWNER}\s+(?:(?:fælles|overordnede)\s+)?kerneopgave\s*(?:,\s*)?(?:[^,.:;]{1,80},\s*)?at\b`,
    'u',
  ),
  /^som\s+kerneopgave\s+(?:har|skal)\s+vi\b/u,
];

/** True when a heading names the kerneopgave itself (not »Hvad er en kerneopgave?« or »Arbejdet med kerneopgaver«). */
export function isKerneopgaveHeading(text: string): boolean {
  const t = normalise(text);
  if (!t.includes('kerneopgave') || t.endsWith('?')) return false;
  return HEADING_UNIT.test(t);
}

/** Returns the index of the first sentence of a block that states a kerneopgave, or -1. */
export function statementSentenceIndex(block: ProseBlock): number {
  const origin = originOfBlock(block);
  let index = statementIndexCache.get(origin);
  if (index === undefined) {
    index = /kerneopgave/i.test(block.text) ? computeStatementSentenceIndex(block) : -1;
    statementIndexCache.set(origin, index);
  }
  return index;
}

/*
 * What a block's text alone decides (statement or not, unit heading, dimension heading, anchor, title) is kept on
 * the block's first version (see `originOfBlock`), so an edit elsewhere does not tokenise the block again.
 */
const statementIndexCache = new WeakMap<ProseBlock, number>();
const headingCache = new WeakMap<ProseBlock, { unit: boolean; dimension: DimensionKey | undefined }>();
const anchorCache = new WeakMap<ProseBlock, Map<number, OffsetRange | undefined>>();
const titleCache = new WeakMap<ProseBlock, string>();

function headingInfo(block: ProseBlock): { unit: boolean; dimension: DimensionKey | undefined } {
  const origin = originOfBlock(block);
  let info = headingCache.get(origin);
  if (!info) headingCache.set(origin, (info = { unit: isKerneopgaveHeading(block.text), dimension: dimensionOfHeading(block.text) }));
  return info;
}

function computeStatementSentenceIndex(block: ProseBlock): number {
  const sentences = sentencesOf(block);
  for (let i = 0; i < sentences.length; i++) {
    const t = normalise(sentences[i].text);
    if (t.includes('kerneopgave') && STATEMENT_OPENERS.some((re) => re.test(t))) return i;
  }
  return -1;
}

function normalise(text: string): string {
  return text
    .replace(/\uFFFC/g, ' ')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Which dimension a heading is named after, if any. */
export function dimensionOfHeading(text: string): DimensionKey | undefined {
  const t = normalise(text);
  if (t.includes('kerneopgave')) return undefined;
  for (const d of DIMENSIONS) if (d.headingPattern.test(t)) return d.key;
  return undefined;
}

/** True when the file name marks the whole file as one unit. */
export function isKerneopgaveFile(fileName: string | undefined): boolean {
  return !!fileName && /\.kerneopgave\.(md|markdown)$/i.test(fileName);
}

const unitOrigins = new WeakMap<KerneopgaveUnit, KerneopgaveUnit>();

/** Records that a unit has the same blocks (the same text) as an earlier version's unit. */
export function setUnitOrigin(unit: KerneopgaveUnit, earlier: KerneopgaveUnit): void {
  unitOrigins.set(unit, originOfUnit(earlier));
}

/**
 * The first version of a unit that had the same text: caches of what a unit's text gives (its checklist) are
 * kept on it, so they survive edits elsewhere in the document.
 */
export function originOfUnit(unit: KerneopgaveUnit): KerneopgaveUnit {
  return unitOrigins.get(unit) ?? unit;
}

/** Finds all units of a parsed document. */
export function findUnits(doc: ParsedDocument, fileName?: string): KerneopgaveUnit[] {
  const blocks = doc.blocks;
  if (isKerneopgaveFile(fileName)) {
    return blocks.length > 0 ? [fileUnit(doc)] : [];
  }
  const units: KerneopgaveUnit[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i];
    if (block.kind === 'heading' && headingInfo(block).unit) {
      const end = sectionEnd(blocks, i);
      const unit = sectionUnit(blocks, i, end);
      if (unit) {
        units.push(unit);
        i = end;
        continue;
      }
    } else if (block.kind !== 'heading') {
      const s = statementSentenceIndex(block);
      if (s >= 0) {
        const end = statementEnd(doc, i);
        units.push(statementUnit(blocks, i, end, s));
        i = end;
        continue;
      }
    }
    i++;
  }
  return units;
}

/** Index after the last block of the section opened by the heading at `i`. */
function sectionEnd(blocks: ProseBlock[], i: number): number {
  const depth = blocks[i].depth;
  let j = i + 1;
  while (j < blocks.length && !(blocks[j].kind === 'heading' && blocks[j].depth <= depth)) j++;
  return j;
}

/** A statement paragraph ending in a colon takes the list items that follow it (»Vores kerneopgave er: - …«). */
function statementEnd(doc: ParsedDocument, i: number): number {
  const blocks = doc.blocks;
  let j = i + 1;
  if (/:\s*$/.test(blocks[i].text)) while (j < blocks.length && blocks[j].kind === 'listItem') j++;
  return j;
}

function collectDimensionSections(blocks: ProseBlock[], from: number, to: number): DimensionSection[] {
  const sections: DimensionSection[] = [];
  for (let j = from; j < to; j++) {
    const b = blocks[j];
    if (b.kind !== 'heading') continue;
    const dimension = headingInfo(b).dimension;
    if (!dimension) continue;
    const end = Math.min(sectionEnd(blocks, j), to);
    sections.push({ dimension, heading: b, blocks: blocks.slice(j + 1, end).filter((x) => x.kind !== 'heading') });
  }
  return sections;
}

function anchorOf(statement: ProseBlock[], heading: ProseBlock | undefined, sentenceIndex = 0): OffsetRange {
  const first = statement[0];
  if (first) {
    // Kept relative to the block, so it moves with the block.
    const origin = originOfBlock(first);
    let perIndex = anchorCache.get(origin);
    if (!perIndex) anchorCache.set(origin, (perIndex = new Map()));
    let relative = perIndex.get(sentenceIndex);
    if (!perIndex.has(sentenceIndex)) {
      const sentence = sentencesOf(first)[sentenceIndex];
      // A stated unit is anchored on its opener (»Det er dagplejens kerneopgave«), not the whole sentence: the
      // unit-wide questions should not underline the writer's own words.
      const term = sentence?.words.find((w) => w.lower.startsWith('kerneopgave'));
      relative = sentence && { start: sentence.start - first.start, end: (term ? term.end : sentence.end) - first.start };
      perIndex.set(sentenceIndex, relative);
    }
    if (!relative) return { start: first.start, end: first.end };
    return { start: first.start + relative.start, end: first.start + relative.end };
  }
  if (heading) return { start: heading.start, end: heading.end };
  return { start: 0, end: 0 };
}

function titleOf(heading: ProseBlock | undefined, statement: ProseBlock[]): string {
  const block = heading ?? statement[0];
  if (!block) return '';
  const origin = originOfBlock(block);
  let title = titleCache.get(origin);
  if (title === undefined) {
    const clean = block.text.replace(/\uFFFC/g, '').replace(/\s+/g, ' ').trim();
    title = clean.length > 80 ? clean.slice(0, 77).trimEnd() + '…' : clean;
    titleCache.set(origin, title);
  }
  return title;
}

function fileUnit(doc: ParsedDocument): KerneopgaveUnit {
  const blocks = doc.blocks;
  const dimensionSections = collectDimensionSections(blocks, 0, blocks.length);
  const inDimension = new Set(dimensionSections.flatMap((s) => [s.heading, ...s.blocks]));
  const statement = blocks.filter((b) => b.kind !== 'heading' && !inDimension.has(b));
  const heading = blocks[0]?.kind === 'heading' ? blocks[0] : undefined;
  return {
    kind: 'file',
    start: blocks[0].start,
    end: blocks[blocks.length - 1].end,
    heading,
    statement,
    all: blocks,
    dimensionSections,
    anchor: anchorOf(statement, heading),
    title: titleOf(heading, statement),
  };
}

function sectionUnit(blocks: ProseBlock[], i: number, end: number): KerneopgaveUnit | undefined {
  const heading = blocks[i];
  const statement: ProseBlock[] = [];
  let j = i + 1;
  while (j < end && blocks[j].kind !== 'heading') statement.push(blocks[j++]);
  const dimensionSections = collectDimensionSections(blocks, i + 1, end);
  if (statement.length === 0 && dimensionSections.length === 0) return undefined;
  return {
    kind: 'section',
    start: heading.start,
    end: blocks[end - 1].end,
    heading,
    statement,
    all: blocks.slice(i, end),
    dimensionSections,
    anchor: { start: heading.start, end: heading.end },
    title: titleOf(heading, statement),
  };
}

function statementUnit(blocks: ProseBlock[], i: number, end: number, sentenceIndex: number): KerneopgaveUnit {
  const statement = blocks.slice(i, end);
  return {
    kind: 'statement',
    start: blocks[i].start,
    end: blocks[end - 1].end,
    statement,
    all: statement,
    dimensionSections: [],
    anchor: anchorOf(statement, undefined, sentenceIndex),
    title: titleOf(undefined, statement),
  };
}

/** The sentences of a unit's statement; in a statement unit they start at the stating sentence. */
export function statementSentences(unit: KerneopgaveUnit) {
  const out = [];
  for (const block of unit.statement) {
    for (const s of sentencesOf(block)) if (s.end > unit.anchor.start || unit.kind !== 'statement') out.push(s);
  }
  return out;
}

/** All sentences a dimension may be read from: the statement and the dimension sections. */
export function unitSentences(unit: KerneopgaveUnit) {
  const out = statementSentences(unit);
  for (const section of unit.dimensionSections) for (const b of section.blocks) out.push(...sentencesOf(b));
  return out;
}
