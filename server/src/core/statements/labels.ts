// The labels that introduce a kerneopgave statement, and the shapes in which real text states one.
//
// A label is a noun phrase naming the kerneopgave (»Kerneopgaven«, »Vores fælles kerneopgave«, »Skolens
// kerneopgave«, »Kerneopgaven for hjemmeplejen«) or, where the user asks for it, another name for the same thing
// (»mission«, »formål«, »vision«, »vores opgave«). Everything here works on the decoded text of one block.

/** The label words a document is read with: always the kerneopgave; others from settings or the file kind. */
export interface LabelSet {
  /** A key for caches: the same key, the same reading. */
  key: string;
  /** The label noun phrase core: one alternative, case-insensitive, as a regular-expression source. */
  noun: string;
  /** The plural kerneopgave nouns (»kerneopgaver«, »kerneopgaverne«) as a source. */
  plural: string;
}

/** The other labels read in *.kerneopgave.md files (where the whole file is about the kerneopgave). */
export const FILE_LABELS: readonly string[] = ['mission', 'vision', 'formål', 'vores opgave', 'hovedopgave', 'målsætning'];

const KERNE = 'kerneopgave(?:n|r|rne)?';
const PLURAL = 'kerneopgaver(?:ne)?';

const labelSets = new Map<string, LabelSet>();

/** The label set for these extra label words (lower-case words or phrases, as the user wrote them). */
export function labelSetFor(extra: readonly string[] = []): LabelSet {
  const words = [...new Set(extra.map((w) => w.trim().toLowerCase()).filter((w) => w.length > 1 && w !== 'kerneopgave'))].sort();
  const key = words.join('\u0000');
  let set = labelSets.get(key);
  if (!set) {
    const alternatives = [KERNE, ...words.map(inflected)];
    set = { key, noun: `(?:${alternatives.join('|')})`, plural: PLURAL };
    labelSets.set(key, set);
  }
  return set;
}

