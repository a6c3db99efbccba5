// Inline control comments: <!-- kerneopgave-disable ids -->, -enable, -disable-next-line.
// Text after » -- « is a description, not rule ids (<!-- kerneopgave-disable lix -- a poem -->).
// A comment on its own lines applies from where it stands; a disable comment inside a kerneopgave statement
// (inline, at the end of a paragraph, list item or heading) applies to that whole statement.
import type { HtmlComment } from '../text/blocks';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means all rules. */
  ids: string[];
  start: number;
  endLine: number;
  inline: boolean;
}

const DIRECTIVE = /^kerneopgave-(disable-next-line|disable|enable)(?![\w-])\s*([\s\S]*)$/;

/** Parses the control comments of a document, in document order. */
export function parseDirectives(comments: HtmlComment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of [...comments].sort((a, b) => a.start - b.start)) {
    const m = DIRECTIVE.exec(c.value);
    if (!m) continue;
    const ids = m[2].split(/\s--\s|^--\s|^--$|\s--$/)[0].split(/[\s,]+/).filter(Boolean);
    out.push({ kind: m[1] as Directive['kind'], ids, start: c.start, endLine: c.endLine, inline: c.inline });
  }
  return out;
}

/**
 * Answers whether a rule is disabled for a finding that starts at `offset` on `line`: disable/enable apply from
 * where the comment stands (so they also work inline, inside a list item), disable-next-line to the next line.
 */
export function isDisabled(directives: Directive[], ruleId: string, offset: number, line: number): boolean {
  let disabled = false;
  for (const d of directives) {
    if (d.inline || (d.ids.length > 0 && !d.ids.includes(ruleId))) continue;
    if (d.kind === 'disable-next-line') {
      if (line === d.endLine + 1) return true;
      continue;
    }
    if (d.start > offset) break;
    disabled = d.kind === 'disable';
  }
  return disabled;
}

/** Rule ids disabled for a whole unit by an inline disable comment inside it; `*` means every rule. */
export function unitDisabledIds(directives: Directive[], unitStart: number, unitEnd: number): Set<string> {
  const ids = new Set<string>();
  for (const d of directives) {
    if (!d.inline || d.kind !== 'disable' || d.start < unitStart || d.start > unitEnd) continue;
    if (d.ids.length === 0) ids.add('*');
    for (const id of d.ids) ids.add(id);
  }
  return ids;
}
