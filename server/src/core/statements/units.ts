// Finds the kerneopgave units of a document. Everything outside a unit stays silent.
//
// A unit is one statement and the label that introduces it. Real text states a kerneopgave in these shapes:
//   - a label on its own, the statement in the next paragraph, list or quote (»Kerneopgaven er:« / »At …«), also a
//     heading (»## Vores kerneopgave«) or a short line pasted from Word without »#« (»Vores kerneopgave«);
//   - a plural label (»Kerneopgaverne er:«, »Vores kerneopgaver«) and one labelled paragraph or list item per
//     statement (»LÆRING: At barnet …«): one unit each;
//   - the statement inside a sentence about it: »Vores kerneopgave er at …«, »Kerneopgaven er, i samspil med
//     forældrene, at …«, »Kerneopgaven … består i »at …««, »Vores kerneopgave: At …«;
//   - a whole *.kerneopgave.md file.
// Prose that mentions the kerneopgave (»Vi har drøftet kerneopgaven«), an agenda item in minutes (»## 3.
// Kerneopgaven« / »Vi drøftede …«) and a bare label are not units.
import { DIMENSIONS } from '../data/dimensioner';
import { sourceEnd, sourceStart } from '../text/offsets';
import { originOfBlock, type ParsedDocument } from '../text/parse';
import { sentencesOf } from '../text/tokenize';
import type { DimensionKey, DimensionSection, KerneopgaveUnit, OffsetRange, ProseBlock, Sentence, Word } from '../types';
import { FILE_LABELS, isDefinition, labelSetFor, matchItemLabel, matchLabel, type LabelMatch, type LabelSet } from './labels';

const OWNER = String.raw`(?:vores|vor|min|mit|jeres|deres|den|denne|vi har en|[\p{L}\p{N}.\-'’]+s|[\p{L}\p{N}.\-'’]+ens|[\p{L}\p{N}.\-'’]+ets)`;
const HEADING_UNIT = new RegExp(
  String.raw`^(?:[\d.]+\s+)?(?:${OWNER}\s+){0,3}(?:(?:fælles|overordnede|egentlige)\s+)?kerneopgaven?(?:\s*[:–—-].*|\s+(?:for|i|på|hos|som|ved)\s+.*)?$`,
  'u',
);
const PLURAL_HEADING = new RegExp(String.raw`^(?:[\d.]+\s+)?(?:${OWNER}\s+){0,3}(?:(?:fælles|overordnede)\s+)?kerneopgaver(?:ne)?(?:\s+(?:for|i|på|hos)\s+.*)?$`, 'u');

/** True when a heading names the kerneopgave itself (not »Hvad er en kerneopgave?« or »Arbejdet med kerneopgaver«). */
export function isKerneopgaveHeading(text: string): boolean {
  const t = normalise(text);
  if (!t.includes('kerneopgave') || t.endsWith('?')) return false;
  return HEADING_UNIT.test(t);
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
  return !!fileName && /\.kerneopgave\.(md|markdown|txt|docx)$/i.test(fileName);
}

/** How one block reads, independent of where it stands: kept on the block's first version (see `originOfBlock`). */
interface BlockReading {
  /** Statements and labels found in the block's text, as indices into `block.text`. */
  matches: { match: LabelMatch; sentenceEnd: number }[];
  /** The block is a heading line without »#«: only a label (»Vores kerneopgave«), first line of the block. */
  firstLine?: { label: [number, number]; plural: boolean; rest: number; restEnd: number };
  heading?: { unit: boolean; plural: boolean; dimension: DimensionKey | undefined };
}

/** The reading of a prose block that names no label: most blocks of a document, kept as one shared object. */
const NO_LABEL: BlockReading = Object.freeze({ matches: [] }) as BlockReading;

const readingCache = new WeakMap<ProseBlock, Map<string, BlockReading>>();

