// The report as one standalone, printable HTML page: the overview table, then every statement with its
// four-dimension checklist and its questions. Inline CSS, no script, no external URL, simple tables, so that it
// opens the same in a browser and in Word. Pure: the CLI writes it, the extension can save it (»Gem som HTML«).
import { DIMENSIONS } from './data/dimensioner';
import { reportModel, SEVERITY, T, type ReportFile, type ReportOptions, type ReportUnit } from './report';
import { pick } from './rules/rule';
import { versionLabel } from './reading/checklist';
import type { Locale } from './types';

const H = {
  dimension: { da: 'Dimension', en: 'Dimension' },
  present: { da: 'Med', en: 'Present' },
  question: { da: 'Spørgsmål', en: 'Question' },
  version: { da: 'Version', en: 'Version' },
  yes: { da: '✓ ja', en: '✓ yes' },
  no: { da: '✗ nej', en: '✗ no' },
  statement: { da: 'Formulering', en: 'Statement' },
  columns: {
    da: ['Fil', 'Linje', 'Kerneopgave', 'Version', 'Værdi', 'Ambition', 'Tilgang', 'Målgruppe', 'LIX', 'Spørgsmål'],
    en: ['File', 'Line', 'Kerneopgave', 'Version', 'Value', 'Ambition', 'Approach', 'Target group', 'LIX', 'Questions'],
  },
};

const STYLE = `
body { font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #000; background: #fff; margin: 2em auto; max-width: 60em; padding: 0 1em; }
h1 { font-size: 20pt; margin: 0 0 0.3em; }
h2 { font-size: 15pt; margin: 1.6em 0 0.4em; border-bottom: 1px solid #999; }
h3 { font-size: 12.5pt; margin: 1.2em 0 0.3em; }
h4 { font-size: 11pt; margin: 0.8em 0 0.2em; }
p.summary { color: #333; }
table { border-collapse: collapse; margin: 0.4em 0 0.8em; }
th, td { border: 1px solid #999; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eee; }
td.num { text-align: right; }
td.mark { text-align: center; white-space: nowrap; }
.yes { color: #1a6b1a; }
.no { color: #a11; }
blockquote { margin: 0.4em 0; padding: 0.3em 0.8em; border-left: 4px solid #bbb; background: #f6f6f6; }
code { font-family: Consolas, "Courier New", monospace; font-size: 9.5pt; }
section.unit { margin-bottom: 1.2em; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2 { page-break-after: avoid; }
  section.unit, table.checklist, tr { page-break-inside: avoid; }
  blockquote, th { background: none; }
}
`.trim();

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function mark(present: boolean, locale: Locale): string {
  return `<td class="mark ${present ? 'yes' : 'no'}">${escapeHtml(pick(present ? H.yes : H.no, locale))}</td>`;
}

function place(line: number, where: string | undefined, locale: Locale): string {
  return `${pick(T.line, locale)} ${line}${where ? `, ${where}` : ''}`;
}

function unitSection(u: ReportUnit, locale: Locale): string[] {
  const e = escapeHtml;
  const c = u.checklist;
  const out = ['<section class="unit">', `<h3>${e(u.title)} <small>(${e(place(u.line, u.place, locale))})</small></h3>`];
  if (u.statement) out.push(`<blockquote>${e(u.statement)}</blockquote>`);
  out.push(
    '<table class="checklist">',
    `<tr><th>${e(pick(H.dimension, locale))}</th><th>${e(pick(H.present, locale))}</th><th>${e(pick(H.question, locale))}</th></tr>`,
  );
  for (const d of DIMENSIONS) {
    const present = c.dimensions[d.key];
    out.push(`<tr><td>${e(pick(d.heading, locale))}</td>${mark(present, locale)}<td>${present ? '' : e(pick(d.question, locale))}</td></tr>`);
  }
  out.push(`<tr><td>${e(pick(H.version, locale))}</td><td class="mark">${e(versionLabel(c.version, locale))}</td><td></td></tr>`, `<tr><td>LIX</td><td class="mark">${c.lix}</td><td></td></tr>`, '</table>');
  out.push(`<h4>${e(pick(T.findings, locale))}</h4>`);
  if (u.findings.length === 0) out.push(`<p>${e(pick(T.noFindings, locale))}</p>`);
  else {
    out.push('<ul>');
    for (const { line, place: where, finding: f } of u.findings) {
      out.push(`<li>${e(place(line, where, locale))}: ${e(f.message)} (<code>${e(f.ruleId)}</code>, ${e(pick(SEVERITY[f.severity], locale))})</li>`);
    }
    out.push('</ul>');
  }
  if (c.questions.length > 0) {
    out.push(`<h4>${e(pick(T.missing, locale))}</h4>`, '<ul>');
    for (const q of c.questions) out.push(`<li>${e(q.label)}</li>`);
    out.push('</ul>');
  }
  out.push('</section>');
  return out;
}

/** The report as a standalone HTML page (Danish by default). Deterministic; every text escaped. */
export function formatHtmlReport(inputs: readonly ReportFile[], locale: Locale = 'da', options: ReportOptions = {}): string {
  const e = escapeHtml;
  const model = reportModel(inputs, locale);
  const title = pick(T.title, locale);
  const out = [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="kerneopgave">`,
    `<title>${e(title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    `<h1>${e(title)}</h1>`,
    `<p class="summary">${e(T.summary[locale](model.files, model.units.length, model.v2, model.complete))}</p>`,
    ...(options.notes ?? []).map((n) => `<p class="note">${e(n)}</p>`),
  ];
  if (model.units.length === 0) {
    out.push(`<p>${e(pick(T.none, locale))}</p>`);
  } else {
    const cols = H.columns[locale];
    out.push(`<h2>${e(pick(T.overview, locale))}</h2>`, '<table class="overview">', `<tr>${cols.map((c) => `<th>${e(c)}</th>`).join('')}</tr>`);
    for (const u of model.units) {
      const c = u.checklist;
      out.push(
        `<tr><td>${e(u.file)}</td><td class="num">${u.line}</td><td>${e(u.title)}</td><td class="mark">${e(versionLabel(c.version, locale))}</td>` +
          DIMENSIONS.map((d) => (c.dimensions[d.key] ? '<td class="mark yes">✓</td>' : '<td class="mark no">✗</td>')).join('') +
          `<td class="num">${c.lix}</td><td class="num">${u.findings.length}</td></tr>`,
      );
    }
    out.push('</table>');
    let lastFile: string | undefined;
    for (const u of model.units) {
      if (u.file !== lastFile) out.push(`<h2>${e(u.file)}</h2>`);
      lastFile = u.file;
      out.push(...unitSection(u, locale));
    }
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}
