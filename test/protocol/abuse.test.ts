// The language server under abuse, over stdio: a burst of 1 000 edits, requests for documents it does not have,
// positions outside the text, malformed settings and messages, cancelled requests. Every request is answered
// (a result or a ResponseError, as the protocol allows), nothing crashes, and the server still works afterwards.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver';
import { lint } from '../../server/src/core/lint';
import { ruleDocsUrl } from '../../server/src/core/rules/index';
import { toDiagnostic } from '../../server/src/diagnostics';
import { LspClient } from '../helpers/lsp-client';
import { applyEdits, positionAt } from '../helpers/text';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const DIR_URI = 'file:///tmp/kerneopgave-abuse';
const WORKSPACE = { rootUri: DIR_URI, workspaceFolders: [{ uri: DIR_URI, name: 'kerneopgave-abuse' }] };
const EXAMPLE = fs.readFileSync(path.join(REPO, 'examples', 'medarbejdergrundlag.md'), 'utf8');
const STATEMENT = 'Vores kerneopgave er at undervise eleverne i dansk og matematik.\n';
const REQUEST_CANCELLED = -32800;

const uriOf = (name: string) => `${DIR_URI}/${name}`;

function docsUrl(ruleId: string): string {
  const local = path.join(REPO, 'docs', 'rules', `${ruleId}.md`);
  return fs.existsSync(local) ? pathToFileURL(local).href : ruleDocsUrl(ruleId);
}

/** A small deterministic PRNG, so a failing burst can be replayed from its seed. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Errors the server logged itself: a lint that threw, or an uncaught exception (both start with »kerneopgave:«). */
function serverErrors(client: LspClient): string[] {
  return client.logMessages.filter((m) => m.type === 1 && m.message.startsWith('kerneopgave:')).map((m) => m.message);
}

/** The server still answers: a fresh document gets its diagnostics and a hover. */
async function expectAlive(client: LspClient, name: string): Promise<void> {
  const uri = uriOf(name);
  client.didOpen(uri, STATEMENT, 1);
  const published = await client.nextDiagnostics(uri, { version: 1 });
  expect(published.diagnostics.map((d) => d.code)).toContain('aktivitet-uden-effekt');
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 26 } });
  expect(hover).not.toBeNull();
  expect(client.running).toBe(true);
}

/** Resolves to the result, or to the error code when the server answered with a ResponseError. */
async function settle<T>(p: Promise<T>): Promise<{ result?: T; code?: number }> {
  try {
    return { result: await p };
  } catch (error) {
    const m = /failed: (-?\d+) /.exec((error as Error).message);
    if (!m) throw error; // a timeout or an exit: not an answer
    return { code: Number(m[1]) };
  }
}

