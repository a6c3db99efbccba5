// Per-rule fixtures: files named flag-* must get findings of their rule (compared with a golden file),
// files named silent-* must get none. Run with UPDATE_GOLDEN=1 to rewrite the golden files after review.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/core/lint';
import { LineIndex } from '../server/src/core/text/parse';
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