/** A label word with the endings a Danish noun takes (»mission« → »missionen«, »formål« → »formålet«). */
function inflected(phrase: string): string {
  const parts = phrase.split(/\s+/).map(escape);
  const last = parts.pop() ?? '';
  const base = last.endsWith('e') ? `${last}(?:n|t|r|rne)?` : `${last}(?:en|et|er|erne|e|ne)?`;
  return [...parts, base].join('\\s{1,4}');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Owners before the label noun: »vores«, »Skolens«, »Social & Sundheds«, »den fælles«.
const OWNER = String.raw`(?:vores|vor|min|mit|jeres|deres|den|denne|dens|hele|[\p{L}\p{N}.\-'’&]+s)`;
const ADJECTIVE = String.raw`(?:fælles|overordnede|egentlige|primære|vigtigste|centrale|nye)`;
// »Kerneopgaven for hjemmeplejen«, »Vores kerneopgave i PPR«: a short qualifier, no clause punctuation.
const QUALIFIER = String.raw`(?:\s{1,4}(?:for|i|på|hos|som|ved|til)\s{1,4}[^,.:;!?»«"”“]{1,60}?)?`;
// An introduction before an inverted statement: »Hos os er kerneopgaven …«, »For hjemmeplejen er kerneopgaven …«.
const INTRO = String.raw`(?:(?:hos|for|i|på)\s{1,4}[^,.:;!?]{1,40}?\s{1,4}er\s{1,4})`;
const ADVERB = String.raw`(?:derfor|altså|kort sagt|således|helt enkelt|grundlæggende|overordnet|først og fremmest|i dag|nu|fortsat|også)`;
const STATE_VERB = String.raw`(?:er|lyder|bliver|hedder)`;
const QUOTE_OPEN = '["“”„»«\']';

interface Patterns {
  phrase: string;
  labelOnly: RegExp;
  labelColonEnd: RegExp;
  colon: RegExp;
  inline: RegExp;
  possessive: RegExp;
  quoted: RegExp;
  consistsIn: RegExp;
  plural: RegExp;
}

const patternCache = new Map<string, Patterns>();

function patternsFor(labels: LabelSet): Patterns {
  let p = patternCache.get(labels.key);
  if (p) return p;
  const phrase = String.raw`(?:${OWNER}\s{1,4}){0,3}(?:${ADJECTIVE}\s{1,4})?${labels.noun}${QUALIFIER}`;
  p = {
    phrase,
    // »Kerneopgaven er:«, »Vores kerneopgave«, »2. Kerneopgaverne«: nothing but the label (a heading line).
    labelOnly: new RegExp(String.raw`^(?:\d+[.)]?\s{1,4})?(${phrase})(?:\s{1,4}${STATE_VERB})?\s{0,4}:?\s{0,4}$`, 'iu'),
    // »Vores kerneopgave er todelt:«, »Kerneopgaven er kort fortalt:«: a label and a few words before a colon at the end.
    labelColonEnd: new RegExp(String.raw`^(?:\d+[.)]?\s{1,4})?(${phrase})\s{1,4}${STATE_VERB}(?:\s{1,4}[\p{L}-]+){1,3}\s{0,4}:\s{0,4}$`, 'iu'),
    // »Vores kerneopgave: At …«, »Kerneopgaven er: …«, »Kerneopgaven lyder: »…««
    colon: new RegExp(String.raw`^(?:\d+[.)]?\s{1,4})?(${phrase})(?:\s{1,4}${STATE_VERB})?\s{0,4}:\s{0,4}(?=[\p{L}\p{N}"“”„»«'])`, 'iu'),
    // »Vores kerneopgave er at …«, »Kerneopgaven er, i samspil med forældrene, at …«, »Hos os er kerneopgaven at …«
    inline: new RegExp(
      String.raw`^(?:${INTRO})?(${phrase})\s{1,4}${STATE_VERB}(?:\s{1,4}${ADVERB})?\s{0,4}(?:,\s{0,4}(?:[^.:;!?]{1,120}?,\s{0,4})?)?at\b`,
      'iu',
    ),
    // »Det er Nyborg Kommunes kerneopgave at …«, »Som kerneopgave har vi …«; never »Det er ikke …«
    possessive: new RegExp(
      String.raw`^(?:(det\s{1,4}er\s{1,4}(?:(?!ikke\b)[^\s,.:;]+\s{1,4}){0,4}?${OWNER}\s{1,4}(?:${ADJECTIVE}\s{1,4})?${labels.noun})\s{0,4}(?:,\s{0,4}(?:[^.:;!?]{1,120}?,\s{0,4})?)?at\b|(som\s{1,4}${labels.noun}\s{1,4}(?:har|skal)\s{1,4}vi)\b)`,
      'iu',
    ),
    // »Kerneopgaven … består i »at …««, »… lyder: »…««: the statement is the quotation.
    quoted: new RegExp(
      String.raw`^(?:${INTRO})?(?:${OWNER}\s{1,4}){0,3}(?:${ADJECTIVE}\s{1,4})?(${labels.noun})\b[^.!?]{0,160}?\b(?:består\s{1,4}i|lyder|er|hedder|handler\s{1,4}om|går\s{1,4}ud\s{1,4}på|(?:kan\s{1,4})?(?:formuleres|beskrives|defineres)\s{1,4}som)\s{0,4}:?\s{0,4}(${QUOTE_OPEN})`,
      'iu',
    ),
    // »Kerneopgaven … består i at …« without quotation marks: the statement runs from »at«.
    consistsIn: new RegExp(String.raw`^(${phrase})\b[^.!?]{0,160}?\b(?:består\s{1,4}i|går\s{1,4}ud\s{1,4}på|handler\s{1,4}om)\s{1,4}(?=at\b)`, 'iu'),
    plural: new RegExp(String.raw`${labels.plural}`, 'iu'),
  };
  patternCache.set(labels.key, p);
  return p;
}

/** How a block or sentence states its kerneopgave. Offsets are indices into the text given. */
export type LabelMatch =
  /** The text is only a label (»Kerneopgaven er:«, »Vores kerneopgaver«): the statement follows in later blocks. */
  | { shape: 'label-only'; label: [number, number]; plural: boolean; bare: boolean }
  /** Label and statement in one text; the statement is `body`. */
  | { shape: 'colon' | 'inline' | 'quoted' | 'consists-in'; label: [number, number]; body: [number, number] };

/**
 * »Kerneopgave er en hjælp til …«, »En kerneopgave er den opgave, …«: a sentence that defines or describes the
 * word, not a statement of one.
 */
export function isDefinition(text: string): boolean {
  return /^\s{0,4}(?:en\s{1,4})?kerneopgave(?:n|r|rne)?\s{1,4}(?:er|var|kan\s{1,4}være)\s{1,4}(?:en|et|den|det|de|et\s{1,4}begreb|noget)\b/iu.test(text);
}

/** Reads how the text (a block's text, or one of its lines) introduces a statement, if it does. */
export function matchLabel(text: string, labels: LabelSet): LabelMatch | undefined {
  if (!/kerneopgave/i.test(text) && labels.key === '') return undefined;
  const p = patternsFor(labels);
  const lead = leadingSpace(text);
  const t = text.slice(lead);
  const end = trimmedEnd(text);
  let m = p.labelOnly.exec(t);
  if (m) {
    const at = lead + m.index + m[0].indexOf(m[1]);
    // »Kerneopgaven er:« asks for what follows; »Kerneopgaven« alone may be a heading or an item in a contents list.
    const bare = !/:\s*$/.test(t) && !new RegExp(String.raw`\s${STATE_VERB}\s*$`, 'iu').test(t);
    return { shape: 'label-only', label: [at, at + m[1].length], plural: p.plural.test(m[1]), bare };
  }
  if (t.trimEnd().endsWith('?')) return undefined;
  m = p.labelColonEnd.exec(t);
  if (m) {
    const at = lead + m.index + m[0].indexOf(m[1]);
    return { shape: 'label-only', label: [at, at + m[1].length], plural: p.plural.test(m[1]), bare: false };
  }
  m = p.colon.exec(t);
  if (m) {
    const from = lead + m.index + m[0].indexOf(m[1]);
    const bodyStart = lead + m[0].length;
    const quoted = quotedBody(text, bodyStart);
    return { shape: 'colon', label: [from, from + m[1].length], body: quoted ?? [bodyStart, end] };
  }
  m = p.inline.exec(t) ?? p.possessive.exec(t);
  if (m) {
    const labelText = m[1] ?? m[2] ?? m[0];
    const from = lead + m[0].indexOf(labelText);
    return { shape: 'inline', label: [from, from + labelText.length], body: [lead, end] };
  }
  m = p.quoted.exec(t);
  if (m) {
    const open = lead + m.index + m[0].length - 1;
    const quoted = quotedBody(text, open);
    if (quoted) {
      const from = lead + m.index;
      return { shape: 'quoted', label: [from, from + m[1].length], body: quoted };
    }
  }
  m = p.consistsIn.exec(t);
  if (m) {
    const from = lead + m.index;
    return { shape: 'consists-in', label: [from, from + m[1].length], body: [lead + m[0].length, end] };
  }
  return undefined;
}

const CLOSING: Record<string, string> = { '"': '"', '“': '”', '”': '”', '„': '“', '»': '«', '«': '»', "'": "'" };

/** The text inside the quotation that opens at `open` (after spaces), if it holds a statement of three words or more. */
function quotedBody(text: string, open: number): [number, number] | undefined {
  let i = open;
  while (i < text.length && /\s/.test(text[i])) i++;
  const q = text[i];
  if (!q || !(q in CLOSING)) return undefined;
  const close = text.indexOf(CLOSING[q], i + 1);
  const alt = q === '”' || q === '“' ? text.indexOf(q === '”' ? '“' : '”', i + 1) : -1;
  let end = close < 0 ? alt : alt < 0 ? close : Math.min(close, alt);
  if (end < 0) return undefined;
  let from = i + 1;
  while (from < end && /\s/.test(text[from])) from++;
  while (end > from && /[\s.,]/.test(text[end - 1])) end--;
  const words = text.slice(from, end).split(/\s+/).filter(Boolean);
  return words.length >= 3 ? [from, end] : undefined;
}

/**
 * A paragraph or list item that opens with its own short label: »LÆRING: At barnet …«, »Fritid & fællesskab: At
 * man …«. Gives the label and the statement after it.
 */
export function matchItemLabel(text: string): { label: [number, number]; body: [number, number] } | undefined {
  const m = /^(\s{0,4})([\p{L}][\p{L}\p{N}&/ ,\-–]{0,48}?)\s{0,4}[:–—]\s{1,4}(?=\S)/u.exec(text);
  if (!m) return undefined;
  const label = m[2].trim();
  const words = label.split(/\s+/);
  const shouting = label === label.toUpperCase() && /\p{Lu}/u.test(label);
  if (words.length > (shouting ? 6 : 4)) return undefined;
  const from = m[1].length;
  return { label: [from, from + label.length], body: [m[0].length, trimmedEnd(text)] };
}

/** True when the text starts a statement by itself: »At …«, or a sentence in the present about a group or a unit. */
export function opensWithAt(text: string): boolean {
  return /^\s{0,4}["“”„»«']?at\s{1,4}\p{L}/iu.test(text);
}

function leadingSpace(text: string): number {
  let i = 0;
  while (i < text.length && /[\s\uFFFC]/.test(text[i])) i++;
  return i;
}

function trimmedEnd(text: string): number {
  let i = text.length;
  while (i > 0 && /[\s\uFFFC]/.test(text[i - 1])) i--;
  return i;
}