describe('language server under abuse', { timeout: 120_000 }, () => {
  let client: LspClient;

  beforeAll(async () => {
    ({ client } = await LspClient.initialized(WORKSPACE));
  });

  afterAll(async () => {
    await client?.shutdown();
  });

  it('ends 1 000 rapid random edits with the diagnostics of a fresh lint of the final text', async () => {
    const seed = Number(process.env.ABUSE_SEED ?? 20261124);
    const random = mulberry32(seed);
    const uri = uriOf('rapid.md');
    const pieces = ['a', ' ', '\n', '\n\n', '\r\n', 'kerneopgave', 'Vores kerneopgave er at ', 'undervise ', 'så de trives', '# ', '- ', '> ', '*', '`', '<!-- kerneopgave-disable -->', '<!--', '-->', 'æøå', '😀', '\t', '\u200B', '»', '.'];
    let text = EXAMPLE;
    client.didOpen(uri, text, 1);
    let version = 1;
    for (let i = 0; i < 1000; i++) {
      const r = random();
      const start = Math.floor(random() * (text.length + 1));
      let end = start;
      let insert = '';
      if (r < 0.55) insert = pieces[Math.floor(random() * pieces.length)];
      else if (r < 0.9) end = Math.min(text.length, start + 1 + Math.floor(random() * 30));
      else {
        end = Math.min(text.length, start + Math.floor(random() * 10));
        insert = pieces[Math.floor(random() * pieces.length)];
      }
      // Never split a CRLF or a surrogate pair: an editor does not either, and positions could not say so.
      const splits = (o: number) => o > 0 && o < text.length && ((text[o - 1] === '\r' && text[o] === '\n') || (/[\uD800-\uDBFF]/.test(text[o - 1]) && /[\uDC00-\uDFFF]/.test(text[o])));
      if (splits(start) || splits(end)) continue;
      const range = { start: positionAt(text, start), end: positionAt(text, end) };
      text = applyEdits(text, [{ range, newText: insert }]);
      client.didChange(uri, ++version, [{ range, text: insert }]);
    }
    expect(version).toBeGreaterThan(900);
    const published = await client.nextDiagnostics(uri, { version, timeoutMs: 60_000 });

    // The core's lint of the text the client holds, converted as the server converts it.
    const result = lint(text, { fileName: new URL(uri).pathname, locale: 'da' });
    const expected = result.findings.map((f) => toDiagnostic(f, result.doc.lineIndex, docsUrl));
    expect(published.diagnostics, `seed ${seed}`).toEqual(expected);

    // And the same text opened fresh in the server.
    const fresh = uriOf('rapid-fresh.md');
    client.didOpen(fresh, text, 1);
    const again = await client.nextDiagnostics(fresh, { version: 1 });
    expect(published.diagnostics).toEqual(again.diagnostics);
    expect(serverErrors(client)).toEqual([]);
  });

  it('answers requests for unknown and closed documents with empty results', async () => {
    const unknown = { textDocument: { uri: uriOf('never-opened.md') } };
    const position = { line: 0, character: 0 };
    const range = { start: position, end: position };
    const ask = () =>
      Promise.all([
        client.request('textDocument/hover', { ...unknown, position }),
        client.request('textDocument/codeAction', { ...unknown, range, context: { diagnostics: [] } }),
        client.request('textDocument/documentSymbol', unknown),
        client.request('textDocument/codeLens', unknown),
      ]);
    expect(await ask()).toEqual([null, [], [], []]);
    // Changes and closes for a document that is not open are ignored.
    client.didChange(uriOf('never-opened.md'), 2, [{ range, text: 'x' }]);
    client.didClose(uriOf('never-opened.md'));

    const uri = uriOf('closed.md');
    client.didOpen(uri, STATEMENT, 1);
    await client.nextDiagnostics(uri, { version: 1 });
    client.didClose(uri);
    const cleared = await client.nextDiagnostics(uri);
    expect(cleared.diagnostics).toEqual([]);
    const closed = { textDocument: { uri } };
    expect(
      await Promise.all([
        client.request('textDocument/hover', { ...closed, position }),
        client.request('textDocument/codeAction', { ...closed, range, context: { diagnostics: [] } }),
        client.request('textDocument/documentSymbol', closed),
      ]),
    ).toEqual([null, [], []]);
    await expectAlive(client, 'alive-1.md');
  });

  it('answers out-of-range positions and bogus diagnostics in code action requests', async () => {
    const uri = uriOf('positions.md');
    client.didOpen(uri, STATEMENT, 1);
    const { diagnostics } = await client.nextDiagnostics(uri, { version: 1 });
    const textDocument = { uri };
    const far = { line: 1_000_000, character: 1_000_000 };
    const hover = await settle(client.request<Hover | null>('textDocument/hover', { textDocument, position: far }));
    expect(hover.code ?? hover.result ?? null).toBeDefined();
    for (const position of [{ line: -1, character: -5 }, { line: 0, character: 1e9 }, { line: 0.5, character: 2.5 }]) {
      const answer = await settle(client.request('textDocument/hover', { textDocument, position }));
      expect(answer.code !== undefined || answer.result !== undefined, JSON.stringify(position)).toBe(true);
    }
    const real = diagnostics[0];
    const bogus: Diagnostic[] = [
      { ...real, range: { start: far, end: far } },
      { ...real, data: { ruleId: real.code, insertAt: 1e12, dimension: 'vaerdi', headingDepth: 'x' } as unknown },
      { ...real, data: { insertAt: -5, dimension: 'ambition', headingDepth: -3 } as unknown },
      { ...real, data: 'not an object' as unknown },
      { ...real, code: 'no-such-rule' },
      { ...real, code: 42 },
      { ...real, source: 'someone-else' },
    ];
    for (const d of bogus) {
      const answer = await settle(client.request<CodeAction[]>('textDocument/codeAction', { textDocument, range: d.range, context: { diagnostics: [d] } }));
      expect(answer.code !== undefined || Array.isArray(answer.result), JSON.stringify(d)).toBe(true);
      for (const action of answer.result ?? []) {
        for (const edit of action.edit?.changes?.[uri] ?? []) {
          // An edit the server offers lies inside the document, whatever the diagnostic claimed.
          expect(edit.range.start.line).toBeLessThanOrEqual(1);
          expect(Number.isInteger(edit.range.start.character)).toBe(true);
        }
      }
    }
    await expectAlive(client, 'alive-2.md');
    expect(serverErrors(client)).toEqual([]);
  });

  it('answers malformed messages: unknown methods, missing and wrong parameters', async () => {
    expect(await settle(client.request('kerneopgave/noSuchRequest', {}))).toEqual({ code: -32601 });
    for (const params of [null, {}, { textDocument: null }, { textDocument: { uri: 42 }, position: 'x' }]) {
      const answer = await settle(client.request('textDocument/hover', params));
      expect(answer.code !== undefined || answer.result !== undefined, JSON.stringify(params)).toBe(true);
    }
    client.notify('textDocument/didOpen', null);
    client.notify('textDocument/didChange', { textDocument: { uri: uriOf('x.md'), version: 'x' }, contentChanges: null });
    client.notify('workspace/didChangeConfiguration', null);
    // A document opened twice, then changed with a version that goes backwards.
    const uri = uriOf('twice.md');
    client.didOpen(uri, 'Noget tekst.\n', 5);
    client.didOpen(uri, STATEMENT, 6);
    client.didChange(uri, 3, [{ text: STATEMENT + STATEMENT }]);
    await client.nextDiagnostics(uri, { version: 3 });
    await expectAlive(client, 'alive-3.md');
  });

  it('answers a cancelled request with its result or RequestCancelled, and cancels a long report', async () => {
    const uri = uriOf('cancel.md');
    client.didOpen(uri, EXAMPLE, 1);
    await client.nextDiagnostics(uri, { version: 1 });
    const hover = client.requestWithId('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    client.notify('$/cancelRequest', { id: hover.id });
    const answer = await settle(hover.response);
    expect(answer.code === REQUEST_CANCELLED || answer.result !== undefined).toBe(true);
    // A cancel for a request that is long done, or never was, is ignored.
    client.notify('$/cancelRequest', { id: hover.id });
    client.notify('$/cancelRequest', { id: 987654 });

    // The report walks only inside a workspace folder.
    fs.mkdirSync(fileURLToPath(DIR_URI), { recursive: true });
    const folder = fs.mkdtempSync(path.join(fileURLToPath(DIR_URI), 'report-'));
    try {
      for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(folder, `f${String(i).padStart(3, '0')}.md`), STATEMENT);
      const report = client.requestWithId<{ files: number }>('kerneopgave/report', { folderUri: pathToFileURL(folder).href }, 60_000);
      client.notify('$/cancelRequest', { id: report.id });
      const outcome = await settle(report.response);
      // The report checks for cancellation before each file and the cancel arrives while it waits for the
      // progress token: it stops.
      expect(outcome.code).toBe(REQUEST_CANCELLED);
      // Not cancelled, the same report completes.
      const full = await client.request<{ files: number }>('kerneopgave/report', { folderUri: pathToFileURL(folder).href }, 60_000);
      expect(full.files).toBe(300);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
    await expectAlive(client, 'alive-4.md');
  });

  it('refuses a report outside the workspace folders at once', async () => {
    for (const folderUri of ['file:///etc', 'file:///proc/self', 'file:///']) {
      const started = Date.now();
      const outcome = await settle(client.request('kerneopgave/report', { folderUri }, 10_000));
      expect(outcome.code, folderUri).toBe(-32602);
      expect(Date.now() - started, folderUri).toBeLessThan(2000);
    }
  });
});

describe('language server with malformed editor settings', { timeout: 60_000 }, () => {
  const malformed: Record<string, unknown> = {
    'types.md': { enable: 'yes', language: 42, rules: 'all', lixThreshold: 'high', codeLens: 'no', focusMode: null },
    'rules.md': { rules: { lix: 7, 'no-such-rule': 'warning', 'for-abstrakt': ['x'], 'aktivitet-uden-effekt': { severity: 'error' } } },
    'array.md': ['enable', false],
    'string.md': 'kerneopgave',
    'number.md': 3,
    'deep.md': { rules: JSON.parse('{"lix":'.repeat(200) + '"off"' + '}'.repeat(200)) },
    'huge.md': { lixThreshold: 1e308, language: 'x'.repeat(100_000) },
  };
  let client: LspClient;

  beforeAll(async () => {
    client = LspClient.start();
    client.configuration = (item) => {
      const name = item.scopeUri?.split('/').pop() ?? '';
      return malformed[name] ?? null;
    };
    await client.initialize(WORKSPACE);
  });

  afterAll(async () => {
    await client?.shutdown();
  });

  it('lints every document with the defaults for what is wrong, warns once per problem, and keeps running', async () => {
    for (const name of Object.keys(malformed)) {
      const uri = uriOf(name);
      client.didOpen(uri, STATEMENT, 1);
      const published = await client.nextDiagnostics(uri, { version: 1 });
      expect(published.diagnostics.map((d) => d.code), name).toContain('aktivitet-uden-effekt');
    }
    // Open them again: no new warnings.
    const shown = client.shownMessages.length;
    expect(shown).toBeGreaterThan(0);
    for (const name of Object.keys(malformed)) {
      client.didClose(uriOf(name));
      client.didOpen(uriOf(name), STATEMENT, 2);
      await client.nextDiagnostics(uriOf(name), { version: 2 });
    }
    expect(client.shownMessages.length).toBe(shown);
    const texts = client.shownMessages.map((m) => m.message);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.every((t) => t.length < 2000)).toBe(true);
    expect(serverErrors(client)).toEqual([]);
    await expectAlive(client, 'alive.md');
  });
});


