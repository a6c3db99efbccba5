// The lint entry point: Markdown in, findings out. Called by the server, the CLI, the eval and the tests.
import { severityOf, defaultSettings, type KerneopgaveSettings } from './config';
import { isDisabled, parseDirectives, unitDisabledIds } from './statements/control';
import { originOfBlock, parseDocument, type ParsedDocument } from './text/parse';
import type { ReportInput, Rule } from './rules/rule';
import { RULES } from './rules/index';
import type { Finding, KerneopgaveUnit, Locale, Severity } from './types';
import { findUnits, isUnwritten, setUnitOrigin } from './statements/units';
import { lexiconFor, lexiconOfUnit, setUnitLexicon, withLexicon, type Lexicon } from './reading/lexicon';
import { markServesStaff, servesStaff, withStaffUsers } from './reading/staff';

/** Findings at the same place are ordered by rule id (as `localeCompare` orders them, computed once). */
const RANK = new Map(
  RULES.map((r) => r.id)
    .sort((a, b) => a.localeCompare(b))
    .map((id, i) => [id, i]),
);

/** The rule that alone speaks on a unit with nothing written yet. */
const NOT_WRITTEN_YET = 'ikke-skrevet-endnu';

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
  return new DocumentLinter().lint(source, options);
}

/** What each rule reported for a unit, before settings and control comments apply. */
type UnitReports = Map<string, readonly ReportInput[]>;

interface Previous {
  key: string;
  doc: ParsedDocument;
  units: KerneopgaveUnit[];
  reports: WeakMap<KerneopgaveUnit, UnitReports>;
  /** The units that were not written yet (see `isUnwritten`). */
  unwritten: WeakSet<KerneopgaveUnit>;
}

/**
 * Lints successive versions of one document (what an editor sends while someone types). Each version gives
 * exactly the result a fresh `lint` would; the work is incremental: chunks of text outside the edit are not
 * parsed again (see `parseDocument`), and a unit whose blocks all came through unchanged keeps what the rules
 * reported for it, shifted to its new place. Only rules scoped to the whole document run on every version.
 */
export class DocumentLinter {
  private previous: Previous | undefined;

  lint(source: string, options: LintOptions = {}): LintResult {
    return this.lintParsed(parseDocument(source, { previous: this.previous?.doc }), options);
  }

  lintParsed(doc: ParsedDocument, options: LintOptions = {}): LintResult {
    const settings = options.settings ?? defaultSettings();
    const locale: Locale = options.locale ?? (settings.language === 'en' ? 'en' : 'da');
    const key = JSON.stringify([options.fileName ?? '', locale, settings]);
    const previous = this.previous?.key === key ? this.previous : undefined;
    const reports = new WeakMap<KerneopgaveUnit, UnitReports>();
    const unwrittenUnits = new WeakSet<KerneopgaveUnit>();
    const remember = (units: KerneopgaveUnit[]) => {
      this.previous = { key, doc, units, reports, unwritten: unwrittenUnits };
    };
    if (!settings.enable) {
      remember([]);
      return { findings: [], units: [], doc };
    }
    const directives = parseDirectives(doc.comments);
    // A unit under a »kerneopgave-disable« for every rule is switched off entirely: no questions, no checklist
    // (the generated report quotes statements and starts with such a comment).
    const units = findUnits(doc, options.fileName, { labels: settings.labels }).filter(
      (u) => !isDisabled(directives, ALL_RULES, u.start, doc.lineIndex.lineAt(u.start)) && !unitDisabledIds(directives, ...controlSpan(u)).has('*'),
    );
    remember(units);
    if (units.length === 0) return { findings: [], units, doc };
    // The workplace's own words extend the built-in ones; the lexicon is part of `key`, so a changed ordliste
    // carries nothing over from the previous version.
    const lexicon = lexiconFor(settings.ordliste);
    // An internal unit's statement whose activity is for the staff reads them as its target group.
    for (const unit of units) {
      const staff = withLexicon(lexicon, () => servesStaff(unit));
      markServesStaff(unit, staff);
      setUnitLexicon(unit, staff ? lexiconFor(withStaffUsers(settings.ordliste)) : lexicon);
    }
    return withLexicon(lexicon, () => this.runRules(doc, units, directives, previous, reports, unwrittenUnits, settings, locale, lexicon));
  }

