// Turns core findings into LSP diagnostics, following the contract in STYLE.md.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { LineIndex } from './core/text/lines';
import type { Finding, Locale, Severity } from './core/types';
import type { ConfigProblem } from './core/config';

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

/** Diagnostics on a .kerneopgave.json: one per problem, at the key or the bad spot (the file's start if unknown). */
export function configDiagnostics(text: string, problems: readonly ConfigProblem[], locale: Locale): Diagnostic[] {
  const position = (offset: number) => {
    let line = 0;
    let start = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
      if (text[i] === '\n') {
        line++;
        start = i + 1;
      }
    }
    return { line, character: Math.min(offset, text.length) - start };
  };
  // A problem with the whole file (bad JSON, not an object, unreadable) means none of it applies.
  const suffixOf = (p: ConfigProblem) =>
    p.path === ''
      ? locale === 'en' ? ' The file is not used until it is fixed.' : ' Filen bruges ikke, før den er rettet.'
      : locale === 'en' ? ' The default is used for it.' : ' Standardindstillingen bruges i stedet.';
  return problems.map((p) => ({
    range: { start: position(p.start ?? 0), end: position(p.end ?? p.start ?? 0) },
    severity: DiagnosticSeverity.Warning,
    source: SOURCE,
    code: 'config',
    message: `${p.path ? `${p.path}: ` : ''}${p.message[locale]}.${suffixOf(p)}`,
  }));
}