function readBlock(block: ProseBlock, labels: LabelSet): BlockReading {
  // Nothing to cache for a paragraph without a label word: no Map per block on the typing path.
  if (block.kind !== 'heading' && !mayHoldLabel(block.text, labels)) return NO_LABEL;
  const origin = originOfBlock(block);
  let perLabels = readingCache.get(origin);
  if (!perLabels) readingCache.set(origin, (perLabels = new Map()));
  let reading = perLabels.get(labels.key);
  if (!reading) perLabels.set(labels.key, (reading = computeReading(block, labels)));
  return reading;
}

function computeReading(block: ProseBlock, labels: LabelSet): BlockReading {
  const text = block.text;
  const reading: BlockReading = { matches: [] };
  if (block.kind === 'heading') {
    const t = normalise(text);
    const named = labels.key === '' ? isKerneopgaveHeading(text) : isKerneopgaveHeading(text) || matchLabel(text, labels)?.shape === 'label-only';
    reading.heading = { unit: named, plural: !t.endsWith('?') && PLURAL_HEADING.test(t), dimension: dimensionOfHeading(text) };
    return reading;
  }
  const newline = text.indexOf('\n');
  if (newline > 0) {
    const first = matchLabel(text.slice(0, newline), labels);
    if (first?.shape === 'label-only') {
      let rest = newline + 1;
      while (rest < text.length && /\s/.test(text[rest])) rest++;
      reading.firstLine = { label: first.label, plural: first.plural, rest, restEnd: sentenceEndFrom(text, rest) };
      return reading;
    }
  }
  let cursor = 0;
  let continuesAt = -1;
  for (const sentence of sentencesOf(block)) {
    const at = text.indexOf(sentence.text, cursor);
    if (at < 0) continue;
    cursor = at + sentence.text.length;
    const match = mayHoldLabel(sentence.text, labels) ? matchLabel(sentence.text, labels) : undefined;
    if (!match) {
      // »… Dermed kan de …«, »Målet er, at …«: a sentence that carries the statement on belongs to it.
      const last = reading.matches[reading.matches.length - 1];
      if (last && last.sentenceEnd === continuesAt && CONTINUATION.test(sentence.text)) {
        last.sentenceEnd = cursor;
        if (last.match.shape === 'inline') last.match.body[1] = trimEnd(text.slice(0, cursor));
        continuesAt = cursor;
      }
      continue;
    }
    const shifted = shiftMatch(match, at);
    reading.matches.push({ match: shifted, sentenceEnd: cursor });
    continuesAt = cursor;
  }
  return reading;
}

/** Sentences that carry a statement on: its result, its aim, how it is done. */
const CONTINUATION = /^\s*(?:så\b|således\b|dermed\b|derved\b|hermed\b|på den måde\b|det vil sige\b|det betyder\b|det gør vi\b|det sker\b|målet er\b|formålet er\b|effekten er\b)/iu;

function mayHoldLabel(text: string, labels: LabelSet): boolean {
  return labels.key === '' ? /kerneopgave/i.test(text) : true;
}

function shiftMatch(m: LabelMatch, d: number): LabelMatch {
  if (m.shape === 'label-only') return { shape: m.shape, label: [m.label[0] + d, m.label[1] + d], plural: m.plural, bare: m.bare };
  return { shape: m.shape, label: [m.label[0] + d, m.label[1] + d], body: [m.body[0] + d, m.body[1] + d] };
}

/** Index past the first sentence end at or after `from` (».«, »!« or »?« before a space or the end), else the text's end. */
function sentenceEndFrom(text: string, from: number): number {
  const re = /[.!?](?=\s|$)/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index + 1 : trimEnd(text);
}

function trimEnd(text: string): number {
  let i = text.length;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}

// Minutes and reports tell what happened: »Vi drøftede …«, »Punktet blev udsat«, »Der var enighed om …«.
const NARRATIVE = /^\s*(?:vi|der|man|mødet|udvalget|gruppen|punktet|det|de|[\p{Lu}][\p{L}-]+)\s+(?:\p{L}+ede|drøftede|talte|gennemgik|fik|blev|var|havde|gik|så|besluttede|valgte|tog)\b/u;

