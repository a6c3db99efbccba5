// A Markdown report over many files: every unit with file and line, its checklist, its findings and the
// questions that remain, and a summary table. Good enough to print and bring to a MED meeting.
import { checklistOf, versionLabel, type Checklist } from './reading/checklist';
import type { LintResult } from './lint';
import { pick } from './rules/rule';
import type { Finding, Locale } from './types';

export interface ReportFile {
  /** The file's name as it should appear (relative to the folder). */
  file: string;
  result: LintResult;
  /** For a source that is not the linted text (a Word document): names the place of a 0-based line (»afsnit 4 (»Vi …«)«). */
  placeOf?: (line: number, locale: Locale) => string | undefined;
}

export const T = {
  title: { da: 'Kerneopgaver: rapport', en: 'Kerneopgaver: report' },
  generated: { da: 'rapporten er skrevet af kerneopgave og lintes ikke', en: 'this report was written by kerneopgave and is not linted' },
  summary: {
    da: (f: number, u: number, v2: number, c: number) =>
      `${f} ${f === 1 ? 'fil' : 'filer'} · ${u} ${u === 1 ? 'kerneopgave' : 'kerneopgaver'} · ${v2} i version 2 · ${c} i version 2 med alle fire dimensioner`,
    en: (f: number, u: number, v2: number, c: number) =>
      `${f} ${f === 1 ? 'file' : 'files'} · ${u} kerneopgave ${u === 1 ? 'unit' : 'units'} · ${v2} in version 2 · ${c} in version 2 with all four dimensions`,
  },
  overview: { da: 'Oversigt', en: 'Overview' },
  head: {
    da: '| Fil | Linje | Kerneopgave | Version | Værdi | Ambition | Tilgang | Målgruppe | LIX | Spørgsmål |',
    en: '| File | Line | Kerneopgave | Version | Value | Ambition | Approach | Target group | LIX | Questions |',
  },
  line: { da: 'linje', en: 'line' },
  findings: { da: 'Spørgsmål fra vejledningen', en: 'Questions from the guidance' },
  missing: { da: 'Det kan I tale om', en: 'What you can talk about' },
  none: { da: 'Ingen kerneopgaver fundet.', en: 'No kerneopgave units found.' },
  noFindings: { da: 'Ingen spørgsmål.', en: 'No questions.' },
};

export const SEVERITY = {
  error: { da: 'fejl', en: 'error' },
  warning: { da: 'advarsel', en: 'warning' },
  information: { da: 'info', en: 'info' },
  hint: { da: 'tip', en: 'hint' },
} as const;

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** One unit of the report, as both writers (Markdown here, HTML in reportHtml.ts) show it. */
export interface ReportUnit {
  file: string;
  /** 1-based line of the unit in the linted text. */
  line: number;
  /** Where the unit is in the source when that is not the line (a Word paragraph), else undefined. */
  place?: string;
  title: string;
  checklist: Checklist;
  /** The statement's text on one line (»…« for a placeholder). */
  statement: string;
  findings: { line: number; place?: string; finding: Finding }[];
}

export interface ReportModel {
  files: number;
  units: ReportUnit[];
  v2: number;
  complete: number;
}

/** What the report says, in order: files and units keep their order. */
export function reportModel(inputs: readonly ReportFile[], locale: Locale): ReportModel {
  const units: ReportUnit[] = [];
  let v2 = 0;
  let complete = 0;
  for (const { file, result, placeOf } of inputs) {
    for (const unit of result.units) {
      const c = checklistOf(unit, locale);
      if (c.version === 2) v2++;
      if (c.complete) complete++;
      const line0 = result.doc.lineIndex.position(unit.start).line;
      const findings = result.findings
        .filter((f) => f.start >= unit.start && f.end <= unit.end)
        .map((finding) => {
          const at = result.doc.lineIndex.position(finding.start).line;
          return { line: at + 1, place: placeOf?.(at, locale), finding };
        });
      const statement = unit.statement.map((b) => b.text.replace(/\uFFFC/g, '…').replace(/\s+/g, ' ').trim()).join(' ');
      units.push({ file, line: line0 + 1, place: placeOf?.(line0, locale), title: unit.title, checklist: c, statement, findings });
    }
  }
  return { files: inputs.length, units, v2, complete };
}

/** Writes the report. Files and units keep their order; output is deterministic. */
export interface ReportOptions {
  /** Said under the summary as a quote, e.g. that the report stopped early. */
  notes?: readonly string[];
}

export function formatReport(inputs: readonly ReportFile[], locale: Locale, options: ReportOptions = {}): string {
  const model = reportModel(inputs, locale);
  const rows: string[] = [];
  const sections: string[] = [];
  let lastFile: string | undefined;
  const mark = (b: boolean) => (b ? '✓' : '✗');
  const at = (line: number, place: string | undefined) => `${pick(T.line, locale)} ${line}${place ? `, ${place}` : ''}`;
  for (const u of model.units) {
    if (u.file !== lastFile) sections.push(`## ${u.file}`, '');
    lastFile = u.file;
    const c = u.checklist;
    rows.push(
      `| ${cell(u.file)} | ${u.line} | ${cell(u.title)} | ${versionLabel(c.version, locale)} | ${mark(c.dimensions.vaerdi)} | ${mark(c.dimensions.ambition)} | ${mark(c.dimensions.tilgang)} | ${mark(c.dimensions.maalgruppe)} | ${c.lix} | ${u.findings.length} |`,
    );
    sections.push(`### ${u.title} (${at(u.line, u.place)})`, '');
    const statement = u.statement;
    if (statement) sections.push(`> ${statement.length > 400 ? statement.slice(0, 397).trimEnd() + '…' : statement}`, '');
    sections.push(c.text, '');
    sections.push(`**${pick(T.findings, locale)}**`, '');
    if (u.findings.length === 0) sections.push(pick(T.noFindings, locale), '');
    else {
      for (const { line, place, finding: f } of u.findings) {
        sections.push(`- ${at(line, place)}: ${f.message} (\`${f.ruleId}\`, ${pick(SEVERITY[f.severity], locale)})`);
      }
      sections.push('');
    }
    if (c.questions.length > 0) {
      sections.push(`**${pick(T.missing, locale)}**`, '');
      for (const q of c.questions) sections.push(`- ${q.label}`);
      sections.push('');
    }
  }
  // The report quotes statements; opened in the editor it must not be linted itself.
  // The title first: an editor names an untitled document after its first line.
  const out = [`# ${pick(T.title, locale)}`, '', '<!-- kerneopgave-disable -- ' + pick(T.generated, locale) + ' -->', '', T.summary[locale](model.files, model.units.length, model.v2, model.complete), ''];
  for (const note of options.notes ?? []) out.push(`> ${note}`, '');
  if (model.units.length === 0) return [...out, pick(T.none, locale), ''].join('\n');
  out.push(`## ${pick(T.overview, locale)}`, '', T.head[locale], '| --- | ---: | --- | :---: | :---: | :---: | :---: | :---: | ---: | ---: |', ...rows, '');
  return [...out, ...sections].join('\n');
}
