// The report as a standalone HTML page: the overview, each statement's checklist and questions, all text escaped,
// no external URL, Danish by default and English with the locale.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/core/lint';
import { formatHtmlReport } from '../server/src/core/reportHtml';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const DOC = [
  '# Medarbejdergrundlag for <Lærkeskolen> & "venner"',
  '',
  '## Kerneopgave',
  '',
  'Vi tilbyder undervisning til eleverne i 1. < 3. klasse & "de store".',
  '',
].join('\n');

describe('HTML report', () => {
  const inputs = [{ file: 'skole/<grundlag>.md', result: lint(DOC, { fileName: 'grundlag.md' }) }];

  it('is one standalone page with the overview, the checklist and the questions, in Danish by default', () => {
    const html = formatHtmlReport(inputs, 'da');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="da">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@media print');
    expect(html).toContain('<h2>Oversigt</h2>');
    expect(html).toContain('<th>Målgruppe</th>');
    expect(html).toContain('<tr><td>Værdien vi skaber</td><td class="mark no">✗ nej</td><td>Hvad ville borgerne savne, hvis I forsvandt i morgen?</td></tr>');
    expect(html).toContain('<h4>Spørgsmål fra vejledningen</h4>');
    expect(html).toMatch(/<li>linje 5: »tilbyder« beskriver jeres indsats\. .*\(<code>aktivitet-uden-effekt<\/code>, advarsel\)<\/li>/);
    expect(html).toContain('<h4>Det kan I tale om</h4>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('escapes every text and refers to nothing outside the page', () => {
    const html = formatHtmlReport(inputs, 'da');
    expect(html).toContain('<blockquote>Vi tilbyder undervisning til eleverne i 1. &lt; 3. klasse &amp; &quot;de store&quot;.</blockquote>');
    expect(html).toContain('<h2>skole/&lt;grundlag&gt;.md</h2>');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/\s(src|href)=/);
    expect(html).not.toContain('@import');
  });

  it('is in English with the English locale', () => {
    const html = formatHtmlReport([{ file: 'skole/<grundlag>.md', result: lint(DOC, { fileName: 'grundlag.md', locale: 'en' }) }], 'en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h2>Overview</h2>');
    expect(html).toContain('<td>The value we create</td><td class="mark no">✗ no</td>');
    expect(html).toMatch(/<li>line 5: »tilbyder« describes what you do\./);
  });

  it('says so when there is no statement', () => {
    const html = formatHtmlReport([{ file: 'tom.md', result: lint('# Referat\n\nMødet sluttede klokken 12.\n', { fileName: 'tom.md' }) }], 'da');
    expect(html).toContain('<p>Ingen kerneopgaver fundet.</p>');
    expect(html).not.toContain('<table');
  });

  it('is what the CLI writes for --format html', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kerneopgave-html-'));
    try {
      fs.writeFileSync(path.join(dir, 'grundlag.md'), DOC);
      const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), '--format', 'html', 'grundlag.md'], { cwd: dir, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(formatHtmlReport([{ file: 'grundlag.md', result: lint(DOC, { fileName: 'grundlag.md' }) }], 'da'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('reports of a statement whose version is unclear', () => {
  it('shows »?« in the tables and »Version uafklaret« in the checklist', async () => {
    const { formatReport } = await import('../server/src/core/report');
    const doc = '## Kerneopgave\n\nLivskvalitet og selvhjulpenhed – også med en kronisk sygdom.\n';
    const inputs = [{ file: 'a.md', result: lint(doc, { fileName: 'a.md' }) }];
    const html = formatHtmlReport(inputs, 'da');
    expect(html).toContain('<td class="mark">?</td>');
    const md = formatReport(inputs, 'da');
    expect(md).toMatch(/\| a\.md \| 1 \| [^|]+ \| \? \|/);
    expect(md).toContain('Version uafklaret · ');
  });
});
