// Per-rule fixtures: files named flag-* must get findings of their rule (compared with a golden file),
// files named silent-* must get none. Run with UPDATE_GOLDEN=1 to rewrite the golden files after review.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/core/lint';
import { LineIndex } from '../server/src/core/text/lines';
import { RULES } from '../server/src/core/rules/index';

const root = path.join(__dirname, 'fixtures', 'rules');

export function goldenLines(text: string, fileName: string, ruleId: string): string[] {
  const lines = new LineIndex(text);
  return lint(text, { fileName })
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => {
      const s = lines.position(f.start);
      const e = lines.position(f.end);
      return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}  ${f.ruleId}  ${f.message}`;
    });
}

for (const rule of RULES) {
  const dir = path.join(root, rule.id);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : [];
  describe(`rule ${rule.id}`, () => {
    it('has flag and silent fixtures', () => {
      expect(files.some((f) => f.startsWith('flag-'))).toBe(true);
      expect(files.some((f) => f.startsWith('silent-'))).toBe(true);
    });
    for (const file of files) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const actual = goldenLines(text, file, rule.id);
      if (file.startsWith('silent-')) {
        it(`stays silent on ${file}`, () => {
          expect(actual).toEqual([]);
        });
      } else {
        it(`flags ${file} as in its golden file`, () => {
          const goldenFile = path.join(dir, file.replace(/\.md$/, '.golden'));
          if (process.env.UPDATE_GOLDEN) fs.writeFileSync(goldenFile, actual.join('\n') + '\n');
          expect(actual.length).toBeGreaterThan(0);
          expect(actual.join('\n') + '\n').toBe(fs.readFileSync(goldenFile, 'utf8'));
        });
      }
    }
  });
}

describe('one question at a time', () => {
  const ids = (text: string) => lint(text, { fileName: 'x.kerneopgave.md' }).findings.map((f) => f.ruleId);
  it('no horizon or measurability question before the statement has an effect', () => {
    const found = ids('Vi tilbyder undervisning til eleverne.');
    expect(found).toContain('aktivitet-uden-effekt');
    expect(found).not.toContain('tidshorisont');
    expect(found).not.toContain('maalbarhed');
  });
  it('an age range is not a measure; a share is', () => {
    expect(ids('Børn i alderen 6-17 år trives i skolen.')).toContain('maalbarhed');
    expect(ids('80 % af børnene trives i skolen.')).not.toContain('maalbarhed');
  });
  it('a good version-2 statement carries no warning', () => {
    const { findings } = lint('Alle børn i kommunen trives og lærer, så de om ti år kan tage en uddannelse.', { fileName: 'x.kerneopgave.md' });
    expect(findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });
});

describe('messages that read as Danish', () => {
  it('a genitive group is quoted in its base form', () => {
    const { findings } = lint('At understøtte borgernes sundhed.', { fileName: 'x.kerneopgave.md' });
    const m = findings.find((f) => f.ruleId === 'dimension-maalgruppe')?.message;
    expect(m).toContain('»borgerne«');
    expect(m).not.toContain('»borgernes«');
  });
});

describe('an untouched template', () => {
  it('gets one hint, answers no dimension, and has no version', async () => {
    const { checklistOf, statementVersion } = await import('../server/src/core/reading/checklist');
    const snippets = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'snippets', 'kerneopgave.code-snippets.json'), 'utf8'));
    const body = (snippets['Kerneopgave med de fire dimensioner'].body as string[]).join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$0/, '');
    const { findings, units } = lint(body, { fileName: 'udkast.md' });
    expect(findings.map((f) => f.ruleId)).toEqual(['ikke-skrevet-endnu']);
    expect(units).toHaveLength(1);
    expect(Object.values(checklistOf(units[0], 'da').dimensions)).toEqual([false, false, false, false]);
    expect(statementVersion(units[0])).toBeNull();
  });
});

describe('aktivitet-uden-effekt names the group as written', () => {
  it('keeps the article or determiner of the group (»de unge«, »alle børn«)', () => {
    const msg = (text: string) => lint(text, { fileName: 'udkast.kerneopgave.md' }).findings.find((f) => f.ruleId === 'aktivitet-uden-effekt')?.message;
    expect(msg('Vi underviser de unge i madlavning.')).toContain('for »de unge«?');
    expect(msg('Vi tilbyder alle børn en plads i vuggestuen.')).toContain('for »alle børn«?');
    expect(msg('Vi tilbyder rådgivning til unge.')).toContain('for »unge«?');
  });
});
