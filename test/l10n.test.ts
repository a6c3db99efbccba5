// Both languages have every text: the manifest's nls files, the client's vscode.l10n bundle and the rule registry.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RULES } from '../server/src/core/rules/index';

const root = path.join(__dirname, '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const manifest = readJson('package.json');
const nlsEn: Record<string, string> = readJson('package.nls.json');
const nlsDa: Record<string, string> = readJson('package.nls.da.json');
const bundleDa: Record<string, string> = readJson('l10n/bundle.l10n.da.json');

/** Every string value in a JSON value, with its path. */
function strings(value: unknown, at = ''): { at: string; text: string }[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  return [];
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** The first argument of every `vscode.l10n.t(…)` / `l10n.t(…)` call in the client; non-literals are reported. */
function clientMessages(): { messages: Set<string>; nonLiteral: string[] } {
  const messages = new Set<string>();
  const nonLiteral: string[] = [];
  for (const file of filesUnder(path.join(root, 'client', 'src'))) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 't' &&
        /(^|\.)l10n$/.test(node.expression.expression.getText(source))
      ) {
        const [first] = node.arguments;
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) messages.add(first.text);
        else {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          nonLiteral.push(`${path.relative(root, file)}:${line + 1}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { messages, nonLiteral };
}

describe('manifest texts (package.nls.json = English, package.nls.da.json = Danish)', () => {
  it('both nls files have exactly the same keys', () => {
    expect(Object.keys(nlsDa).sort()).toEqual(Object.keys(nlsEn).sort());
  });

  it('no text is empty', () => {
    for (const [key, text] of [...Object.entries(nlsEn), ...Object.entries(nlsDa)]) expect(text.trim(), key).not.toBe('');
  });

  it('every %key% in package.json exists in both', () => {
    const used = strings(manifest)
      .map((s) => /^%([^%]+)%$/.exec(s.text)?.[1])
      .filter((k): k is string => !!k);
    expect(used.length).toBeGreaterThan(10);
    for (const key of used) {
      expect(nlsEn, key).toHaveProperty([key]);
      expect(nlsDa, key).toHaveProperty([key]);
    }
  });

  it('every key in the nls files is used in package.json', () => {
    const used = new Set(strings(manifest).map((s) => /^%([^%]+)%$/.exec(s.text)?.[1]));
    expect(Object.keys(nlsEn).filter((k) => !used.has(k))).toEqual([]);
  });

  it('user-facing manifest fields are placeholders, not text', () => {
    const c = manifest.contributes;
    const texts: string[] = [manifest.description, c.configuration.title];
    for (const cmd of c.commands) texts.push(cmd.title, cmd.category);
    for (const setting of Object.values(c.configuration.properties) as Record<string, unknown>[]) {
      for (const field of ['description', 'markdownDescription']) if (field in setting) texts.push(setting[field] as string);
      if (Array.isArray(setting.enumDescriptions)) texts.push(...setting.enumDescriptions);
    }
    expect(texts.filter((t) => !/^%[^%]+%$/.test(t))).toEqual([]);
  });

  it('every rule setting has its description in both languages, with a link to its guidance', () => {
    for (const rule of RULES) {
      const key = `rule.${rule.id}.description`;
      expect(manifest.contributes.configuration.properties[`kerneopgave.rules.${rule.id}`].markdownDescription).toBe(`%${key}%`);
      expect(nlsEn[key]).toContain(rule.description.en);
      expect(nlsDa[key]).toContain(rule.description.da);
      for (const text of [nlsEn[key], nlsDa[key]]) expect(text).toContain(`docs/rules/${rule.id}.md`);
    }
  });
});

describe('client texts (vscode.l10n, l10n/bundle.l10n.da.json = Danish)', () => {
  const { messages, nonLiteral } = clientMessages();

  it('package.json points at the bundle folder', () => {
    expect(manifest.l10n).toBe('./l10n');
  });

  it('every vscode.l10n.t call has a string literal as its message', () => {
    expect(messages.size).toBeGreaterThan(0);
    expect(nonLiteral).toEqual([]);
  });

  it('every message has a Danish translation', () => {
    expect([...messages].filter((m) => !(m in bundleDa))).toEqual([]);
  });

  it('the bundle has no stale keys', () => {
    expect(Object.keys(bundleDa).filter((k) => !messages.has(k))).toEqual([]);
  });

  it('translations keep their placeholders and are not empty', () => {
    const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
    for (const [english, danish] of Object.entries(bundleDa)) {
      expect(danish.trim(), english).not.toBe('');
      expect(placeholders(danish), english).toEqual(placeholders(english));
    }
  });
});

describe('rule texts', () => {
  for (const rule of RULES) {
    it(`${rule.id} has a title and a description in Danish and English`, () => {
      for (const text of [rule.title, rule.description]) {
        expect(text.da.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    });
  }
});