/**
 * Text that cannot be a statement: it tells what happened (»Udvalget drøftede …«), defines the word (»Kerneopgave er
 * en hjælp …«) or asks. Judged only for the blocks a label or heading would take as its statement.
 */
function notAStatement(block: ProseBlock): boolean {
  return NARRATIVE.test(block.text) || isDefinition(block.text) || /\?\s*$/.test(block.text);
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

export interface FindUnitsOptions {
  /** Label words read besides »kerneopgave« (settings `labels`): »mission«, »formål«, »vores opgave«. */
  labels?: readonly string[];
}

/** Finds all units of a parsed document. */
export function findUnits(doc: ParsedDocument, fileName?: string, options: FindUnitsOptions = {}): KerneopgaveUnit[] {
  const blocks = doc.blocks;
  if (isKerneopgaveFile(fileName)) {
    if (blocks.length === 0) return [];
    // A file of several labelled statements (»Mission: …«, »Vision: …«) gives one unit each; otherwise the file is one.
    const found = scan(blocks, labelSetFor([...FILE_LABELS, ...(options.labels ?? [])]));
    return found.length >= 2 ? found : [fileUnit(blocks, found[0])];
  }
  return scan(blocks, labelSetFor(options.labels));
}

function scan(blocks: ProseBlock[], labels: LabelSet): KerneopgaveUnit[] {
  const units: KerneopgaveUnit[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i];
    const reading = readBlock(block, labels);
    if (block.kind === 'heading') {
      if (reading.heading?.unit || reading.heading?.plural) {
        const end = sectionEnd(blocks, i);
        if (reading.heading.plural && !reading.heading.unit) {
          // »## Enhedernes kerneopgaver«: its items, then its sub-sections are read as any other part.
          const items = blocksUntilHeading(blocks, i + 1);
          units.push(...itemUnits(blocks, i + 1, items, labels, block));
          i = items;
          continue;
        } else {
          const unit = sectionUnit(blocks, i, end, labels);
          if (unit) units.push(unit);
        }
        i = end;
        continue;
      }
      i++;
      continue;
    }
    if (reading.firstLine) {
      const { label, plural, rest, restEnd } = reading.firstLine;
      if (plural) {
        // »Vores kerneopgaver« on the first line, items on the next lines of the same block: one unit for the rest.
        units.push(makeUnit([block], block, label, [rest, trimEnd(block.text)], undefined));
      } else if (rest < restEnd) {
        units.push(makeUnit([block], block, label, [rest, restEnd], undefined));
      }
      i++;
      continue;
    }
    let consumed = i + 1;
    for (const { match, sentenceEnd } of reading.matches) {
      if (match.shape === 'label-only') {
        // Only a label at the end of its block introduces the blocks that follow.
        if (sentenceEnd < trimEnd(block.text)) continue;
        const taken = labelledFollowers(blocks, i, match, labels, units);
        consumed = Math.max(consumed, taken);
        continue;
      }
      const body: [number, number] = [match.body[0], match.shape === 'inline' ? Math.min(sentenceEnd, match.body[1]) : match.body[1]];
      const text = block.text.slice(body[0], body[1]);
      if (text.trimEnd().endsWith(':')) {
        // »Vores kerneopgave er at:« with a list after it: the list belongs to the statement.
        let j = i + 1;
        while (j < blocks.length && blocks[j].kind === 'listItem') j++;
        if (j > i + 1) {
          units.push(makeUnit(blocks.slice(i, j), block, match.label, [body[0], -1], blocks[j - 1]));
          consumed = Math.max(consumed, j);
          continue;
        }
      }
      if (wordCount(text) < 2) continue;
      units.push(makeUnit([block], block, match.label, body, undefined));
    }
    i = consumed;
  }
  return units;
}

