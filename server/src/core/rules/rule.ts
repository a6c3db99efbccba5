// The shape of a rule: an id, titles, tags, a default severity and one check function.
import type { KerneopgaveSettings } from '../config';
import type { ParsedDocument } from '../text/parse';
import { readAsServingStaff } from '../reading/staff';
import type { FindingData, KerneopgaveUnit, Locale, OffsetRange, Severity } from '../types';

export type Localized = Readonly<Record<Locale, string>>;

export interface ReportInput extends OffsetRange {
  message: string;
  note: string;
  words?: string;
  data?: FindingData;
}

export interface RuleContext {
  unit: KerneopgaveUnit;
  doc: ParsedDocument;
  locale: Locale;
  settings: KerneopgaveSettings;
  report(finding: ReportInput): void;
}

export interface Rule {
  /** Stable forever: lives in settings and disable comments. Danish, kebab-case, ASCII. */
  id: string;
  title: Localized;
  /** One sentence for settings and docs. */
  description: Localized;
  tags: readonly string[];
  defaultSeverity: Severity;
  /** True when what the rule reports for a unit depends on text outside the unit (checked again on every edit). */
  documentScoped?: boolean;
  check(context: RuleContext): void;
}

/** Picks the text for a locale. */
export function pick(text: Localized, locale: Locale): string {
  return text[locale] ?? text.da;
}

/**
 * Whom the questions name as the ones the effect is for: »borgeren«, or »brugerne« for an internal unit that serves
 * its colleagues (HR, løn, IT), where »borgeren« would ask about someone the unit does not meet.
 */
export function whom(unit: KerneopgaveUnit, locale: Locale): string {
  return readAsServingStaff(unit) ? pick({ da: 'brugerne', en: 'your users' }, locale) : pick({ da: 'borgeren', en: 'the citizen' }, locale);
}
