// CLI output formats: stylish (for people), json (stable contract), sarif (GitHub code scanning).
import { pathToFileURL } from 'node:url';
import type { LintResult } from './core/lint';
import { LineIndex } from './core/text/lines';
import { pick } from './core/rules/rule';
import { RULES } from './core/rules/index';
import { checklistOf, statementVersion } from './core/reading/checklist';
import type { Finding, Locale, Severity } from './core/types';
import { describeParagraph, paragraphAt, type DocxParagraph, type DocxText } from './sources/docx';

export interface FileResult {
  file: string;
  text: string;
  findings: Finding[];
  result?: LintResult;
  /** Set for a Word document: `text` is its converted Markdown, and this says where its paragraphs are. */
  docx?: DocxText;
}

interface Located {
  finding: Finding;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** For a Word document: the paragraph the finding starts in. */
  paragraph?: DocxParagraph;
}

/** 1-based lines and columns (UTF-16 code units), end exclusive. */
function locate(result: FileResult): Located[] {
  const lines = new LineIndex(result.text);
  return result.findings.map((finding) => {
    const s = lines.position(finding.start);
    const e = lines.position(finding.end);
    const paragraph = result.docx ? paragraphAt(result.docx, s.line) : undefined;
    return { finding, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, ...(paragraph ? { paragraph } : {}) };
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
      // The linted text (for plain text and Word, the converted Markdown), which the unit's offsets are in.
      text: r.result!.doc.source.slice(u.body.start, u.body.end).replace(/\s+/g, ' ').trim(),
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
      // For a Word document, line and column are in the converted text, and paragraph says where in Word.
      ...(r.docx ? { converted: 'docx' } : {}),
      messages: locate(r).map(({ finding, line, column, endLine, endColumn, paragraph }) => ({
        ruleId: finding.ruleId,
        tags: [...finding.tags],
        severity: finding.severity,
        message: finding.message,
        line,
        column,
        endLine,
        endColumn,
        ...(paragraph ? { paragraph: paragraph.number, paragraphStart: paragraph.firstWords } : {}),
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
    // A Word document: the line and column are in its converted text; the paragraph says where in Word.
    out += r.docx
      ? `${r.file}  ${pick({ da: '(Word: linje:kolonne i den omsatte tekst, afsnit i dokumentet)', en: '(Word: line:column in the converted text, paragraph in the document)' }, locale)}\n`
      : `${r.file}\n`;
    const rows = located.map((l) => [
      `${l.line}:${l.column}`,
      pick(LABEL[l.finding.severity], locale),
      l.finding.message,
      l.paragraph ? `${l.finding.ruleId}  ${describeParagraph(l.paragraph, locale)}` : l.finding.ruleId,
    ]);
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    for (const row of rows) out += `  ${row[0].padEnd(w0)}  ${row[1].padEnd(w1)}  ${row[2]}  ${row[3]}\n`;
    out += '\n';
    for (const l of located) counts[l.finding.severity]++;
    total += located.length;
  }
  const files = results.length;
  const fileWord = pick({ da: files === 1 ? '1 fil' : `${files} filer`, en: files === 1 ? '1 file' : `${files} files` }, locale);
  if (total === 0) return pick({ da: `Ingen fund i ${fileWord}.\n`, en: `No findings in ${fileWord}.\n` }, locale);
  // Only the kinds there are, each with its number and the right form of its word.
  const kinds: [number, string, string, string, string][] = [
    [counts.error, 'fejl', 'fejl', 'error', 'errors'],
    [counts.warning, 'advarsel', 'advarsler', 'warning', 'warnings'],
    [counts.information, 'info', 'info', 'info', 'info'],
    [counts.hint, 'tip', 'tip', 'hint', 'hints'],
  ];
  const parts = kinds.filter(([n]) => n > 0).map(([n, da1, da, en1, en]) => `${n} ${pick({ da: n === 1 ? da1 : da, en: n === 1 ? en1 : en }, locale)}`);
  out += pick({ da: `${total} fund (${parts.join(', ')}) i ${fileWord}.\n`, en: `${total} ${total === 1 ? 'finding' : 'findings'} (${parts.join(', ')}) in ${fileWord}.\n` }, locale);
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
          locate(r).map(({ finding, line, column, endLine, endColumn, paragraph }) => ({
            ruleId: finding.ruleId,
            ruleIndex: ruleIndex.get(finding.ruleId) ?? 0,
            level: SARIF_LEVEL[finding.severity],
            message: { text: finding.message },
            // A Word document: the region is in the converted text; the Word paragraph is named here.
            ...(paragraph ? { properties: { paragraph: paragraph.number, paragraphStart: paragraph.firstWords, convertedLine: line } } : {}),
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
