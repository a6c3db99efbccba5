// Shared types of the pure core: text → blocks → units → findings. No Node APIs here.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export type Locale = 'da' | 'en';

/** A half-open range of UTF-16 offsets into the source text. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** A word with its exact place in the source. */
export interface Word extends OffsetRange {
  text: string;
  lower: string;
  /** Index within its sentence. */
  index: number;
  /** The decoded text between the previous word (or the sentence start) and this one: punctuation, spaces. */
  before: string;
}

/** A sentence of prose; `text` is the decoded prose (entities, escapes and markup removed). */
export interface Sentence extends OffsetRange {
  text: string;
  words: Word[];
}

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'blockquote';

/** The key of a block's origin: the block it was first parsed as, when it was carried over an edit. */
export const ORIGIN: unique symbol = Symbol('origin');

/** A block of prose from the Markdown tree: a heading, a paragraph or a list item's paragraph. */
export interface ProseBlock extends OffsetRange {
  /** Set on a block carried over an edit (same text, maybe moved): the block it was first parsed as. */
  [ORIGIN]?: ProseBlock;
  kind: BlockKind;
  /** Heading depth (1–6); 0 for other blocks. */
  depth: number;
  /** Start line of the block, 0-based. */
  line: number;
  /** Decoded text. */
  text: string;
  /** The block's start in the source, which `runs` are relative to. */
  base: number;
  /**
   * Where each character of `text` came from, run-length encoded: triples (text index, source start relative to
   * `base`, width). A run of width 1 maps its characters one for one to consecutive source characters; any other
   * run is one character from a longer (or empty) source range. Read with `sourceStart` and `sourceEnd`.
   */
  runs: readonly number[];
}

export type DimensionKey = 'vaerdi' | 'ambition' | 'tilgang' | 'maalgruppe';

export interface DimensionSection {
  dimension: DimensionKey;
  heading: ProseBlock;
  blocks: ProseBlock[];
}

export type UnitKind = 'file' | 'section' | 'statement';

/** One kerneopgave unit: a whole file, a section under a kerneopgave heading, or a stated paragraph. */
export interface KerneopgaveUnit extends OffsetRange {
  kind: UnitKind;
  heading?: ProseBlock;
  /**
   * The statement itself, without its label: what the outline, the report and `--format json` quote. `start`/`end`
   * of the unit run from the label (or heading) to the statement's end.
   */
  body: OffsetRange;
  /** The blocks that state the kerneopgave. */
  statement: ProseBlock[];
  /** Every block of the unit, headings included (for checks over a whole section). */
  all: ProseBlock[];
  /** Sub-sections named after the four dimensions. */
  dimensionSections: DimensionSection[];
  /** Where a finding about the unit as a whole is anchored: the statement's first sentence, or the heading. */
  anchor: OffsetRange;
  /** A short name for outline and reports. */
  title: string;
  /**
   * The label that introduces the statement, as the text has it (»Kerneopgaven er«, »LÆRING«, »Vores mission«), or
   * undefined when the statement has none (a whole *.kerneopgave.md file, a bare statement).
   */
  label?: string;
}

/** A finding of a rule, before settings turn it into a diagnostic. */
export interface Finding extends OffsetRange {
  ruleId: string;
  tags: readonly string[];
  severity: Severity;
  message: string;
  /** Why the rule asks: for hover and docs. */
  note: string;
  /** The writer's words the finding is about, if any. */
  words?: string;
  /** Extra machine-readable data: a dimension key, an insertion point for a code action. */
  data?: FindingData;
}

export interface FindingData {
  dimension?: DimensionKey;
  /** Offset where a heading for a missing dimension can be inserted. */
  insertAt?: number;
  /** Heading depth to use for such an inserted heading. */
  headingDepth?: number;
  /** Words a quick fix offers to add to the workplace's ordliste (»beboerne« as a target group). */
  ordliste?: { list: 'maalgrupper' | 'effekter'; phrase: string };
}