/** After a label that stands alone, the statement(s) in the next blocks. Returns the index after what was taken. */
function labelledFollowers(blocks: ProseBlock[], i: number, match: Extract<LabelMatch, { shape: 'label-only' }>, labels: LabelSet, out: KerneopgaveUnit[]): number {
  const labelBlock = blocks[i];
  const next = blocks[i + 1];
  if (!next || next.kind === 'heading') return i + 1;
  if (match.plural) {
    const items = itemUnits(blocks, i + 1, blocksUntilHeading(blocks, i + 1), labels, undefined);
    out.push(...items);
    return i + 1 + items.length;
  }
  // A statement that introduces itself (»Kerneopgaven tager udgangspunkt i … og består i »at …««) is read on its own.
  const nextReading = readBlock(next, labels);
  if (nextReading.matches.length > 0 || nextReading.firstLine) return i + 1;
  if (next.kind === 'listItem') {
    let j = i + 1;
    while (j < blocks.length && blocks[j].kind === 'listItem') j++;
    out.push(makeUnit(blocks.slice(i, j), labelBlock, match.label, [-1, -1], blocks[j - 1], blocks[i + 1]));
    return j;
  }
  if (notAStatement(next) || wordCount(next.text) < 3) return i + 1;
  // After a bare »Kerneopgaven« (a heading line, or an entry in a list of contents) only a sentence is a statement,
  // not the next short line (»Kompetencer og forudsætninger«).
  if (match.bare && !/[.!]\s*$/.test(next.text) && wordCount(next.text) < 8) return i + 1;
  out.push(makeUnit([labelBlock, next], labelBlock, match.label, [-1, -1], next, next));
  return i + 2;
}

/** One unit per labelled paragraph or list item (»LÆRING: At …«) from `from` while they last. */
function itemUnits(blocks: ProseBlock[], from: number, to: number, labels: LabelSet, heading: ProseBlock | undefined): KerneopgaveUnit[] {
  const out: KerneopgaveUnit[] = [];
  for (let j = from; j < to; j++) {
    const b = blocks[j];
    if (b.kind === 'heading') break;
    const reading = readBlock(b, labels);
    if (reading.matches.some((m) => m.match.shape !== 'label-only')) {
      // An item that states its own kerneopgave (»Det er dagplejens kerneopgave at …«).
      out.push(...scan([b], labels));
      continue;
    }
    const item = matchItemLabel(b.text);
    if (item) {
      if (wordCount(b.text.slice(item.body[0], item.body[1])) >= 3) out.push(makeUnit([b], b, item.label, item.body, undefined, undefined, true));
      continue;
    }
    if (b.kind === 'listItem' && !notAStatement(b) && wordCount(b.text) >= 3) {
      out.push(makeUnit([b], b, undefined, [0, trimEnd(b.text)], undefined));
      continue;
    }
    if (j === from && heading) continue;
    break;
  }
  if (heading && out.length > 0 && !out.some((u) => u.label)) for (const u of out) u.label = heading.text.trim();
  return out;
}

