// The server's folder report over the sources people write in: a Word document and plain text next to Markdown.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../helpers/docx';
import { LspClient } from '../helpers/lsp-client';

describe('folder report with Word and plain text', () => {
  it('reports the statement of a .docx with its Word paragraph, a pasted .txt, and names a damaged .docx', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kerneopgave-report-sources-')));
    fs.writeFileSync(path.join(dir, 'grundlag.docx'), await makeDocx([{ text: 'Kerneopgave', style: 'Heading1' }, 'Vi tilbyder undervisning til eleverne.']));
    fs.writeFileSync(path.join(dir, 'noter.txt'), 'Kerneopgave\n\nVi yder hjælp til borgerne.\n');
    fs.writeFileSync(path.join(dir, 'skadet.docx'), 'ikke en zip');
    const href = pathToFileURL(dir).href;
    const { client } = await LspClient.initialized({ rootUri: href, workspaceFolders: [{ uri: href, name: 'sources' }] });
    try {
      const report = await client.request<{ markdown: string; files: number; units: number }>('kerneopgave/report', { folderUri: href }, 20_000);
      expect(report.files).toBe(2);
      expect(report.units).toBe(2);
      expect(report.markdown).toContain('## grundlag.docx');
      expect(report.markdown).toContain('### Kerneopgave (linje 1, afsnit 1 (»Kerneopgave«))');
      expect(report.markdown).toMatch(/- linje 3, afsnit 2 \(»Vi tilbyder undervisning til eleverne\.«\): »tilbyder« beskriver/);
      expect(report.markdown).toContain('## noter.txt');
      expect(report.markdown).toContain('### Kerneopgave (linje 1)');
      expect(report).not.toHaveProperty('html');
      const both = await client.request<{ markdown: string; html: string }>('kerneopgave/report', { folderUri: href, html: true }, 20_000);
      expect(both.markdown).toBe(report.markdown);
      expect(both.html).toMatch(/^<!DOCTYPE html>/);
      expect(both.html).toContain('linje 3, afsnit 2 (»Vi tilbyder undervisning til eleverne.«): »tilbyder« beskriver');
      await client.waitFor('the damaged .docx named', () => client.logMessages.some((m) => m.message.includes('skadet.docx: ikke et læsbart Word-dokument (.docx)')));
    } finally {
      await client.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
