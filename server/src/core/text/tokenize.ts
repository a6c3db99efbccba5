// Splits a prose block into Danish sentences and words, with exact source offsets.
//
// parse-latin (retext) follows English conventions: it splits after Danish abbreviations before a capital or a
// digit (»bl.a. Odense«, »kl. 7«), moves the closing »“« and »«« into the next sentence, and misses the sentence
// end after »m.m.« and »osv.«. This splitter is written for Danish from the start and works on the decoded text
// of one block, so it is linear and needs no realignment.
import { NON_FINAL_ABBREVIATIONS, MAY_END_ABBREVIATIONS } from '../data/abbreviations';
import type { ProseBlock, Sentence, Word } from '../types';
import { sourceEnd, sourceStart } from './offsets';

const WORD = /[\p{L}\p{N}]+(?:[.'’\-/][\p{L}\p{N}]+)*-?/gu;
const CLOSERS = new Set(['"', '”', '“', '’', '»', '«', ')', ']', '\'']);
const UPPER = /[\p{Lu}\p{N}"„“”»«'(\[–-]/u;

/**
 * Splits a block into sentences. The most recently split blocks are cached (blocks are immutable once parsed, and
 * every rule asks for the same unit's sentences): a bounded cache, so that a long document's words are not all
 * kept (20 MB for the units of a 10 MB medarbejdergrundlag).
 */
export function sentencesOf(block: ProseBlock): Sentence[] {
  let cached = recent.get(block);
  if (cached) return cached;
  cached = older.get(block);
  if (!cached) cached = splitSentences(block);
  if (recent.size >= SENTENCE_CACHE_BLOCKS) {
    older = recent;
    recent = new Map();
  }
  recent.set(block, cached);
  return cached;
}

/** Blocks per generation of the sentence cache (two generations: at most twice this many blocks are kept). */
const SENTENCE_CACHE_BLOCKS = 512;
let recent = new Map<ProseBlock, Sentence[]>();
let older = new Map<ProseBlock, Sentence[]>();

interface RawWord {
  text: string;
  start: number; // index into block.text
  end: number;
}

function splitSentences(block: ProseBlock): Sentence[] {
  const text = block.text;
  const words: RawWord[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  const sentences: Sentence[] = [];
  let sentenceStart = skipSpace(text, 0);
  let current: RawWord[] = [];
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    current.push(word);
    const boundary = sentenceEndAfter(text, word, words[w + 1]);
    if (boundary >= 0) {
      sentences.push(makeSentence(block, sentenceStart, boundary, current));
      current = [];
      sentenceStart = skipSpace(text, boundary);
    }
  }
  if (current.length > 0 || sentenceStart < trimEnd(text)) {
    const end = trimEnd(text);
    if (end > sentenceStart) sentences.push(makeSentence(block, sentenceStart, end, current));
  }
  return sentences;
}

/** Returns the text index just past the sentence end that follows `word`, or -1 when the sentence goes on. */
function sentenceEndAfter(text: string, word: RawWord, next: RawWord | undefined): number {
  let i = word.end;
  const lower = word.text.toLowerCase();
  // Punctuation run after the word.
  let j = i;
  let sawTerminal = false;
  let sawDot = false;
  while (j < text.length) {
    const c = text[j];
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      sawTerminal = true;
      if (c === '.') sawDot = true;
      j++;
    } else if (CLOSERS.has(c) || (c === ' ' && sawTerminal && CLOSERS.has(text[j + 1] ?? ''))) {
      j++;
    } else break;
  }
  if (!sawTerminal) return -1;
  if (!next) return j;
  // What starts the next word: only an upper-case letter, a digit or an opening quote begins a new sentence.
  const between = text.slice(j, next.start);
  // No space after the full stop: no sentence end (»5.-9. klasse«, »kl.10«).
  if (!/^\s/.test(between)) return -1;
  if (j === next.start) return -1;
  const afterGap = text.slice(skipSpace(text, j), next.end);
  const startsUpper = UPPER.test(afterGap[0] ?? '') && /^[^\p{Ll}]/u.test(next.text);
  if (sawDot && text[word.end] === '.' && j - word.end === 1 + countClosers(text, word.end + 1, j)) {
    const abbreviation = lower + '.';
    if (NON_FINAL_ABBREVIATIONS.has(abbreviation)) return -1;
    if (MAY_END_ABBREVIATIONS.has(abbreviation)) return startsUpper ? j : -1;
  }
  if (!startsUpper) return -1;
  // An ordinal or a number followed by a digit (»1. 500«) is rare; a digit after a full stop starts a sentence.
  return j;
}

function countClosers(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (CLOSERS.has(text[k]) || text[k] === ' ') n++;
  return n;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function trimEnd(text: string): number {
  let i = text.length;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}

function makeSentence(block: ProseBlock, from: number, to: number, raw: RawWord[]): Sentence {
  const words: Word[] = raw.map((w, index) => ({
    text: w.text,
    lower: w.text.toLowerCase(),
    start: sourceStart(block, w.start),
    end: sourceEnd(block, w.end - 1),
    index,
    before: block.text.slice(index === 0 ? from : raw[index - 1].end, w.start),
  }));
  const safeTo = Math.max(from + 1, to);
  return {
    text: block.text.slice(from, to),
    start: from < block.text.length ? sourceStart(block, from) : block.start,
    end: safeTo - 1 < block.text.length ? sourceEnd(block, safeTo - 1) : block.end,
    words,
  };
}
