// Turns core findings into LSP diagnostics, following the contract in STYLE.md.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { LineIndex } from './core/text/parse';
import type { Finding, Severity } from './core/types';

export const SOURCE = 'kerneopgave';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for hover and code actions. */
export interface DiagnosticData {
  ruleId: string;
  tags: readonly string[];
  words?: string;
  note: string;
  dimension?: string;
  insertAt?: number;
  headingDepth?: number;
  ordliste?: { list: 'maalgrupper' | 'effekter'; phrase: string };
}

/** One diagnostic per finding: source, code = rule id, a link to the rule's docs, and data for hover/actions. */
export function toDiagnostic(finding: Finding, lines: LineIndex, docsUrl: (ruleId: string) => string): Diagnostic {
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    tags: finding.tags,
    note: finding.note,
    ...(finding.words !== undefined ? { words: finding.words } : {}),
    ...(finding.data ?? {}),
  };
  return {
    range: { start: lines.position(finding.start), end: lines.position(finding.end) },
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: docsUrl(finding.ruleId) },
    message: finding.message,
    data,
  };
}
