// The lint entry point: Markdown in, findings out. Called by the server, the CLI, the eval and the tests.
import { severityOf, defaultSettings, type KerneopgaveSettings } from './config';
import { isDisabled, parseDirectives, unitDisabledIds } from './control';
import { parseDocument, type ParsedDocument } from './parse';
import type { ReportInput } from './rule';
import { RULES } from './rules/index';
import type { Finding, KerneopgaveUnit, Locale } from './types';
import { findUnits } from './units';

/** A rule id no rule has: only directives without ids (all rules) apply to it. */
const ALL_RULES = '\u0000all';

export interface LintOptions {
  /** The file name or URI path; `*.kerneopgave.md` makes the whole file one unit. */
  fileName?: string;
  settings?: KerneopgaveSettings;
  locale?: Locale;
}

export interface LintResult {
  findings: Finding[];
  units: KerneopgaveUnit[];
  doc: ParsedDocument;
}

/** Lints a Markdown document. */
export function lint(source: string, options: LintOptions = {}): LintResult {
  const doc = parseDocument(source);
  return lintParsed(doc, options);
}

/** Lints an already parsed document. */
export function lintParsed(doc: ParsedDocument, options: LintOptions = {}): LintResult {
  const settings = options.settings ?? defaultSettings();
  const locale: Locale = options.locale ?? (settings.language === 'en' ? 'en' : 'da');
  if (!settings.enable) return { findings: [], units: [], doc };
  const directives = parseDirectives(doc.comments);
  // A unit under a »kerneopgave-disable« for every rule is switched off entirely: no questions, no checklist
  // (the generated report quotes statements and starts with such a comment).
  const units = findUnits(doc, options.fileName).filter(
    (u) => !isDisabled(directives, ALL_RULES, u.start, doc.lineIndex.lineAt(u.start)) && !unitDisabledIds(directives, u.start, u.end).has('*'),
  );
  if (units.length === 0) return { findings: [], units, doc };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = severityOf(settings, rule.id);
    if (severity === 'off') continue;
    for (const unit of units) {
      const off = unitDisabledIds(directives, unit.start, unit.end);
      if (off.has('*') || off.has(rule.id)) continue;
      rule.check({
        unit,
        doc,
        locale,
        settings,
        report(input: ReportInput) {
          const line = doc.lineIndex.lineAt(input.start);
          if (isDisabled(directives, rule.id, input.start, line)) return;
          findings.push({ ...input, ruleId: rule.id, tags: rule.tags, severity });
        },
      });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings, units, doc };
}