function blocksUntilHeading(blocks: ProseBlock[], from: number): number {
  let j = from;
  while (j < blocks.length && blocks[j].kind !== 'heading') j++;
  return j;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Index after the last block of the section opened by the heading at `i`. */
function sectionEnd(blocks: ProseBlock[], i: number): number {
  const depth = blocks[i].depth;
  let j = i + 1;
  while (j < blocks.length && !(blocks[j].kind === 'heading' && blocks[j].depth <= depth)) j++;
  return j;
}

function collectDimensionSections(blocks: ProseBlock[], from: number, to: number, labels: LabelSet): DimensionSection[] {
  const sections: DimensionSection[] = [];
  for (let j = from; j < to; j++) {
    const b = blocks[j];
    if (b.kind !== 'heading') continue;
    const dimension = readBlock(b, labels).heading?.dimension;
    if (!dimension) continue;
    const end = Math.min(sectionEnd(blocks, j), to);
    sections.push({ dimension, heading: b, blocks: blocks.slice(j + 1, end).filter((x) => x.kind !== 'heading') });
  }
  return sections;
}

/**
 * Builds a unit. `body` is [start, end] as indices into the text of `first` (the statement's start) and `last`
 * (its end; -1 for the end of `last`, or of `first` when `last` is undefined); a start of -1 means the start of
 * `bodyFirst`.
 */
function makeUnit(
  blocks: ProseBlock[],
  labelBlock: ProseBlock,
  label: [number, number] | undefined,
  body: [number, number],
  last: ProseBlock | undefined,
  bodyFirst?: ProseBlock,
  itemLabel = false,
): KerneopgaveUnit {
  const firstBody = bodyFirst ?? labelBlock;
  const lastBody = last ?? labelBlock;
  const bodyStart = body[0] < 0 ? firstBody.start : at(firstBody, body[0]);
  const bodyEnd = body[1] < 0 ? lastBody.end : atEnd(lastBody, body[1]);
  const labelRange = label && { start: at(labelBlock, label[0]), end: atEnd(labelBlock, label[1]) };
  const start = Math.min(labelRange?.start ?? bodyStart, bodyStart);
  const statement = blocks.filter((b) => b !== labelBlock || firstBody === labelBlock);
  const labelText = label ? labelBlock.text.slice(label[0], label[1]).replace(/\s+/g, ' ').trim() : undefined;
  const unit: KerneopgaveUnit = {
    kind: 'statement',
    start,
    end: Math.max(bodyEnd, labelRange?.end ?? bodyEnd),
    body: { start: bodyStart, end: bodyEnd },
    statement: statement.length > 0 ? statement : blocks,
    all: blocks,
    dimensionSections: [],
    anchor: labelRange ?? firstLine(firstBody, bodyStart, bodyEnd),
    title: itemLabel && labelText ? labelText : clip(labelBlock === firstBody || !labelText ? firstBody.text.slice(Math.max(0, body[0])) : firstBody.text),
  };
  if (labelText) unit.label = labelText;
  return unit;
}

function at(block: ProseBlock, i: number): number {
  return i >= block.text.length ? block.end : sourceStart(block, i);
}

function atEnd(block: ProseBlock, i: number): number {
  return i <= 0 ? block.start : i > block.text.length ? block.end : sourceEnd(block, i - 1);
}

/** The first line of a statement from `start`: where a question about the whole statement is anchored. */
function firstLine(block: ProseBlock, start: number, end: number): OffsetRange {
  const sentence = sentencesOf(block).find((s) => s.end > start);
  let to = Math.min(end, sentence?.end ?? end);
  const firstWordOnNextLine = sentence?.words.find((w) => w.start > start && w.before.includes('\n'));
  if (firstWordOnNextLine) {
    const prev = sentence!.words[firstWordOnNextLine.index - 1];
    if (prev) to = Math.min(to, prev.end);
  }
  return { start, end: Math.max(start, to) };
}

/** »Vores kerneopgave er helhedsorienteret …«: up to the kerneopgave word where the first sentence has one. */
function openerOrFirstLine(block: ProseBlock, start: number): OffsetRange {
  const sentence = sentencesOf(block)[0];
  const term = sentence?.words.find((w) => w.index < 6 && w.lower.startsWith('kerneopgave'));
  if (sentence && term) return { start: sentence.start, end: term.end };
  return firstLine(block, start, block.end);
}

function clip(text: string): string {
  const clean = text.replace(/\uFFFC/g, '').replace(/\s+/g, ' ').trim();
  return clean.length > 80 ? clean.slice(0, 77).trimEnd() + '…' : clean;
}

/** A heading that is one of the file labels (»Vision«, »Vores mission«, »Formålet«): a name for the statement. */
const FILE_LABEL_HEADING = new RegExp(String.raw`^\s*(?:vores\s+|vor\s+|\p{L}+s\s+)?(?:${FILE_LABELS.map((l) => l.replace(/\s+/g, String.raw`\s+`)).join('|')})(?:en|et)?\s*:?\s*$`, 'iu');

function fileUnit(blocks: ProseBlock[], only: KerneopgaveUnit | undefined): KerneopgaveUnit {
  let dimensionSections = collectDimensionSections(blocks, 0, blocks.length, labelSetFor());
  // A file that opens with »## Vision« (or »Vores vision«) and holds nothing else: the heading is the statement's
  // label, not the ambition section of a statement written elsewhere.
  const opening = dimensionSections[0];
  if (opening && opening.heading === blocks[0] && FILE_LABEL_HEADING.test(opening.heading.text) && !blocks.some((b) => b.kind !== 'heading' && !dimensionSections.some((d) => d.blocks.includes(b)))) {
    dimensionSections = dimensionSections.slice(1);
  }
  const inDimension = new Set(dimensionSections.flatMap((s) => [s.heading, ...s.blocks]));
  const statement = blocks.filter((b) => b.kind !== 'heading' && !inDimension.has(b));
  const heading = blocks[0]?.kind === 'heading' ? blocks[0] : undefined;
  const start = blocks[0].start;
  const end = blocks[blocks.length - 1].end;
  const first = statement[0];
  const bodyStart = only && only.body.start >= start ? only.body.start : (first?.start ?? start);
  const unit: KerneopgaveUnit = {
    kind: 'file',
    start,
    end,
    body: { start: heading && first ? first.start : start, end },
    heading,
    statement,
    all: blocks,
    dimensionSections,
    anchor: only?.label ? only.anchor : first ? openerOrFirstLine(first, bodyStart) : heading ? { start: heading.start, end: heading.end } : { start, end: start },
    title: clip((heading ?? first ?? blocks[0]).text),
  };
  if (only?.label) unit.label = only.label;
  else if (heading && isKerneopgaveHeading(heading.text)) unit.label = heading.text.trim();
  return unit;
}

function sectionUnit(blocks: ProseBlock[], i: number, end: number, labels: LabelSet): KerneopgaveUnit | undefined {
  const heading = blocks[i];
  const statement: ProseBlock[] = [];
  let j = i + 1;
  while (j < end && blocks[j].kind !== 'heading') statement.push(blocks[j++]);
  const dimensionSections = collectDimensionSections(blocks, i + 1, end, labels);
  if (statement.length === 0 && dimensionSections.length === 0) return undefined;
  // An agenda item in minutes: »## 3. Kerneopgaven« over »Vi drøftede …«.
  // (A template's questions stay a unit: ikke-skrevet-endnu speaks on it.)
  if (statement.length > 0 && (NARRATIVE.test(statement[0].text) || isDefinition(statement[0].text))) return undefined;
  const bodyStart = (statement[0] ?? dimensionSections[0].heading).start;
  const unit: KerneopgaveUnit = {
    kind: 'section',
    start: heading.start,
    end: blocks[end - 1].end,
    body: { start: bodyStart, end: blocks[end - 1].end },
    heading,
    statement,
    all: blocks.slice(i, end),
    dimensionSections,
    anchor: { start: heading.start, end: heading.end },
    title: clip(heading.text),
    label: heading.text.replace(/\s+/g, ' ').trim(),
  };
  return unit;
}

const clipped = new WeakMap<Sentence, Map<string, Sentence>>();

/** The part of a sentence inside [start, end): its words there, as a sentence of their own (cached). */
function clipSentence(sentence: Sentence, start: number, end: number): Sentence | undefined {
  if (sentence.start >= start && sentence.end <= end) return sentence;
  const key = `${start}:${end}`;
  let perRange = clipped.get(sentence);
  if (!perRange) clipped.set(sentence, (perRange = new Map()));
  const hit = perRange.get(key);
  if (hit) return hit;
  const words = sentence.words.filter((w) => w.start >= start && w.end <= end);
  if (words.length === 0) return undefined;
  const inside = words.map((w, index) => ({ ...w, index, before: index === 0 ? '' : w.before }));
  const text = inside.map((w, k) => (k === 0 ? '' : w.before) + w.text).join('');
  const result: Sentence = { start: inside[0].start, end: inside[inside.length - 1].end, text, words: inside };
  perRange.set(key, result);
  return result;
}

/** The sentences of a unit's statement: only the words of the statement itself (not its label or the prose around it). */
export function statementSentences(unit: KerneopgaveUnit): Sentence[] {
  const out: Sentence[] = [];
  const { start, end } = unit.body;
  for (const block of unit.statement) {
    if (block.end <= start || block.start >= end) continue;
    for (const s of sentencesOf(block)) {
      if (s.end <= start || s.start >= end) continue;
      const part = clipSentence(s, start, end);
      if (part) out.push(part);
    }
  }
  return out;
}

const listReadingsOf = new WeakMap<KerneopgaveUnit, Sentence[]>();

/**
 * A list read on from the sentence that leads into it, as the writer means it: »… at kursisterne:« followed by the
 * items »kan bruge dansk« and »kender samfundet« says »at kursisterne kan bruge dansk« and »at kursisterne kender
 * samfundet«. One sentence per item, for the effect to be read from (the items alone have no subject); both Markdown
 * list items after a paragraph that ends in a colon and Word's »•« after a colon within one line.
 */
export function listReadings(unit: KerneopgaveUnit): Sentence[] {
  let out = listReadingsOf.get(unit);
  if (out) return out;
  out = [];
  const { start, end } = unit.body;
  let lead: Sentence | undefined;
  for (const block of unit.statement) {
    if (block.end <= start || block.start >= end) continue;
    const sentences = sentencesOf(block).filter((s) => s.end > start && s.start < end);
    if (block.kind === 'listItem' && lead && sentences[0]) {
      const item = clipSentence(sentences[0], start, end);
      if (item) out.push(joinedSentence(lead.words, item.words));
      continue;
    }
    lead = undefined;
    for (const s of sentences) {
      const part = clipSentence(s, start, end);
      if (!part) continue;
      // Word's bullets in one line: »at kursisterne: • kan bruge dansk • kender samfundet«.
      const cuts = part.words.flatMap((w, i) => (i > 0 && w.before.includes('•') ? [i] : []));
      if (cuts.length > 0 && /:\s*•/.test(part.words[cuts[0]].before)) {
        const head = part.words.slice(0, cuts[0]);
        cuts.forEach((c, k) => out!.push(joinedSentence(head, part.words.slice(c, cuts[k + 1] ?? part.words.length))));
      }
    }
    const last = sentences[sentences.length - 1];
    const clippedLast = last && clipSentence(last, start, end);
    if (last && clippedLast && /:\s*$/.test(last.text)) lead = clippedLast;
  }
  listReadingsOf.set(unit, out);
  return out;
}

/** The words of a lead-in and one item of its list as one sentence (offsets kept, indices renumbered). */
function joinedSentence(lead: readonly Word[], item: readonly Word[]): Sentence {
  const words = [...lead, ...item].map((w, index) => ({ ...w, index, before: index === 0 ? '' : index === lead.length ? ' ' : w.before }));
  const text = words.map((w, k) => (k === 0 ? '' : w.before) + w.text).join('');
  return { start: words[0].start, end: words[words.length - 1].end, text, words };
}

/** The sentences an effect is read from: the statement's, and its lists read on from their lead-in. */
export function readingSentences(unit: KerneopgaveUnit): Sentence[] {
  const extra = listReadings(unit);
  return extra.length === 0 ? statementSentences(unit) : [...statementSentences(unit), ...extra];
}

/** All sentences a dimension may be read from: the statement and the dimension sections. */
export function unitSentences(unit: KerneopgaveUnit): Sentence[] {
  const out = statementSentences(unit);
  for (const section of unit.dimensionSections) for (const b of section.blocks) out.push(...sentencesOf(b));
  return out;
}

/**
 * True when nothing of the unit is written yet: every sentence of its statement and dimension sections is a question
 * (an untouched template: »Hvilken forskel gør I for borgerne?«). Questions are never answers.
 */
export function isUnwritten(unit: KerneopgaveUnit): boolean {
  const sentences = unitSentences(unit).filter((s) => s.words.length > 0);
  return sentences.every((s) => /\?\s*$/.test(s.text));
}
