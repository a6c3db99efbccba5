// The rule registry: every rule the linter knows, in the order findings are reported.
import type { Rule } from './rule';
import { aktivitetUdenEffekt } from './aktivitet-uden-effekt';
import { aktivitetsliste } from './aktivitetsliste';
import { effektFoerst } from './effekt-foerst';
import { dimensionRules } from './dimensions';
import { forAbstrakt } from './for-abstrakt';
import { forEllerMed } from './for-eller-med';
import { ikkeSkrevetEndnu } from './ikke-skrevet-endnu';
import { ingenEffekt } from './ingen-effekt';
import { lix } from './lix';
import { maalbarhed } from './maalbarhed';
import { tidshorisont } from './tidshorisont';
import { trePerspektiver } from './tre-perspektiver';

export const RULES: readonly Rule[] = [
  aktivitetUdenEffekt,
  ingenEffekt,
  ...dimensionRules,
  forEllerMed,
  aktivitetsliste,
  forAbstrakt,
  maalbarhed,
  tidshorisont,
  effektFoerst,
  trePerspektiver,
  lix,
  ikkeSkrevetEndnu,
];

const byId = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id, if any. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export const DOCS_BASE = 'https://github.com/kerneopgave/kerneopgave/blob/main/docs/rules';

/** The URL of a rule's documentation page. */
export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}/${id}.md`;
}
