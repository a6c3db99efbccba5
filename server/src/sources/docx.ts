// Word documents (.docx) → Markdown the core can lint, with where each Word paragraph landed (Node only).
// The zip is checked before mammoth opens it: its size, its format (an old .doc or an encrypted .docx are both
// OLE compound files), and the uncompressed size of every entry, inflated here with a bound, so that a zip bomb
// is refused whatever its central directory claims.
import * as fs from 'node:fs';
import * as zlib from 'node:zlib';
import type { Locale } from '../core/types';

export interface DocxParagraph {
  /** 1-based index of the paragraph among the Word document's paragraphs that hold text. */
  number: number;
  /** 0-based line of the paragraph in the converted text. */
  line: number;
  /** The paragraph's first words (»Vi tilbyder undervisning …«). */
  firstWords: string;
}

export interface DocxText {
  markdown: string;
  paragraphs: DocxParagraph[];
}

export type DocxErrorKind = 'corrupt' | 'encrypted' | 'old-doc' | 'too-large' | 'zip-bomb';

export class DocxError extends Error {
  constructor(
    readonly kind: DocxErrorKind,
    readonly file: string,
    detail?: string,
  ) {
    super(`${file}: ${docxErrorMessage(kind, 'en')}${detail ? ` (${detail})` : ''}`);
    this.name = 'DocxError';
  }
}

/** A .docx above this size is not opened. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
/** The zip's entries together may not inflate to more than this. */
export const MAX_DOCX_UNCOMPRESSED = 100 * 1024 * 1024;

const MB = (n: number) => Math.round(n / 1024 / 1024);

/** The reason a file cannot be read, in the user's language (without the file name). */
export function docxErrorMessage(kind: DocxErrorKind, locale: Locale): string {
  const en = locale === 'en';
  switch (kind) {
    case 'corrupt':
      return en ? 'not a readable Word document (.docx); the file may be damaged' : 'ikke et læsbart Word-dokument (.docx); filen er måske beskadiget';
    case 'encrypted':
      return en ? 'the Word document is password-protected; remove the password in Word and try again' : 'Word-dokumentet er beskyttet med adgangskode; fjern adgangskoden i Word, og prøv igen';
    case 'old-doc':
      return en ? 'an old Word document (.doc) cannot be read; open it in Word and choose »Save as .docx«' : 'et gammelt Word-dokument (.doc) kan ikke læses; åbn det i Word, og vælg »Gem som .docx«';
    case 'too-large':
      return en ? `the Word document is larger than the limit of ${MB(MAX_DOCX_BYTES)} MB; skipped` : `Word-dokumentet er større end grænsen på ${MB(MAX_DOCX_BYTES)} MB; springes over`;
    case 'zip-bomb':
      return en
        ? `the Word document would unpack to more than ${MB(MAX_DOCX_UNCOMPRESSED)} MB; refused`
        : `Word-dokumentet ville fylde mere end ${MB(MAX_DOCX_UNCOMPRESSED)} MB pakket ud; afvist`;
  }
}

/** »file: reason« for the CLI and the server. */
export function describeDocxError(error: DocxError, locale: Locale): string {
  return `${error.file}: ${docxErrorMessage(error.kind, locale)}`;
}

export function isWordFile(file: string): boolean {
  return /\.docx?$/i.test(file);
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buffer: Uint8Array, bytes: readonly number[]): boolean {
  return buffer.length >= bytes.length && bytes.every((b, i) => buffer[i] === b);
}