  private runRules(
    doc: ParsedDocument,
    units: KerneopgaveUnit[],
    directives: ReturnType<typeof parseDirectives>,
    previous: Previous | undefined,
    reports: WeakMap<KerneopgaveUnit, UnitReports>,
    unwrittenUnits: WeakSet<KerneopgaveUnit>,
    settings: KerneopgaveSettings,
    locale: Locale,
    lexicon: Lexicon,
  ): LintResult {
    void lexicon;
    const carried = previous ? matchUnits(previous, doc, units) : undefined;
    const active: { rule: Rule; severity: Severity }[] = [];
    for (const rule of RULES) {
      const severity = severityOf(settings, rule.id);
      if (severity !== 'off') active.push({ rule, severity });
    }
    const findings: Finding[] = [];
    for (const unit of units) {
      const off = unitDisabledIds(directives, ...controlSpan(unit));
      const before = carried?.get(unit);
      const own: UnitReports = new Map();
      reports.set(unit, own);
      // An untouched template gets one hint that it is not written yet, not a question per empty dimension. A
      // carried unit has the same text as before, and so the same answer (without splitting its sentences again).
      const unwritten = before ? before.unwritten : isUnwritten(unit);
      if (unwritten) unwrittenUnits.add(unit);
      for (const { rule, severity } of active) {
        if (unwritten !== (rule.id === NOT_WRITTEN_YET)) continue;
        let inputs: readonly ReportInput[] | undefined;
        if (!rule.documentScoped && before) {
          const old = before.reports.get(rule.id);
          if (old) inputs = before.shift === 0 ? old : old.map((input) => shifted(input, before.shift));
        }
        inputs ??= run(rule, unit, doc, locale, settings);
        if (!rule.documentScoped) own.set(rule.id, inputs);
        if (off.has(rule.id)) continue;
        for (const input of inputs) {
          if (isDisabled(directives, rule.id, input.start, doc.lineIndex.lineAt(input.start))) continue;
          findings.push(finding(input, rule, severity));
        }
      }
    }
    findings.sort((a, b) => a.start - b.start || a.end - b.end || (RANK.get(a.ruleId) ?? 0) - (RANK.get(b.ruleId) ?? 0));
    return { findings, units, doc };
  }
}

/**
 * Where an inline disable comment applies to a unit: anywhere in its blocks (the quick fix puts it at the end of
 * the statement's first block, which can run past a statement that is one sentence of a paragraph).
 */
function controlSpan(unit: KerneopgaveUnit): [number, number] {
  const first = unit.all[0];
  const last = unit.all[unit.all.length - 1];
  return [Math.min(unit.start, first?.start ?? unit.start), Math.max(unit.end, last?.end ?? unit.end)];
}

function run(rule: Rule, unit: KerneopgaveUnit, doc: ParsedDocument, locale: Locale, settings: KerneopgaveSettings): ReportInput[] {
  const out: ReportInput[] = [];
  withLexicon(lexiconOfUnit(unit), () => rule.check({ unit, doc, locale, settings, report: (input) => out.push(input) }));
  return out;
}

/**
 * Pairs each unit with the previous version's unit made of the same blocks (carried over an edit, so the same
 * text), and gives what that unit's rules reported and how far it moved. A unit with any re-parsed block has
 * no pair.
 */
function matchUnits(previous: Previous, doc: ParsedDocument, units: KerneopgaveUnit[]): Map<KerneopgaveUnit, { reports: UnitReports; shift: number; unwritten: boolean }> {
  // Several units can start in one block (»LÆRING: …« items, two statements in a paragraph): keyed by the first
  // block and the unit's start relative to it.
  const byFirstBlock = new Map<object, Map<number, KerneopgaveUnit>>();
  for (const u of previous.units) {
    if (u.all.length === 0) continue;
    const origin = originOfBlock(u.all[0]);
    let inBlock = byFirstBlock.get(origin);
    if (!inBlock) byFirstBlock.set(origin, (inBlock = new Map()));
    inBlock.set(u.start - u.all[0].start, u);
  }
  const pairs = new Map<KerneopgaveUnit, { reports: UnitReports; shift: number; unwritten: boolean }>();
  const parsed = doc.parsed;
  for (const unit of units) {
    if (unit.all.length === 0) continue;
    // Only units wholly outside the re-parsed chunks are made of carried blocks. Carried blocks keep their order,
    // so the same first block and the same number of blocks mean the same blocks.
    if (unit.start <= parsed.end && unit.end >= parsed.start) continue;
    const old = byFirstBlock.get(originOfBlock(unit.all[0]))?.get(unit.start - unit.all[0].start);
    if (!old || old.kind !== unit.kind || old.all.length !== unit.all.length || old.end - old.start !== unit.end - unit.start) continue;
    const reports = previous.reports.get(old);
    if (!reports) continue;
    setUnitOrigin(unit, old);
    pairs.set(unit, { reports, shift: unit.start - old.start, unwritten: previous.unwritten.has(old) });
  }
  return pairs;
}

/**
 * A finding built field by field in one order: a spread gave objects of the same fields hidden classes of their
 * own in V8 (measured in a heap snapshot: about 300 bytes of maps and descriptors per finding).
 */
function finding(input: ReportInput, rule: Rule, severity: Severity): Finding {
  const f: Finding = { start: input.start, end: input.end, ruleId: rule.id, tags: rule.tags, severity, message: input.message, note: input.note };
  if (input.words !== undefined) f.words = input.words;
  if (input.data !== undefined) f.data = input.data;
  return f;
}

function shifted(input: ReportInput, d: number): ReportInput {
  const moved: ReportInput = { start: input.start + d, end: input.end + d, message: input.message, note: input.note };
  if (input.words !== undefined) moved.words = input.words;
  if (input.data !== undefined) moved.data = input.data.insertAt === undefined ? input.data : { ...input.data, insertAt: input.data.insertAt + d };
  return moved;
}
