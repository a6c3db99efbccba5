// Hover, code actions and document symbols, computed from a lint result. No connection here: easy to test.
import {
  CodeActionKind,
  SymbolKind,
  type CodeAction,
  type CodeLens,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type Position,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findNodeAtLocation, getNodeValue, modify, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { DIMENSIONS } from './core/data/dimensioner';
import { checklistOf } from './core/reading/checklist';
import { definitionHover, dimensionHover } from './core/guidance';
import type { LintResult } from './core/lint';
import { pick } from './core/rules/rule';
import { ruleById } from './core/rules/index';
import type { Locale, ProseBlock } from './core/types';
import { sourceEnd } from './core/text/offsets';
import { SOURCE, type DiagnosticData } from './diagnostics';

export const OPEN_GUIDANCE_COMMAND = 'kerneopgave.openGuidance';

/** Hover at a position: a finding's why, a dimension heading's question, or the definition of »kerneopgave«. */
export function hoverAt(result: LintResult, position: Position, locale: Locale, docsUrl: (id: string) => string): Hover | null {
  const { doc } = result;
  const offset = doc.lineIndex.offset(position.line, position.character);
  const here = result.findings.filter((f) => f.start <= offset && offset <= f.end && f.start !== f.end);
  // Prefer the narrowest finding (a word) over unit-wide ones.
  here.sort((a, b) => a.end - a.start - (b.end - b.start));
  const parts: string[] = [];
  for (const f of here.slice(0, 5)) {
    const rule = ruleById(f.ruleId);
    const title = rule ? pick(rule.title, locale) : f.ruleId;
    const more = pick({ da: 'Læs mere', en: 'Read more' }, locale);
    // The question itself is shown by the editor with the diagnostic; the hover adds the why.
    parts.push(`**${title}** (\`${f.ruleId}\`)\n\n${f.note}\n\n[${more}](${docsUrl(f.ruleId)})`);
  }
  if (parts.length > 0) {
    const first = here[0];
    return {
      contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') },
      range: { start: doc.lineIndex.position(first.start), end: doc.lineIndex.position(first.end) },
    };
  }
  for (const unit of result.units) {
    for (const section of unit.dimensionSections) {
      if (section.heading.start <= offset && offset <= section.heading.end) {
        return {
          contents: { kind: 'markdown', value: dimensionHover(section.dimension, locale) },
          range: { start: doc.lineIndex.position(section.heading.start), end: doc.lineIndex.position(section.heading.end) },
        };
      }
    }
  }
  const word = wordAt(doc.source, offset);
  if (word && /^kerneopgave/i.test(word.text)) {
    return {
      contents: { kind: 'markdown', value: definitionHover(locale) },
      range: { start: doc.lineIndex.position(word.start), end: doc.lineIndex.position(word.end) },
    };
  }
  return null;
}

function wordAt(source: string, offset: number): { text: string; start: number; end: number } | undefined {
  const isWord = (c: string | undefined) => !!c && /[\p{L}\p{N}-]/u.test(c);
  let start = offset;
  let end = offset;
  while (start > 0 && isWord(source[start - 1]) && offset - start < 100) start--;
  while (end < source.length && isWord(source[end]) && end - offset < 100) end++;
  if (start === end) return undefined;
  return { text: source.slice(start, end), start, end };
}

/**
 * Code actions for our diagnostics. What helps to write comes first (insert a dimension heading, read the
 * guidance), for every finding at the position; turning a rule off comes last, so that it is never what the editor
 * preselects.
 */
export function codeActionsFor(result: LintResult, uri: string, diagnostics: Diagnostic[], locale: Locale): CodeAction[] {
  const actions: CodeAction[] = [];
  const disabling: CodeAction[] = [];
  const { doc } = result;
  const lines = doc.lineIndex;
  const eol = doc.source.includes('\r\n') ? '\r\n' : '\n';
  // The narrowest finding (a word) first: its actions lead the menu, the unit-wide ones follow.
  const size = (d: Diagnostic) => (d.range.end.line - d.range.start.line) * 10_000 + d.range.end.character - d.range.start.character;
  for (const diagnostic of [...diagnostics].sort((a, b) => size(a) - size(b))) {
    if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string') continue;
    const ruleId = diagnostic.code;
    const rule = ruleById(ruleId);
    if (!rule) continue;
    const data = (diagnostic.data ?? {}) as Partial<DiagnosticData>;
    const offset = lines.offset(diagnostic.range.start.line, diagnostic.range.start.character);
    const unit = result.units.find((u) => u.start <= offset && offset <= u.end);

    if (data.dimension && typeof data.insertAt === 'number' && data.insertAt <= doc.source.length) {
      const d = DIMENSIONS.find((x) => x.key === data.dimension);
      if (d) {
        const hashes = '#'.repeat(Math.max(1, Math.min(6, data.headingDepth ?? 2)));
        const text = `${eol}${eol}${hashes} ${pick(d.heading, locale)}${eol}${eol}<!-- ${pick(d.question, locale)} -->`;
        actions.push(
          edit(
            pick({ da: `Indsæt overskriften »${d.heading.da}« med spørgsmålet`, en: `Insert the heading »${d.heading.en}« with its question` }, locale),
            uri,
            [{ range: at(lines, data.insertAt), newText: text }],
            diagnostic,
            true,
          ),
        );
      }
    }
    if (unit && unit.kind !== 'file') {
      // Inline, at the end of the heading or the statement's first block: it applies to the whole statement and
      // never changes the document's structure (a comment line would end a list or split a paragraph).
      const host = unit.heading ?? unit.statement[0];
      if (host) {
        disabling.push(
          edit(
            pick({ da: `Slå »${pick(rule.title, 'da')}« fra for dette udsagn`, en: `Turn off »${pick(rule.title, 'en')}« for this statement` }, locale),
            uri,
            [{ range: at(lines, textEnd(host)), newText: ` <!-- kerneopgave-disable ${ruleId} -->` }],
            diagnostic,
            false,
          ),
        );
      }
    }
    const top = frontMatterEnd(doc.source);
    disabling.push(
      edit(
        pick({ da: `Slå »${pick(rule.title, 'da')}« fra i hele filen`, en: `Turn off »${pick(rule.title, 'en')}« for the whole file` }, locale),
        uri,
        [{ range: at(lines, top), newText: `<!-- kerneopgave-disable ${ruleId} -->${eol}${eol}` }],
        diagnostic,
        false,
      ),
    );
    actions.push({
      title: pick({ da: `Læs vejledningen til »${pick(rule.title, 'da')}«`, en: `Read the guidance on »${pick(rule.title, 'en')}«` }, locale),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Open guidance', command: OPEN_GUIDANCE_COMMAND, arguments: [ruleId] },
    });
  }
  return [...actions, ...disabling];
}

function at(lines: LintResult['doc']['lineIndex'], offset: number) {
  const p = lines.position(offset);
  return { start: p, end: p };
}

function edit(title: string, uri: string, edits: TextEdit[], diagnostic: Diagnostic, preferred: boolean): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred || undefined,
    edit: { changes: { [uri]: edits } },
  };
}

