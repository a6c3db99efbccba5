// The messages between the playground page (main.ts) and its worker (worker.ts). Offsets are UTF-16 offsets into
// the text the page sent, which is what CodeMirror positions are.
import type { DimensionKey, Locale, Severity } from '../../server/src/core/types';

export interface LintRequest {
  id: number;
  text: string;
  locale: Locale;
}

export interface PlaygroundFinding {
  from: number;
  to: number;
  severity: Severity;
  ruleId: string;
  /** The rule's title in the request's language. */
  title: string;
  message: string;
  note: string;
}

export interface PlaygroundUnit {
  from: number;
  to: number;
  title: string;
  /**
   * As `statementVersion` gives it: 1, 2, »mixed« (an activity and an effect), »unclear« (no activity, no effect
   * read, the citizen in view), or null (nothing to judge yet).
   */
  version: 1 | 2 | 'mixed' | 'unclear' | null;
  dimensions: Record<DimensionKey, boolean>;
  /** Each dimension's name in the request's language, in the checklist's order. */
  dimensionNames: { key: DimensionKey; name: string }[];
  lix: number;
  /** »let«, »middel«, »svær« … in the request's language. */
  lixBand: string;
  questions: { label: string; detail: string }[];
  complete: boolean;
}

export interface LintResponse {
  id: number;
  findings: PlaygroundFinding[];
  units: PlaygroundUnit[];
  /** How the text was read: as a document with labelled statements, or the whole text as one kerneopgave. */
  mode: 'document' | 'file';
  ms: number;
  error?: string;
}
