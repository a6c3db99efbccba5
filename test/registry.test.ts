// The rule registry agrees with fixtures, docs, the VS Code settings, the JSON schema and the data tables.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_VERBS } from '../server/src/core/data/aktiviteter';
import { TARGET_GROUPS } from '../server/src/core/data/maalgrupper';
import { NON_FINAL_ABBREVIATIONS, MAY_END_ABBREVIATIONS } from '../server/src/core/data/abbreviations';
import { RULES } from '../server/src/core/rules/index';

const root = path.join(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'kerneopgave.schema.json'), 'utf8'));
const settings = manifest.contributes.configuration.properties as Record<string, { default: unknown; enum?: string[] }>;

describe('rule registry', () => {
  it('has unique, well-formed ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has a docs page', () => {
        const page = path.join(root, 'docs', 'rules', `${rule.id}.md`);
        expect(fs.existsSync(page)).toBe(true);
        expect(fs.readFileSync(page, 'utf8')).toContain(rule.id);
      });
      it('has fixtures', () => {
        expect(fs.existsSync(path.join(__dirname, 'fixtures', 'rules', rule.id))).toBe(true);
      });
      it('has a VS Code setting whose default matches the rule', () => {
        const setting = settings[`kerneopgave.rules.${rule.id}`];
        expect(setting).toBeDefined();
        expect(setting.default).toBe(rule.defaultSeverity);
        expect(setting.enum).toEqual(['off', 'hint', 'information', 'warning', 'error']);
      });
      it('is in the .kerneopgave.json schema', () => {
        expect(schema.properties.rules.properties[rule.id]).toBeDefined();
      });
      it('has Danish and English titles and descriptions', () => {
        for (const t of [rule.title, rule.description]) {
          expect(t.da.length).toBeGreaterThan(3);
          expect(t.en.length).toBeGreaterThan(3);
        }
      });
    });
  }

  it('has no setting or schema entry for a rule that does not exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const key of Object.keys(settings).filter((k) => k.startsWith('kerneopgave.rules.'))) {
      expect(ids.has(key.slice('kerneopgave.rules.'.length))).toBe(true);
    }
    for (const key of Object.keys(schema.properties.rules.properties)) expect(ids.has(key)).toBe(true);
  });
});

describe('word lists', () => {
  const check = (name: string, forms: string[]) => {
    it(`${name}: lower case, no duplicates`, () => {
      expect(forms.filter((f) => f !== f.toLowerCase())).toEqual([]);
      expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
    });
  };
  check('activity forms', ACTIVITY_VERBS.flatMap((e) => [...e.forms]));
  check('target-group forms', TARGET_GROUPS.flatMap((e) => [...e.forms]));
  check('abbreviations', [...NON_FINAL_ABBREVIATIONS, ...MAY_END_ABBREVIATIONS]);

  it('every vocabulary entry has a note', () => {
    for (const e of [...ACTIVITY_VERBS, ...TARGET_GROUPS]) expect(e.note.length, e.lemma).toBeGreaterThan(5);
  });

  it('activity entries list their lemma among their forms', () => {
    for (const e of ACTIVITY_VERBS) if (!e.lemma.includes(' ')) expect(e.forms).toContain(e.lemma);
  });
});