/** Where a block's text ends in the source (before a setext underline or closing hashes). */
function textEnd(block: ProseBlock): number {
  const last = block.text.length - 1;
  return last >= 0 ? sourceEnd(block, last) : block.end;
}

/** Offset just after YAML/TOML front matter (and its line break), or 0. */
function frontMatterEnd(source: string): number {
  const m = /^(---|\+\+\+)\r?\n[\s\S]*?\r?\n\1[ \t]*(\r?\n|$)/.exec(source);
  return m ? m[0].length : 0;
}

/** Document symbols: each unit, with its dimension sections as children and a checklist in the detail. */
export function documentSymbols(result: LintResult, locale: Locale): DocumentSymbol[] {
  const { lineIndex } = result.doc;
  const range = (start: number, end: number) => ({ start: lineIndex.position(start), end: lineIndex.position(end) });
  return result.units.map((unit) => {
    const children: DocumentSymbol[] = unit.dimensionSections.map((s) => ({
      name: s.heading.text.trim() || pick(DIMENSIONS.find((d) => d.key === s.dimension)!.heading, locale),
      // A section with text answers its dimension (✓); an empty one still asks its question.
      detail: s.blocks.length > 0 ? `✓ ${pick(DIMENSIONS.find((d) => d.key === s.dimension)!.heading, locale)}` : pick(DIMENSIONS.find((d) => d.key === s.dimension)!.question, locale),
      kind: SymbolKind.Field,
      range: range(s.heading.start, s.blocks.length ? s.blocks[s.blocks.length - 1].end : s.heading.end),
      selectionRange: range(s.heading.start, s.heading.end),
    }));
    return {
      name: unit.title || 'Kerneopgave',
      detail: checklistOf(unit, locale).text,
      kind: SymbolKind.Module,
      range: range(unit.start, unit.end),
      selectionRange: range(unit.anchor.start, unit.anchor.end),
      children,
    };
  });
}

