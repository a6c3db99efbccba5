// The walkthrough (contributes.walkthroughs) promises what the product does at each step; these tests hold it to
// that: the commands it links exist, its pages ship, and the example statements give the verdicts it describes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/core/lint';
import { statementVersion } from '../server/src/core/reading/checklist';

const root = path.join(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const nls: Record<string, string>[] = ['package.nls.json', 'package.nls.da.json'].map((f) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8')));
const [walkthrough] = manifest.contributes.walkthroughs;
const page = (step: { media: { markdown: string } }) => fs.readFileSync(path.join(root, step.media.markdown), 'utf8');
/** The statement a page quotes (its `>` lines). */
const quoted = (markdown: string) => markdown.split('\n').filter((l) => l.startsWith('> ')).map((l) => l.slice(2)).join(' ');

describe('the walkthrough', () => {
  it('has four steps, each with a title, a description and a page that ships in the .vsix', () => {
    expect(walkthrough.steps).toHaveLength(4);
    const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
    expect(ignore).toContain('!docs/walkthrough/**');
    for (const step of walkthrough.steps) {
      for (const key of [step.title, step.description]) {
        for (const bundle of nls) expect(bundle[key.replace(/%/g, '')], key).toBeTruthy();
      }
      expect(page(step).length).toBeGreaterThan(100);
    }
  });

  it('links only commands the extension contributes', () => {
    const commands = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
    const linked = nls.flatMap((b) => Object.values(b).flatMap((v) => [...v.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1])));
    expect(linked.length).toBeGreaterThan(2);
    for (const c of linked) expect(commands.has(c), c).toBe(true);
  });

  it('step 2 gets the version-1 question on »tilbyde«, step 3 is version 2 without a warning', () => {
    const [, ask, effect] = walkthrough.steps;
    const v1 = lint(`## Vores kerneopgave\n\n${quoted(page(ask))}\n`, { fileName: 'kladde.md' });
    const question = v1.findings.find((f) => f.ruleId === 'aktivitet-uden-effekt');
    expect(question && v1.doc.source.slice(question.start, question.end)).toBe('tilbyde');
    const v2 = lint(`## Vores kerneopgave\n\n${quoted(page(effect))}\n`, { fileName: 'kladde.md' });
    expect(v2.units).toHaveLength(1);
    expect(statementVersion(v2.units[0])).toBe(2);
    expect(v2.findings.filter((f) => f.severity === 'warning' || f.severity === 'error')).toEqual([]);
  });
});