/** An encrypted OOXML file is a compound file whose directory names the streams »EncryptionInfo« and »EncryptedPackage«. */
function isEncryptedPackage(buffer: Uint8Array): boolean {
  const b = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return b.includes(Buffer.from('EncryptedPackage', 'utf16le')) || b.includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

/**
 * Walks the zip's central directory and inflates every entry with a bound on the total, so that neither a
 * claimed nor a real size above MAX_DOCX_UNCOMPRESSED gets to mammoth. Throws DocxError.
 */
export function checkZip(file: string, buffer: Uint8Array): void {
  const b = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 65535 bytes, at the end.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DocxError('corrupt', file, 'no end of central directory');
  let entries = b.readUInt16LE(eocd + 10);
  let at = b.readUInt32LE(eocd + 16);
  if (entries === 0xffff || at === 0xffffffff) {
    // ZIP64 (some writers use it for small files too): the locator just before points at the ZIP64 record.
    const locator = eocd - 20;
    if (locator < 0 || b.readUInt32LE(locator) !== 0x07064b50) throw new DocxError('corrupt', file, 'no ZIP64 locator');
    const record = safeNumber(b.readBigUInt64LE(locator + 8));
    if (record + 56 > b.length || b.readUInt32LE(record) !== 0x06064b50) throw new DocxError('corrupt', file, 'bad ZIP64 record');
    entries = safeNumber(b.readBigUInt64LE(record + 32));
    at = safeNumber(b.readBigUInt64LE(record + 48));
  }
  let claimed = 0;
  let inflated = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== 0x02014b50) throw new DocxError('corrupt', file, 'bad central directory');
    const method = b.readUInt16LE(at + 10);
    let compressedSize = b.readUInt32LE(at + 20);
    let size = b.readUInt32LE(at + 24);
    const nameLength = b.readUInt16LE(at + 28);
    const extraLength = b.readUInt16LE(at + 30);
    const commentLength = b.readUInt16LE(at + 32);
    let local = b.readUInt32LE(at + 42);
    if (size === 0xffffffff || compressedSize === 0xffffffff || local === 0xffffffff) {
      // The ZIP64 extra field (id 1) holds, in this order, those of the three that are 0xffffffff.
      const sizes = zip64Extra(b, at + 46 + nameLength, extraLength);
      if (!sizes) throw new DocxError('corrupt', file, 'no ZIP64 extra field');
      let k = 0;
      const next = () => {
        if (k >= sizes.length) throw new DocxError('corrupt', file, 'short ZIP64 extra field');
        return sizes[k++];
      };
      if (size === 0xffffffff) size = next();
      if (compressedSize === 0xffffffff) compressedSize = next();
      if (local === 0xffffffff) local = next();
    }
    claimed += size;
    if (claimed > MAX_DOCX_UNCOMPRESSED) throw new DocxError('zip-bomb', file, `claims ${claimed} bytes`);
    // The data itself: after the local header (its own name and extra lengths).
    if (local + 30 > b.length || b.readUInt32LE(local) !== 0x04034b50) throw new DocxError('corrupt', file, 'bad local header');
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    if (start + compressedSize > b.length) throw new DocxError('corrupt', file, 'truncated entry');
    if (method === 8) {
      const budget = MAX_DOCX_UNCOMPRESSED - inflated;
      let out: Buffer;
      try {
        out = zlib.inflateRawSync(b.subarray(start, start + compressedSize), { maxOutputLength: Math.max(1, budget) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new DocxError('zip-bomb', file, 'inflates past the bound');
        throw new DocxError('corrupt', file, 'bad deflate data');
      }
      if (out.length !== size) throw new DocxError('corrupt', file, 'size mismatch');
      inflated += out.length;
    } else if (method === 0) {
      inflated += compressedSize;
    } else {
      throw new DocxError('corrupt', file, `compression method ${method}`);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
}

/** A 64-bit zip field as a number; a value past 2^53 is no real size or offset. */
function safeNumber(n: bigint): number {
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}

/** The 64-bit values of a ZIP64 extra field (header id 1) in the extra data at `start`, or undefined. */
function zip64Extra(b: Buffer, start: number, length: number): number[] | undefined {
  for (let i = start; i + 4 <= start + length && i + 4 <= b.length; ) {
    const id = b.readUInt16LE(i);
    const size = b.readUInt16LE(i + 2);
    if (id === 1) {
      const values: number[] = [];
      for (let j = i + 4; j + 8 <= i + 4 + size && j + 8 <= b.length; j += 8) values.push(safeNumber(b.readBigUInt64LE(j)));
      return values;
    }
    i += 4 + size;
  }
  return undefined;
}

/** Reads a .docx (from `buffer`, else from disk) and converts it to Markdown. Throws DocxError. */
export async function readDocx(file: string, buffer?: Uint8Array): Promise<DocxText> {
  if (!buffer) {
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch (error) {
      throw new DocxError('corrupt', file, (error as Error).message);
    }
    if (size > MAX_DOCX_BYTES) throw new DocxError('too-large', file);
    buffer = fs.readFileSync(file);
  }
  if (buffer.length > MAX_DOCX_BYTES) throw new DocxError('too-large', file);
  if (startsWith(buffer, CFB_MAGIC)) throw new DocxError(isEncryptedPackage(buffer) ? 'encrypted' : 'old-doc', file);
  if (!startsWith(buffer, [0x50, 0x4b, 0x03, 0x04])) throw new DocxError(/\.doc$/i.test(file) ? 'old-doc' : 'corrupt', file, 'not a zip');
  checkZip(file, buffer);
  const paragraphs: WordParagraph[] = [];
  try {
    // mammoth is loaded only when a Word document is read: the CLI starts without it otherwise.
    const mammoth = (await import('mammoth')) as typeof import('mammoth');
    const input = { buffer: Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
    // The document tree through mammoth's documented hook; the HTML it then writes is not used.
    await mammoth.convertToHtml(input, {
      transformDocument: (document: MammothElement) => {
        collectParagraphs(document, paragraphs);
        return document;
      },
    });
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError('corrupt', file, (error as Error)?.message);
  }
  return toMarkdown(paragraphs);
}

interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level?: string | number; isOrdered?: boolean } | null;
}

interface WordParagraph {
  text: string;
  heading: number;
  list?: { level: number; ordered: boolean };
}

function textOf(element: MammothElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab' || element.type === 'break') return ' ';
  // Footnote and comment references carry no text of the paragraph; images neither.
  return (element.children ?? []).map(textOf).join('');
}

function headingLevel(p: MammothElement): number {
  const name = `${p.styleName ?? ''} ${p.styleId ?? ''}`;
  if (/\b(title|titel)\b/i.test(name)) return 1;
  const m = /(?:heading|overskrift)\s*(\d)/i.exec(name);
  return m ? Math.min(6, Math.max(1, Number(m[1]))) : 0;
}

function collectParagraphs(element: MammothElement, out: WordParagraph[]): void {
  if (element.type === 'paragraph') {
    const text = textOf(element).replace(/\s+/g, ' ').trim();
    const heading = headingLevel(element);
    const styled = /^(list|liste)/i.test(element.styleName ?? element.styleId ?? '');
    const list = heading === 0 && (element.numbering || styled)
      ? { level: Math.min(5, Number(element.numbering?.level ?? 0) || 0), ordered: !!element.numbering?.isOrdered }
      : undefined;
    out.push({ text, heading, list });
    return;
  }
  for (const child of element.children ?? []) collectParagraphs(child, out);
}

/** Markdown's own characters in a paragraph's text are escaped, so that the text reads as text. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<&]/g, '\\$&');
}

function escapeStart(text: string): string {
  return /^(#{1,6}(\s|$)|[-+>]\s|\d{1,9}[.)](\s|$)|={3,}|-{3,})/.test(text) ? '\\' + text : text;
}

const FIRST_WORDS = 5;

function firstWordsOf(text: string): string {
  const words = text.split(' ');
  const head = words.slice(0, FIRST_WORDS).join(' ');
  const short = head.length > 60 ? head.slice(0, 57).trimEnd() : head;
  return words.length > FIRST_WORDS || short !== head ? `${short} …` : short;
}

/** One line per Word paragraph with text; a blank line between blocks, none between items of one list. */
function toMarkdown(word: readonly WordParagraph[]): DocxText {
  const lines: string[] = [];
  const paragraphs: DocxParagraph[] = [];
  let number = 0;
  let previousList = false;
  for (const p of word) {
    if (p.text === '') continue;
    number++;
    if (lines.length > 0 && !(previousList && p.list)) lines.push('');
    const text = escapeInline(p.text);
    let line: string;
    if (p.heading > 0) line = `${'#'.repeat(p.heading)} ${text}`;
    else if (p.list) line = `${'  '.repeat(p.list.level)}${p.list.ordered ? '1.' : '-'} ${text}`;
    else line = escapeStart(text);
    paragraphs.push({ number, line: lines.length, firstWords: firstWordsOf(p.text) });
    lines.push(line);
    previousList = !!p.list;
  }
  return { markdown: lines.length > 0 ? lines.join('\n') + '\n' : '', paragraphs };
}

/** The Word paragraph on (or, for a line between paragraphs, before) a 0-based line of the converted text. */
export function paragraphAt(text: DocxText, line: number): DocxParagraph | undefined {
  let lo = 0;
  let hi = text.paragraphs.length - 1;
  let found: DocxParagraph | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (text.paragraphs[mid].line <= line) {
      found = text.paragraphs[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** »afsnit 12 (»Vi tilbyder undervisning …«)« */
export function describeParagraph(p: DocxParagraph, locale: Locale): string {
  return locale === 'en' ? `paragraph ${p.number} (»${p.firstWords}«)` : `afsnit ${p.number} (»${p.firstWords}«)`;
}
