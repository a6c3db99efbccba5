// CLI output formats: stylish (for people), json (stable contract), sarif (GitHub code scanning).
import { pathToFileURL } from 'node:url';
import type { LintResult } from './core/lint';
import { LineIndex } from './core/text/lines';
import { pick } from './core/rules/rule';
import { RULES } from './core/rules/index';
import { checklistOf, statementVersion } from './core/reading/checklist';
import type { Finding, Locale, Severity } from './core/types';

export interface FileResult {
  file: string;
  text: string;
  findings: Finding[];
  result?: LintResult;
}

interface Located {
  finding: Finding;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** 1-based lines and columns (UTF-16 code units), end exclusive. */
function locate(result: FileResult): Located[] {
  const lines = new LineIndex(result.text);
  return result.findings.map((finding) => {
    const s = lines.position(finding.start);
    const e = lines.position(finding.end);
    return { finding, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  });
}

/** Each statement of a file: its text (without its label), label, 1-based place, version and dimensions. */
function statementsOf(r: FileResult) {
  if (!r.result) return [];
  const lines = r.result.doc.lineIndex;
  return r.result.units.map((u) => {
    const s = lines.position(u.body.start);
    const e = lines.position(u.body.end);
    return {
      text: r.text.slice(u.body.start, u.body.end).replace(/\s+/g, ' ').trim(),
      label: u.label ?? null,
      line: s.line + 1,
      column: s.character + 1,
      endLine: e.line + 1,
      endColumn: e.character + 1,
      version: statementVersion(u),
      dimensions: { ...checklistOf(u, 'da').dimensions },
    };
  });
}

/**
 * The JSON contract: [{file, messages: [{ruleId, tags, severity, message, line, column, endLine, endColumn}],
 * statements: [{text, label, line, column, endLine, endColumn, version, dimensions}]}].
 */
export function formatJson(results: FileResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      file: r.file,
      statements: statementsOf(r),
      messages: locate(r).map(({ finding, line, column, endLine, endColumn }) => ({
        ruleId: finding.ruleId,
        tags: [...finding.tags],
        severity: finding.severity,
        message: finding.message,
        line,
        column,
        endLine,
        endColumn,
      })),
    })),
  );
}

const LABEL: Record<Severity, { da: string; en: string }> = {
  error: { da: 'fejl', en: 'error' },
  warning: { da: 'advarsel', en: 'warning' },
  information: { da: 'info', en: 'info' },
  hint: { da: 'tip', en: 'hint' },
};

/** A readable listing per file, with a summary line. */
export function formatStylish(results: FileResult[], locale: Locale): string {
  let out = '';
  let total = 0;
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) {
    const located = locate(r);
    if (located.length === 0) continue;
    out += `${r.file}\n`;
    const rows = located.map((l) => [`${l.line}:${l.column}`, pick(LABEL[l.finding.severity], locale), l.finding.message, l.finding.ruleId]);
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    for (const row of rows) out += `  ${row[0].padEnd(w0)}  ${row[1].padEnd(w1)}  ${row[2]}  ${row[3]}\n`;
    out += '\n';
    for (const l of located) counts[l.finding.severity]++;
    total += located.length;
  }
  if (total === 0) {
    return pick({ da: `Ingen fund i ${results.length} fil(er).\n`, en: `No findings in ${results.length} file(s).\n` }, locale);
  }
  out += pick(
    {
      da: `${total} fund (${counts.error} fejl, ${counts.warning} advarsler, ${counts.information + counts.hint} tip) i ${results.length} fil(er).\n`,
      en: `${total} findings (${counts.error} errors, ${counts.warning} warnings, ${counts.information + counts.hint} hints) in ${results.length} file(s).\n`,
    },
    locale,
  );
  return out;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** SARIF 2.1.0, as GitHub code scanning accepts it. */
export function formatSarif(results: FileResult[], locale: Locale, docsUrl: (id: string) => string, version: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kerneopgave',
            version,
            informationUri: 'https://github.com/kerneopgave/kerneopgave',
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: pick(r.title, locale) },
              fullDescription: { text: pick(r.description, locale) },
              helpUri: docsUrl(r.id),
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
              properties: { tags: [...r.tags] },
            })),
          },
        },
        results: results.flatMap((r) =>
          locate(r).map(({ finding, line, column, endLine, endColumn }) => ({
            ruleId: finding.ruleId,
            ruleIndex: ruleIndex.get(finding.ruleId) ?? 0,
            level: SARIF_LEVEL[finding.severity],
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(r.file) },
                  region: { startLine: line, startColumn: column, endLine, endColumn },
                },
              },
            ],
          })),
        ),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

/** A relative path stays relative (GitHub resolves it against the checkout); an absolute one becomes a file URI. */
function toUri(file: string): string {
  if (/^([A-Za-z]:)?[\\/]/.test(file)) return pathToFileURL(file).href;
  return file
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');
}