export const SHOW_CHECKLIST_COMMAND = 'kerneopgave.showChecklist';

/** A checklist code lens above each unit; its command carries the questions for what is missing. */
export function codeLenses(result: LintResult, locale: Locale): CodeLens[] {
  const { lineIndex } = result.doc;
  return result.units.map((unit) => {
    const c = checklistOf(unit, locale);
    const line = lineIndex.position(unit.start).line;
    return {
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      command: {
        title: c.text,
        command: SHOW_CHECKLIST_COMMAND,
        arguments: [{ title: unit.title || 'Kerneopgave', questions: c.questions }],
      },
    };
  });
}

/** The .kerneopgave.json an ordliste quick fix writes: the nearest one (its text), or where to create one. */
export interface ConfigTarget {
  uri: string;
  /** The file's text; undefined when there is none yet (the action creates it). */
  text?: string;
}

/**
 * »Tilføj »beboerne« som målgruppe«, »»tryg hverdag« er en effekt for borgeren«: adds the words a finding carries
 * (`data.ordliste`) to the workplace's ordliste. Edits the file with jsonc-parser, so its comments and formatting
 * stay; creates it (CreateFile + the whole text) when there is none.
 */
export function ordlisteActions(diagnostics: Diagnostic[], target: ConfigTarget | undefined, locale: Locale): CodeAction[] {
  if (!target) return [];
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE) continue;
    const wanted = ((diagnostic.data ?? {}) as Partial<DiagnosticData>).ordliste;
    if (!wanted || (wanted.list !== 'maalgrupper' && wanted.list !== 'effekter') || typeof wanted.phrase !== 'string' || !wanted.phrase.trim()) continue;
    const phrase = wanted.phrase.trim();
    if (seen.has(`${wanted.list}\0${phrase}`)) continue;
    seen.add(`${wanted.list}\0${phrase}`);
    const workspaceEdit = ordlisteEdit(target, wanted.list, phrase);
    if (!workspaceEdit) continue;
    actions.push({
      title:
        wanted.list === 'maalgrupper'
          ? pick({ da: `Tilføj »${phrase}« som målgruppe i ${CONFIG_NAME}`, en: `Add »${phrase}« as a target group in ${CONFIG_NAME}` }, locale)
          : pick({ da: `»${phrase}« er en effekt for borgeren: tilføj det i ${CONFIG_NAME}`, en: `»${phrase}« is an effect for the citizen: add it to ${CONFIG_NAME}` }, locale),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: workspaceEdit,
    });
  }
  return actions;
}

const CONFIG_NAME = '.kerneopgave.json';

