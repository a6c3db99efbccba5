// The rule registry: every rule the linter knows, in the order findings are reported.
import type { Rule } from '../rule';
import { aktivitetUdenEffekt } from './aktivitet-uden-effekt';
import { dimensionRules } from './dimensions';

export const RULES: readonly Rule[] = [aktivitetUdenEffekt, ...dimensionRules];

const byId = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id, if any. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** The URL of a rule's documentation page. */
export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}/${id}.md`;
}

export const DOCS_BASE = 'https://github.com/kerneopgave/kerneopgave/blob/main/docs/rules';