describe('report of a folder with no Markdown files', { timeout: 30_000 }, () => {
  it('is in the language the folder configures, not the editor language', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kerneopgave-empty-'));
    const { client } = await LspClient.initialized({ locale: 'en', rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'empty' }] });
    try {
      fs.writeFileSync(path.join(dir, '.kerneopgave.json'), '{ "language": "da" }\n');
      const report = await client.request<{ markdown: string }>('kerneopgave/report', { folderUri: pathToFileURL(dir).href }, 10_000);
      expect(report.markdown).toContain('Ingen kerneopgaver fundet.');
    } finally {
      await client.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('report bounds and workspace folders that change', { timeout: 60_000 }, () => {
  it('stops at the file count with a notice, and reports a folder added at runtime (and not one removed)', async () => {
    const first = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kerneopgave-ws1-')));
    const second = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kerneopgave-ws2-')));
    for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(first, `f${i}.md`), '# Kerneopgave\n\n' + STATEMENT);
    fs.writeFileSync(path.join(second, 'b.md'), '# Kerneopgave\n\n' + STATEMENT);
    fs.writeFileSync(path.join(second, '.kerneopgave.json'), '{ "language": "en" }\n');
    const { client } = await LspClient.initialized({ locale: 'da', rootUri: pathToFileURL(first).href, workspaceFolders: [{ uri: pathToFileURL(first).href, name: 'first' }] });
    try {
      const capped = await client.request<{ files: number; notice?: string; markdown: string }>('kerneopgave/report', { folderUri: pathToFileURL(first).href, maxFiles: 3 }, 10_000);
      expect(capped.files).toBe(3);
      expect(capped.notice).toContain('Rapporten stoppede ved 3 filer');
      expect(capped.markdown).toContain('> Rapporten stoppede ved 3 filer');
      // a limit above the server's own is not honoured: all five files, no notice
      const all = await client.request<{ files: number; notice?: string }>('kerneopgave/report', { folderUri: pathToFileURL(first).href, maxFiles: 1e9 }, 10_000);
      expect(all).toMatchObject({ files: 5 });
      expect(all.notice).toBeUndefined();

      const before = await settle(client.request('kerneopgave/report', { folderUri: pathToFileURL(second).href }, 10_000));
      expect(before.code).toBe(-32602);
      client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: pathToFileURL(second).href, name: 'second' }], removed: [] } });
      const after = await client.request<{ files: number; markdown: string }>('kerneopgave/report', { folderUri: pathToFileURL(second).href }, 10_000);
      // its .kerneopgave.json applies: the report is in English
      expect(after.files).toBe(1);
      expect(after.markdown).toContain('Kerneopgaver: report');
      client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: pathToFileURL(first).href, name: 'first' }] } });
      const removed = await settle(client.request('kerneopgave/report', { folderUri: pathToFileURL(first).href }, 10_000));
      expect(removed.code).toBe(-32602);
    } finally {
      await client.shutdown();
      fs.rmSync(first, { recursive: true, force: true });
      fs.rmSync(second, { recursive: true, force: true });
    }
  });
});
