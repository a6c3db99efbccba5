// Inline control comments: <!-- kerneopgave-disable ids -->, -enable, -disable-next-line.
import type { HtmlComment } from './parse';

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means all rules. */
  ids: string[];
  line: number;
  endLine: number;
}

const DIRECTIVE = /^kerneopgave-(disable-next-line|disable|enable)\b\s*([\s\S]*)$/;

/** Parses the control comments of a document. */
export function parseDirectives(comments: HtmlComment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.value);
    if (!m) continue;
    const ids = m[2].split(/[\s,]+/).map((s) => s.trim()).filter((s) => s && !s.startsWith('--'));
    out.push({ kind: m[1] as Directive['kind'], ids, line: c.line, endLine: c.endLine });
  }
  return out;
}

/** Answers whether a rule is disabled on a line, given the directives in document order. */
export function isDisabled(directives: Directive[], ruleId: string, line: number): boolean {
  let disabled = false;
  for (const d of directives) {
    const applies = d.ids.length === 0 || d.ids.includes(ruleId);
    if (!applies) continue;
    if (d.kind === 'disable-next-line') {
      if (line === d.endLine + 1) return true;
      continue;
    }
    if (d.line > line) break;
    disabled = d.kind === 'disable';
  }
  return disabled;
}
