// Plain text pasted from Word: Word bullets become Markdown list items without moving any offset.
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/core/lint';
import { isPlainTextFile, plainTextAsMarkdown } from '../server/src/core/sources/plaintext';

const PASTED = [
  '# Vores kerneopgave',
  '',
  'Vores kerneopgave er at tilbyde undervisning til eleverne.',
  '',
  '• Vi holder møder med forældrene.',
  '\t◦ Vi laver planer for hver elev.',
  '– Vi vurderer resultaterne hvert år.',
  '',
].join('\n');

describe('plain text source', () => {
  it('keeps the length and rewrites only Word bullets at a line start', () => {
    const md = plainTextAsMarkdown(PASTED + 'Et ord • midt i linjen.\n');
    expect(md.length).toBe(PASTED.length + 'Et ord • midt i linjen.\n'.length);
    expect(md).toContain('\n- Vi holder møder');
    expect(md).toContain('\n\t- Vi laver planer');
    expect(md).toContain('\n- Vi vurderer');
    expect(md).toContain('Et ord • midt i linjen.');
  });

  it('gives the same findings at the same positions as its Markdown twin', () => {
    // Plain heading lines (no »#«) are not yet recognised: the twin differs only in its bullets.
    const twin = PASTED.replace(/^(\s*)[•◦–]/gmu, '$1-');
    const fromTxt = lint(plainTextAsMarkdown(PASTED), { fileName: 'grundlag.txt' }).findings;
    const fromMd = lint(twin, { fileName: 'grundlag.md' }).findings;
    expect(fromTxt.map((f) => f.ruleId)).toContain('aktivitet-uden-effekt');
    const view = (source: string) => (f: (typeof fromTxt)[number]) => [f.ruleId, f.message, f.start, f.end, source.slice(f.start, f.end)];
    expect(fromTxt.map(view(PASTED))).toEqual(fromMd.map(view(twin)));
  });

  it('recognises .txt file names', () => {
    expect(isPlainTextFile('a/b.TXT')).toBe(true);
    expect(isPlainTextFile('a.md')).toBe(false);
  });
});