/** The edit that adds one word to a list of the ordliste; undefined when it is there already or the file is broken. */
export function ordlisteEdit(target: ConfigTarget, list: 'maalgrupper' | 'effekter' | 'aktiviteter', phrase: string): WorkspaceEdit | undefined {
  if (target.text === undefined) {
    const text = `${JSON.stringify({ ordliste: { [list]: [phrase] } }, null, 2)}\n`;
    return {
      documentChanges: [
        { kind: 'create', uri: target.uri, options: { ignoreIfExists: true } },
        { textDocument: { uri: target.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
      ],
    };
  }
  const text = target.text;
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
  if (errors.length > 0 || !tree || tree.type !== 'object') return undefined;
  const current = getNodeValue(tree) as { ordliste?: Record<string, unknown> };
  const existing = current.ordliste?.[list];
  if (Array.isArray(existing) && existing.some((w) => typeof w === 'string' && w.trim().toLowerCase() === phrase.toLowerCase())) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
  const formattingOptions = { insertSpaces: !unit.includes('\t'), tabSize: unit.includes('\t') ? 1 : unit.length, eol };
  let edits: { offset: number; length: number; content: string }[];
  if (Array.isArray(existing)) {
    // Appended to the list (jsonc-parser formats only the list's own lines).
    edits = modify(text, ['ordliste', list, existing.length], phrase, { formattingOptions, isArrayInsertion: true });
  } else {
    // A new property: written by hand, since jsonc-parser's formatting would also reformat the line before it.
    const ordliste = findNodeAtLocation(tree, ['ordliste']);
    if (ordliste && ordliste.type !== 'object') return undefined; // wrong type: the file's own diagnostic says so
    const owner = ordliste ?? tree;
    const key = ordliste ? list : 'ordliste';
    const value = ordliste ? [phrase] : { [list]: [phrase] };
    const inOwner = (existing === undefined ? undefined : findNodeAtLocation(tree, ['ordliste', list]))?.parent;
    edits = inOwner ? replaceValue(inOwner, value, text, unit, eol) : insertProperty(text, owner, key, value, unit, eol);
  }
  const document = TextDocument.create(target.uri, 'json', 0, text);
  return {
    documentChanges: [
      {
        textDocument: { uri: target.uri, version: null },
        edits: edits.map((e) => ({ range: { start: document.positionAt(e.offset), end: document.positionAt(e.offset + e.length) }, newText: e.content })),
      },
    ],
  };
}

/** The indentation of the line an offset is on. */
function indentAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

function pretty(value: unknown, indent: string, unit: string, eol: string): string {
  return JSON.stringify(value, null, unit).split('\n').join(eol + indent);
}

/** Adds `"key": value` as the object's last property, in the file's indentation, touching nothing else. */
function insertProperty(text: string, object: JsonNode, key: string, value: unknown, unit: string, eol: string) {
  const last = object.children?.[object.children.length - 1];
  if (last) {
    const indent = indentAt(text, last.offset);
    const end = last.offset + last.length;
    const property = `${eol}${indent}${JSON.stringify(key)}: ${pretty(value, indent, unit, eol)}`;
    // A comment after the last value on its line stays with it: »"rules": {…}, // no LIX«.
    const comment = /^[ \t]*(\/\/[^\r\n]*|\/\*[^\r\n]*?\*\/)/.exec(text.slice(end));
    if (comment) return [{ offset: end, length: 0, content: ',' }, { offset: end + comment[0].length, length: 0, content: property }];
    return [{ offset: end, length: 0, content: `,${property}` }];
  }
  const outer = indentAt(text, object.offset);
  const indent = outer + unit;
  return [{ offset: object.offset + 1, length: object.length - 2, content: `${eol}${indent}${JSON.stringify(key)}: ${pretty(value, indent, unit, eol)}${eol}${outer}` }];
}

/** Replaces a property's wrong value (»"maalgrupper": 3«) with the list. */
function replaceValue(property: JsonNode, value: unknown, text: string, unit: string, eol: string) {
  const node = property.children?.[1];
  if (!node) return [];
  return [{ offset: node.offset, length: node.length, content: pretty(value, indentAt(text, property.offset), unit, eol) }];
}
