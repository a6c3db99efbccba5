// A Markdown report over many files: every unit with file and line, its checklist, its findings and the
// questions that remain, and a summary table. Good enough to print and bring to a MED meeting.
import { checklistOf } from './reading/checklist';
import type { LintResult } from './lint';
import { pick } from './rules/rule';
import type { Locale } from './types';

export interface ReportFile {
  /** The file's name as it should appear (relative to the folder). */
  file: string;
  result: LintResult;
}

const T = {
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

const SEVERITY = {
  error: { da: 'fejl', en: 'error' },
  warning: { da: 'advarsel', en: 'warning' },
  information: { da: 'info', en: 'info' },
  hint: { da: 'tip', en: 'hint' },
} as const;

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export interface ReportOptions {
  /** Said under the summary as a quote, e.g. that the report stopped early. */
  notes?: readonly string[];
}

/** Writes the report. Files and units keep their order; output is deterministic. */
export function formatReport(inputs: readonly ReportFile[], locale: Locale, options: ReportOptions = {}): string {
  const rows: string[] = [];
  const sections: string[] = [];
  let units = 0;
  let v2 = 0;
  let complete = 0;
  for (const { file, result } of inputs) {
    if (result.units.length === 0) continue;
    sections.push(`## ${file}`, '');
    for (const unit of result.units) {
      units++;
      const c = checklistOf(unit, locale);
      if (c.version === 2) v2++;
      if (c.complete) complete++;
      const line = result.doc.lineIndex.position(unit.start).line + 1;
      const findings = result.findings.filter((f) => f.start >= unit.start && f.end <= unit.end);
      const mark = (b: boolean) => (b ? '✓' : '✗');
      rows.push(
        `| ${cell(file)} | ${line} | ${cell(unit.title)} | ${c.version} | ${mark(c.dimensions.vaerdi)} | ${mark(c.dimensions.ambition)} | ${mark(c.dimensions.tilgang)} | ${mark(c.dimensions.maalgruppe)} | ${c.lix} | ${findings.length} |`,
      );
      sections.push(`### ${unit.title} (${pick(T.line, locale)} ${line})`, '');
      const statement = unit.statement.map((b) => b.text.replace(/\uFFFC/g, '…').replace(/\s+/g, ' ').trim()).join(' ');
      if (statement) sections.push(`> ${statement.length > 400 ? statement.slice(0, 397).trimEnd() + '…' : statement}`, '');
      sections.push(c.text, '');
      sections.push(`**${pick(T.findings, locale)}**`, '');
      if (findings.length === 0) sections.push(pick(T.noFindings, locale), '');
      else {
        for (const f of findings) {
          const at = result.doc.lineIndex.position(f.start);
          sections.push(`- ${pick(T.line, locale)} ${at.line + 1}: ${f.message} (\`${f.ruleId}\`, ${pick(SEVERITY[f.severity], locale)})`);
        }
        sections.push('');
      }
      if (c.questions.length > 0) {
        sections.push(`**${pick(T.missing, locale)}**`, '');
        for (const q of c.questions) sections.push(`- ${q.label}`);
        sections.push('');
      }
    }
  }
  // The report quotes statements; opened in the editor it must not be linted itself.
  // The title first: an editor names an untitled document after its first line.
  const out = [`# ${pick(T.title, locale)}`, '', '<!-- kerneopgave-disable -- ' + pick(T.generated, locale) + ' -->', '', T.summary[locale](inputs.length, units, v2, complete), ''];
  for (const note of options.notes ?? []) out.push(`> ${note}`, '');
  if (units === 0) return [...out, pick(T.none, locale), ''].join('\n');
  out.push(`## ${pick(T.overview, locale)}`, '', T.head[locale], '| --- | ---: | --- | :---: | :---: | :---: | :---: | :---: | ---: | ---: |', ...rows, '');
  return [...out, ...sections].join('\n');
}
