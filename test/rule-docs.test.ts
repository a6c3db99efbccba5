// Every example a rule's page gives under »Reagerer på« / »Reagerer ikke på« is run through the core: a page
// that says a sentence fires (or stays silent) has to be true of the rule as it is. A quoted sentence is
// linted as the paragraph under a »Vores kerneopgave« heading, as a user would write it; an example given as
// a Markdown block is linted as that whole document (a `*.kerneopgave.md` file when its heading says so).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/core/lint';
import { RULES } from '../server/src/core/rules/index';

const docsDir = path.join(__dirname, '..', 'docs', 'rules');

export interface DocExample {
  /** Whether the page says the rule fires on it. */
  fires: boolean;
  /** The Markdown document to lint. */
  markdown: string;
  fileName: string;
  /** What the page shows, for the test title. */
  shown: string;
}

/** A quoted sentence at the start of a bullet: »…« up to its closing guillemet. */
const QUOTED_BULLET = /^- »([^«]+)«/;

/** The examples of one rule page: the bullets and Markdown blocks under each »Reagerer …« line. */
export function docExamples(page: string): DocExample[] {
  const lines = page.split('\n');
  const start = lines.findIndex((l) => l.trim() === '## Eksempler');
  if (start < 0) return [];
  const examples: DocExample[] = [];
  let fires: boolean | undefined;
  let kerneopgaveFile = false;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('## ')) break;
    const heading = /^Reagerer (ikke )?på( .*)?:$/.exec(line.trim());
    if (heading) {
      fires = heading[1] === undefined;
      kerneopgaveFile = (heading[2] ?? '').includes('.kerneopgave.md');
      continue;
    }
    if (fires === undefined) continue;
    const quoted = QUOTED_BULLET.exec(line);
    if (quoted) {
      const sentence = quoted[1];
      examples.push({ fires, markdown: `## Vores kerneopgave\n\n${sentence}\n`, fileName: 'eksempel.md', shown: sentence });
      continue;
    }
    const fence = /^(\s*)```markdown\s*$/.exec(line);
    if (fence) {
      const indent = fence[1].length;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i].trim() !== '```'; i++) body.push(lines[i].slice(indent));
      const markdown = `${body.join('\n')}\n`;
      examples.push({
        fires,
        markdown,
        fileName: kerneopgaveFile ? 'eksempel.kerneopgave.md' : 'eksempel.md',
        shown: body.find((l) => l.trim() !== '' && !l.startsWith('#'))?.trim() ?? markdown,
      });
    }
  }
  return examples;
}

describe('rule pages', () => {
  for (const rule of RULES) {
    const file = path.join(docsDir, `${rule.id}.md`);
    const examples = fs.existsSync(file) ? docExamples(fs.readFileSync(file, 'utf8')) : [];
    if (rule.id === 'ikke-skrevet-endnu') continue; // its page describes an empty unit, with no example list
    describe(rule.id, () => {
      it('gives examples of both kinds', () => {
        expect(examples.some((e) => e.fires)).toBe(true);
        expect(examples.some((e) => !e.fires)).toBe(true);
      });
      for (const example of examples) {
        it(`${example.fires ? 'fires on' : 'is silent on'} »${example.shown}«`, () => {
          const ids = lint(example.markdown, { fileName: example.fileName }).findings.map((f) => f.ruleId);
          expect(ids.includes(rule.id)).toBe(example.fires);
        });
      }
    });
  }
});

describe('docExamples', () => {
  it('reads quoted bullets and Markdown blocks under their heading', () => {
    const page = [
      '## Eksempler',
      '',
      'Reagerer på:',
      '',
      '- »Vi underviser.« – en kommentar.',
      '- Et afsnit:',
      '',
      '  ```markdown',
      '  ## Vores kerneopgave',
      '',
      '  Børnene trives.',
      '  ```',
      '',
      'Reagerer ikke på (en `*.kerneopgave.md`-fil):',
      '',
      '- »Børnene trives.«',
      '',
      '## Indstillinger',
      '',
      '- »Ikke et eksempel.«',
    ].join('\n');
    expect(docExamples(page)).toEqual([
      { fires: true, markdown: '## Vores kerneopgave\n\nVi underviser.\n', fileName: 'eksempel.md', shown: 'Vi underviser.' },
      { fires: true, markdown: '## Vores kerneopgave\n\nBørnene trives.\n', fileName: 'eksempel.md', shown: 'Børnene trives.' },
      { fires: false, markdown: '## Vores kerneopgave\n\nBørnene trives.\n', fileName: 'eksempel.md', shown: 'Børnene trives.' },
    ]);
  });
});
