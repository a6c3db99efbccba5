// The modules of server/src that can be imported without side effects (not server.ts, not cli.ts), loaded by the
// regex safety test after it has put its recording RegExp constructor in place, and functions that run their
// code paths (so expressions built lazily get built).
import { parseConfigText, validateSettings } from '../../server/src/core/config';
import { checklistOf } from '../../server/src/core/reading/checklist';
import { lint } from '../../server/src/core/lint';
import { clearParseCache } from '../../server/src/core/text/parse';
import { formatReport } from '../../server/src/core/report';
import { ruleDocsUrl } from '../../server/src/core/rules/index';
import { sentencesOf } from '../../server/src/core/text/tokenize';
import type { Locale, ProseBlock } from '../../server/src/core/types';
import { toDiagnostic } from '../../server/src/diagnostics';
import { codeActionsFor, codeLenses, documentSymbols, hoverAt } from '../../server/src/features';
import { formatJson, formatSarif, formatStylish } from '../../server/src/formatters';
import '../../server/src/files';
import '../../server/src/configFile';

/** Lints a text and runs every feature and formatter over the result. */
export function exercise(text: string, fileName: string, locale: Locale): void {
  validateSettings({ rules: { lix: 'off' }, language: locale });
  parseConfigText('{"rules": {"lix": "hint"}}');
  const result = lint(text, { fileName, locale });
  const diagnostics = result.findings.map((f) => toDiagnostic(f, result.doc.lineIndex, ruleDocsUrl));
  codeActionsFor(result, 'file:///x.md', diagnostics, locale);
  documentSymbols(result, locale);
  codeLenses(result, locale);
  for (const unit of result.units) checklistOf(unit, locale);
  const lines = text.split('\n').length;
  for (let line = 0; line < lines; line += 3) hoverAt(result, { line, character: 5 }, locale, ruleDocsUrl);
  const files = [{ file: fileName, text, findings: result.findings, result }];
  formatJson(files);
  formatStylish(files, locale);
  formatSarif(files, locale, ruleDocsUrl, '0.0.0');
  formatReport([{ file: fileName, result }], locale);
}

/** A cold lint (parse caches emptied). */
export function lintCold(text: string, fileName?: string): void {
  clearParseCache();
  lint(text, { fileName });
}

/** Splits a text into sentences and words as one paragraph. */
export function tokenize(text: string): number {
  const block: ProseBlock = {
    kind: 'paragraph',
    depth: 0,
    line: 0,
    start: 0,
    end: text.length,
    text,
    base: 0,
    runs: [0, 0, 1],
  };
  return sentencesOf(block).length;
}
