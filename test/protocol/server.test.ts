// Protocol tests: the built language server over stdio, spoken to in real LSP JSON by a tiny test client.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, InitializeResult, MarkupContent, TextEdit } from 'vscode-languageserver';
import { LspClient } from '../helpers/lsp-client';
import { makeDocx } from '../helpers/docx';
import { applyEdits, positionAt, positionIn, rangeOf, textIn } from '../helpers/text';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const DIR_URI = 'file:///tmp/kerneopgave-test';
const WORKSPACE = { rootUri: DIR_URI, workspaceFolders: [{ uri: DIR_URI, name: 'kerneopgave-test' }] };
const RULE = 'aktivitet-uden-effekt';
const SOURCE = 'kerneopgave';

const STATEMENT_V1 = 'Vores kerneopgave er at undervise eleverne i dansk og matematik.';
const GRUNDLAG_TEXT = [
  '# Medarbejdergrundlag for Skovbakkeskolen',
  '',
  'Vi har drøftet kerneopgaven på flere personalemøder.',
  '',
  STATEMENT_V1,
  '',
].join('\n');

const HJEMMEPLEJE_TEXT = [
  '# Hjemmeplejen i Nordby',
  '',
  '## Vores kerneopgave',
  '',
  'Vi hjælper borgerne med rengøring og indkøb.',
  '',
  '### Målgruppen',
  '',
  'Ældre borgere, der bor i eget hjem.',
  '',
  '## Praktisk',
  '',
  'Det er køkkenets kerneopgave at levere mad til beboerne.',
  '',
].join('\n');

/** The guidance link the server gives: the local docs page when the repository has one, else the published one. */
function expectedDocsUrl(ruleId: string): string {
  const local = path.join(REPO, 'docs', 'rules', `${ruleId}.md`);
  return fs.existsSync(local) ? pathToFileURL(local).href : `https://github.com/kerneopgave/kerneopgave/blob/main/docs/rules/${ruleId}.md`;
}

function uriOf(name: string): string {
  return `${DIR_URI}/${name}`;
}

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}

function only(diagnostics: Diagnostic[], ruleId: string): Diagnostic {
  const found = diagnostics.filter((d) => d.code === ruleId);
  expect(found, `exactly one ${ruleId} diagnostic`).toHaveLength(1);
  return found[0];
}

function markdownOf(hover: Hover | null): string {
  expect(hover).not.toBeNull();
  const contents = hover!.contents as MarkupContent;
  expect(contents.kind).toBe('markdown');
  return contents.value;
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const edits = action.edit?.changes?.[uri];
  expect(edits, `edits for ${uri} in »${action.title}«`).toBeDefined();
  return edits!;
}

async function open(client: LspClient, name: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = uriOf(name);
  client.didOpen(uri, text, 1);
  const published = await client.nextDiagnostics(uri, { version: 1 });
  return { uri, diagnostics: published.diagnostics };
}

async function codeActions(client: LspClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], triggerKind: 1 },
  });
}

describe('language server over stdio', { timeout: 60_000 }, () => {
  let client: LspClient;
  let init: InitializeResult;

  beforeAll(async () => {
    ({ client, result: init } = await LspClient.initialized(WORKSPACE));
    // Shared by several tests; its first diagnostics wait in the client's queue for the first test.
    client.didOpen(uriOf('grundlag.md'), GRUNDLAG_TEXT, 1);
  });

  afterAll(async () => {
    await client?.shutdown();
  });

  it('advertises incremental sync, hover, code actions, symbols and the guidance command', () => {
    expect(init.capabilities.textDocumentSync).toBe(2);
    expect(init.capabilities.hoverProvider).toBe(true);
    expect(init.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix'] });
    expect(init.capabilities.documentSymbolProvider).toBe(true);
    expect(init.capabilities.executeCommandProvider?.commands).toContain('kerneopgave.openGuidance');
    expect(init.serverInfo?.name).toBe('kerneopgave');
  });

  it('registers for configuration changes when the client supports dynamic registration', async () => {
    const request = await client.waitForServerRequest('client/registerCapability');
    const registrations = (request.params as { registrations: { method: string }[] }).registrations;
    expect(registrations.map((r) => r.method)).toContain('workspace/didChangeConfiguration');
  });

  it('flags a version-1 statement exactly on the activity word', async () => {
    const { diagnostics } = await client.nextDiagnostics(uriOf('grundlag.md'), { version: 1 });
    const d = only(diagnostics, RULE);
    expect(d.source).toBe(SOURCE);
    expect(d.range).toEqual(rangeOf(GRUNDLAG_TEXT, 'undervise'));
    expect(textIn(GRUNDLAG_TEXT, d.range)).toBe('undervise');
    expect(d.codeDescription?.href).toMatch(/\/aktivitet-uden-effekt\.md$/);
    expect((d.data as { ruleId?: string }).ruleId).toBe(RULE);
    // Every diagnostic carries the source, a rule id as code and a link.
    for (const x of diagnostics) {
      expect(x.source).toBe(SOURCE);
      expect(x.codeDescription?.href).toBe(expectedDocsUrl(String(x.code)));
    }
  });

  it('publishes a diagnostic that matches the contract field by field', async () => {
    const text = `${STATEMENT_V1}\n`;
    const { diagnostics } = await open(client, 'kontrakt.md', text);
    const actual = only(diagnostics, RULE);
    const expected: Diagnostic = {
      range: { start: { line: 0, character: 24 }, end: { line: 0, character: 33 } },
      severity: 2,
      source: 'kerneopgave',
      code: 'aktivitet-uden-effekt',
      codeDescription: { href: expectedDocsUrl('aktivitet-uden-effekt') },
      message: '»undervise« beskriver jeres indsats. Hvilken effekt skal den have for »eleverne«?',
      data: {
        ruleId: 'aktivitet-uden-effekt',
        tags: ['version-1'],
        words: 'undervise',
        note:
          'Formuleringen nævner en aktivitet (undervise), men ikke hvad den skal føre til for borgeren. ' +
          'Det er kendetegnende for en version 1-kerneopgave: den tager udgangspunkt i medarbejdernes arbejdsdag, og ' +
          'sammenhængen mellem ydelse og effekt bliver usynlig. En aktivitet med en effekt (»støtte borgerne til at blive ' +
          'selvforsørgende«) er ikke version 1. Undervisning er det, lærerne gør; læringen er det, eleven får ud af det.',
      },
    };
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    expect(actual.range).toEqual(expected.range);
    expect(actual.severity).toBe(expected.severity);
    expect(actual.source).toBe(expected.source);
    expect(actual.code).toBe(expected.code);
    expect(actual.codeDescription).toEqual(expected.codeDescription);
    expect(actual.message).toBe(expected.message);
    expect(Object.keys(actual.data as object).sort()).toEqual(Object.keys(expected.data as object).sort());
    expect(actual.data).toEqual(expected.data);
    expect(actual).toStrictEqual(expected);
  });

  it('carries the dimension, insertion point and heading depth in a missing-dimension diagnostic', async () => {
    const { diagnostics } = await open(client, 'hjemmepleje-kontrakt.md', HJEMMEPLEJE_TEXT);
    const ambition = diagnostics.filter((d) => d.code === 'dimension-ambition');
    expect(ambition).toHaveLength(2); // the section unit and the statement under »Praktisk«
    const section = ambition[0];
    const unitEnd = HJEMMEPLEJE_TEXT.indexOf('Ældre borgere, der bor i eget hjem.') + 'Ældre borgere, der bor i eget hjem.'.length;
    expect(section).toStrictEqual({
      range: rangeOf(HJEMMEPLEJE_TEXT, '## Vores kerneopgave'),
      severity: 3,
      source: 'kerneopgave',
      code: 'dimension-ambition',
      codeDescription: { href: expectedDocsUrl('dimension-ambition') },
      message: 'Den fælles ambition: Hvad vil I være stolte af om fem år?',
      data: {
        ruleId: 'dimension-ambition',
        tags: ['dimension'],
        note: 'Ambitionen er det fælles svar på, hvad I vil kendes for, bakket op af handlinger og ikke kun af fine ord.',
        dimension: 'ambition',
        insertAt: unitEnd,
        headingDepth: 3,
      },
    });
  });

  it('reports UTF-16 columns after astral characters and with CRLF line endings', async () => {
    const text = '# Skolen 😀\r\n\r\nDet er skolens kerneopgave at 😀 undervise eleverne.\r\n';
    const { diagnostics } = await open(client, 'crlf.md', text);
    const d = only(diagnostics, RULE);
    expect(d.range).toEqual({ start: { line: 2, character: 33 }, end: { line: 2, character: 42 } });
    expect(textIn(text, d.range)).toBe('undervise');
  });

  it('stays silent on ordinary prose such as meeting minutes', async () => {
    const text = ['# Referat af personalemødet', '', 'Mødet startede klokken 10.', '', '- Vi sikrer, at der er kaffe.', '- Næste møde er den 4. marts.', ''].join('\n');
    const { diagnostics } = await open(client, 'referat.md', text);
    expect(diagnostics).toEqual([]);
  });

  it('follows an incremental edit that turns the statement into version 2', async () => {
    const uri = uriOf('forandring.md');
    client.didOpen(uri, GRUNDLAG_TEXT, 1);
    const before = await client.nextDiagnostics(uri, { version: 1 });
    expect(codes(before.diagnostics)).toContain(RULE);

    const replacement = 'eleverne lærer at læse, så de kan deltage i fællesskabet';
    const range = rangeOf(GRUNDLAG_TEXT, 'undervise eleverne i dansk og matematik');
    const after = GRUNDLAG_TEXT.replace('undervise eleverne i dansk og matematik', replacement);
    client.didChange(uri, 2, [{ range, text: replacement }]);
    const published = await client.nextDiagnostics(uri, { version: 2 });
    expect(published.version).toBe(2);
    expect(codes(published.diagnostics)).not.toContain(RULE);
    // The server's copy of the text matches ours: the unit-wide finding spans exactly the new sentence.
    const ambition = only(published.diagnostics, 'dimension-ambition');
    // Unit-wide questions sit on the statement's opener.
    expect(textIn(after, ambition.range)).toBe('Vores kerneopgave');
  });

  it('applies several incremental changes of one notification in order', async () => {
    const uri = uriOf('flere-ændringer.md');
    const text = `${STATEMENT_V1}\n`;
    client.didOpen(uri, text, 1);
    await client.nextDiagnostics(uri, { version: 1 });
    // 1) insert a heading line at the top; 2) then rename the activity on what is now line 2.
    const withHeading = `# Skolen\n\n${text}`;
    const renamed = withHeading.replace('undervise', 'vejlede');
    client.didChange(uri, 2, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# Skolen\n\n' },
      { range: rangeOf(withHeading, 'undervise'), text: 'vejlede' },
    ]);
    const published = await client.nextDiagnostics(uri, { version: 2 });
    const d = only(published.diagnostics, RULE);
    expect(d.range).toEqual(rangeOf(renamed, 'vejlede'));
    expect(d.message).toContain('»vejlede«');
  });

  it('lints the text of the latest version after a burst of full-text changes', async () => {
    const uri = uriOf('hurtig.md');
    client.didOpen(uri, `${STATEMENT_V1}\n`, 1);
    await client.nextDiagnostics(uri, { version: 1 });
    const verbs = ['vejlede', 'undervise', 'tilbyde', 'rådgive'];
    verbs.forEach((verb, i) => client.didChange(uri, i + 2, [{ text: `Vores kerneopgave er at ${verb} eleverne.\n` }]));
    const last = verbs.length + 1;
    const published = await client.nextDiagnostics(uri, { version: last });
    const lastText = `Vores kerneopgave er at ${verbs[verbs.length - 1]} eleverne.\n`;
    const d = only(published.diagnostics, RULE);
    expect(d.message).toContain('»rådgive«');
    expect(d.range).toEqual(rangeOf(lastText, 'rådgive'));
  });

  it('explains a finding on hover, naming the rule', async () => {
    const uri = uriOf('grundlag.md');
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionIn(GRUNDLAG_TEXT, 'undervise') });
    const value = markdownOf(hover);
    expect(value).toContain(`\`${RULE}\``);
    expect(value).toContain('**Aktivitet uden effekt**');
    // The why, not the question again (the editor shows the diagnostic's message itself).
    expect(value).toContain('Formuleringen nævner en aktivitet (undervise)');
    expect(value).not.toContain('»undervise« beskriver jeres indsats.');
    expect(value).toContain(expectedDocsUrl(RULE));
    expect(hover!.range).toEqual(rangeOf(GRUNDLAG_TEXT, 'undervise'));
  });

  it('shows the definition when hovering »kerneopgave« outside any finding', async () => {
    const uri = uriOf('grundlag.md');
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionIn(GRUNDLAG_TEXT, 'kerneopgaven') });
    const value = markdownOf(hover);
    for (const word of ['formelle', 'udførte', 'oplevede']) expect(value).toContain(word);
    expect(hover!.range).toEqual(rangeOf(GRUNDLAG_TEXT, 'kerneopgaven'));
  });

  it('has no hover on an ordinary word', async () => {
    const uri = uriOf('grundlag.md');
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionIn(GRUNDLAG_TEXT, 'personalemøder') });
    expect(hover).toBeNull();
  });

  it('shows the guiding question when hovering a dimension heading', async () => {
    const { uri } = await open(client, 'hjemmepleje-hover.md', HJEMMEPLEJE_TEXT);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionIn(HJEMMEPLEJE_TEXT, 'Målgruppen') });
    const value = markdownOf(hover);
    expect(value).toContain('Hvem skal I lykkes sammen med?');
    expect(value).toContain('**Målgruppen**');
    expect(hover!.range).toEqual(rangeOf(HJEMMEPLEJE_TEXT, '### Målgruppen'));
  });

  it('offers guidance first, then disable-for-statement and disable-for-file, for a finding', async () => {
    const reopened = await open(client, 'aktioner.md', GRUNDLAG_TEXT);
    const finding = only(reopened.diagnostics, RULE);
    const actions = await codeActions(client, reopened.uri, finding);
    expect(actions.map((a) => a.title)).toEqual([
      'Læs vejledningen til »Aktivitet uden effekt«',
      'Slå »Aktivitet uden effekt« fra for dette udsagn',
      'Slå »Aktivitet uden effekt« fra i hele filen',
    ]);
    for (const a of actions) {
      expect(a.kind).toBe('quickfix');
      expect(a.diagnostics).toEqual([finding]);
    }
    const [guidance, statement, file] = actions;
    // One inline comment at the end of the statement: it covers the whole statement and changes no structure.
    expect(editsOf(statement, reopened.uri)).toEqual([
      { range: { start: { line: 4, character: STATEMENT_V1.length }, end: { line: 4, character: STATEMENT_V1.length } }, newText: ` <!-- kerneopgave-disable ${RULE} -->` },
    ]);
    expect(editsOf(file, reopened.uri)).toEqual([
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `<!-- kerneopgave-disable ${RULE} -->\n\n` },
    ]);
    expect(guidance.edit).toBeUndefined();
    expect(guidance.command).toEqual({ title: 'Open guidance', command: 'kerneopgave.openGuidance', arguments: [RULE] });
  });

  it('offers no actions for diagnostics from another source', async () => {
    const uri = uriOf('grundlag.md');
    const foreign: Diagnostic = { range: rangeOf(GRUNDLAG_TEXT, 'undervise'), message: 'spelling', source: 'cspell', code: RULE };
    expect(await codeActions(client, uri, foreign)).toEqual([]);
  });

  it('silences only that finding when the disable-for-statement edit is applied (sent incrementally)', async () => {
    const { uri, diagnostics } = await open(client, 'slaa-fra.md', GRUNDLAG_TEXT);
    const before = codes(diagnostics);
    const [, statement] = await codeActions(client, uri, only(diagnostics, RULE));
    const edits = editsOf(statement, uri);
    expect(edits.map((e) => e.newText)).toEqual([` <!-- kerneopgave-disable ${RULE} -->`]);
    const applied = applyEdits(GRUNDLAG_TEXT, edits);
    // Nothing of the writer's text is lost: removing the comment gives back the original.
    expect(applied.replace(` <!-- kerneopgave-disable ${RULE} -->`, '')).toBe(GRUNDLAG_TEXT);
    // Sent as incremental changes, last edit first, so that earlier positions stay valid.
    const ordered = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    client.didChange(uri, 2, ordered.map((e) => ({ range: e.range, text: e.newText })));
    const published = await client.nextDiagnostics(uri, { version: 2 });
    expect(codes(published.diagnostics)).toEqual(before.filter((c) => c !== RULE));
    // The other findings still sit on the statement, now one line further down.
    const ambition = only(published.diagnostics, 'dimension-ambition');
    expect(textIn(applied, ambition.range)).toBe('Vores kerneopgave');
  });

  it('silences the rule in the whole file when the disable-for-file edit is applied, after front matter', async () => {
    const text = `---\ntitle: Grundlag\n---\n${GRUNDLAG_TEXT}`;
    const { uri, diagnostics } = await open(client, 'slaa-fra-fil.md', text);
    const actions = await codeActions(client, uri, only(diagnostics, RULE));
    const file = actions.find((a) => a.title === 'Slå »Aktivitet uden effekt« fra i hele filen');
    expect(file).toBeDefined();
    const edits = editsOf(file!, uri);
    expect(edits).toEqual([{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: `<!-- kerneopgave-disable ${RULE} -->\n\n` }]);
    const applied = applyEdits(text, edits);
    client.didChange(uri, 2, [{ text: applied }]);
    const published = await client.nextDiagnostics(uri, { version: 2 });
    expect(codes(published.diagnostics)).not.toContain(RULE);
    expect(codes(published.diagnostics)).toContain('dimension-ambition');
  });

  it('offers to insert the missing dimension heading in a section unit', async () => {
    const { uri, diagnostics } = await open(client, 'hjemmepleje-indsaet.md', HJEMMEPLEJE_TEXT);
    const missing = diagnostics.find((d) => d.code === 'dimension-ambition');
    expect(missing).toBeDefined();
    const actions = await codeActions(client, uri, missing!);
    const insert = actions.find((a) => a.title === 'Indsæt overskriften »Den fælles ambition« med spørgsmålet');
    expect(insert, `actions: ${actions.map((a) => a.title).join(' | ')}`).toBeDefined();
    expect(insert!.isPreferred).toBe(true);
    const anchor = 'Ældre borgere, der bor i eget hjem.';
    const at = positionAt(HJEMMEPLEJE_TEXT, HJEMMEPLEJE_TEXT.indexOf(anchor) + anchor.length);
    expect(editsOf(insert!, uri)).toEqual([
      { range: { start: at, end: at }, newText: '\n\n### Den fælles ambition\n\n<!-- Hvad vil I være stolte af om fem år? -->' },
    ]);

    const applied = applyEdits(HJEMMEPLEJE_TEXT, editsOf(insert!, uri));
    client.didChange(uri, 2, [{ text: applied }]);
    await client.nextDiagnostics(uri, { version: 2 });
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols[0].children?.map((c) => c.name)).toEqual(['Målgruppen', 'Den fælles ambition']);
    // The rest of the document is still there and still linted.
    expect(symbols).toHaveLength(2);
  });

  it('offers no insert-heading action for a statement unit (it has no section to put one in)', async () => {
    const { uri, diagnostics } = await open(client, 'udsagn-dimension.md', GRUNDLAG_TEXT);
    const missing = only(diagnostics, 'dimension-ambition');
    expect(missing.data).not.toHaveProperty('insertAt');
    const titles = (await codeActions(client, uri, missing)).map((a) => a.title);
    expect(titles).toEqual(['Læs vejledningen til »Dimension: den fælles ambition«', 'Slå »Dimension: den fælles ambition« fra for dette udsagn', 'Slå »Dimension: den fælles ambition« fra i hele filen']);
  });

  it('opens the guidance page through the client when the command runs', async () => {
    const before = client.serverRequests.filter((r) => r.method === 'window/showDocument').length;
    await client.request('workspace/executeCommand', { command: 'kerneopgave.openGuidance', arguments: [RULE] });
    const request = await client.waitForServerRequest('window/showDocument', before);
    const url = expectedDocsUrl(RULE);
    expect(request.params).toEqual({ uri: url, external: !url.startsWith('file:') });
  });

  it('lists one symbol per unit with the dimension sections as children', async () => {
    const { uri } = await open(client, 'hjemmepleje-symboler.md', HJEMMEPLEJE_TEXT);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols).toHaveLength(2);
    const [section, statement] = symbols;
    expect(section.name).toBe('Vores kerneopgave');
    expect(section.kind).toBe(2); // Module
    expect(section.detail).toBe('Version 1 · ✗ Værdi · ✗ Ambition · ✗ Tilgang · ✓ Målgruppe · LIX 50');
    expect(section.selectionRange).toEqual(rangeOf(HJEMMEPLEJE_TEXT, '## Vores kerneopgave'));
    expect(textIn(HJEMMEPLEJE_TEXT, section.range)).toBe(
      HJEMMEPLEJE_TEXT.slice(HJEMMEPLEJE_TEXT.indexOf('## Vores kerneopgave'), HJEMMEPLEJE_TEXT.indexOf('hjem.') + 'hjem.'.length),
    );
    expect(section.children).toHaveLength(1);
    expect(section.children![0]).toMatchObject({ name: 'Målgruppen', detail: '✓ Målgruppen', kind: 8, selectionRange: rangeOf(HJEMMEPLEJE_TEXT, '### Målgruppen') });
    expect(statement.name).toBe('Det er køkkenets kerneopgave at levere mad til beboerne.');
    expect(statement.children).toEqual([]);
  });

  it('answers null or empty for requests about a document that is not open', async () => {
    const uri = uriOf('aldrig-aabnet.md');
    const position = { line: 0, character: 0 };
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position })).toBeNull();
    const diagnostic: Diagnostic = { range: { start: position, end: position }, message: 'x', source: SOURCE, code: RULE };
    expect(await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })).toEqual([]);
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri } })).toEqual([]);
    expect(client.running).toBe(true);
  });

  it('clears the diagnostics when a document is closed', async () => {
    const { uri, diagnostics } = await open(client, 'lukkes.md', GRUNDLAG_TEXT);
    expect(diagnostics.length).toBeGreaterThan(0);
    client.didClose(uri);
    const published = await client.nextDiagnostics(uri);
    expect(published.diagnostics).toEqual([]);
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: positionIn(GRUNDLAG_TEXT, 'undervise') })).toBeNull();
  });

  describe('bad input never crashes the server', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const junk = Array.from({ length: 64 * 1024 }, () => String.fromCharCode(Math.floor(random() * 256))).join('');
    const inputs: [string, string][] = [
      ['an empty document', ''],
      ['a 1 MB single line', 'Vores kerneopgave er at undervise eleverne ' + 'og dansk '.repeat(116_000)],
      ['lone surrogates', 'Vores kerneopgave er at undervise \uD800 eleverne.\n\n\uDC00 kerneopgave \uD800'],
      ['200-deep nested lists', Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- Vores kerneopgave er at undervise eleverne.`).join('\n')],
      ['binary junk with NULs', `\u0000\u0000${junk}\u0000`],
      ['unclosed front matter and comments', '---\ntitle: x\n<!-- kerneopgave-disable\n# Vores kerneopgave\n\n`'],
    ];

    it.each(inputs)('survives %s: publishes diagnostics and still answers hover', async (name, text) => {
      const uri = uriOf(`robust-${name.replace(/\W+/g, '-')}.md`);
      client.didOpen(uri, text, 1);
      const published = await client.nextDiagnostics(uri, { version: 1, timeoutMs: 45_000 });
      expect(Array.isArray(published.diagnostics)).toBe(true);
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
      const hover = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri: uriOf('grundlag.md') },
        position: positionIn(GRUNDLAG_TEXT, 'undervise'),
      });
      expect(markdownOf(hover)).toContain(RULE);
      expect(client.logMessages.filter((m) => /could not lint|Error/.test(m.message))).toEqual([]);
      client.didClose(uri);
      expect(client.running).toBe(true);
    });

    it('ignores a change to a document that was never opened', async () => {
      client.didChange(uriOf('ukendt.md'), 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf('grundlag.md') }, position: positionIn(GRUNDLAG_TEXT, 'undervise') });
      expect(markdownOf(hover)).toContain(RULE);
    });
  });
});

describe('editor settings via workspace/configuration', { timeout: 30_000 }, () => {
  let client: LspClient;
  const uri = uriOf('indstillinger.md');

  beforeAll(async () => {
    ({ client } = await LspClient.initialized(WORKSPACE));
    client.didOpen(uri, GRUNDLAG_TEXT, 1);
    const first = await client.nextDiagnostics(uri, { version: 1 });
    expect(codes(first.diagnostics)).toContain(RULE);
  });

  afterAll(async () => {
    await client?.shutdown();
  });

  /** Sets what the client answers, tells the server, and returns the diagnostics that follow. */
  async function reconfigure(settings: unknown): Promise<Diagnostic[]> {
    client.configuration = () => settings;
    client.discardDiagnostics(uri);
    client.notify('workspace/didChangeConfiguration', { settings: null });
    return (await client.nextDiagnostics(uri)).diagnostics;
  }

  it('pulls the »kerneopgave« section for the document', () => {
    const items = client.serverRequests
      .filter((r) => r.method === 'workspace/configuration')
      .flatMap((r) => (r.params as { items: { scopeUri?: string; section?: string }[] }).items);
    expect(items).toContainEqual({ scopeUri: uri, section: 'kerneopgave' });
  });

  it('turns a rule off', async () => {
    const diagnostics = await reconfigure({ rules: { [RULE]: 'off' } });
    expect(codes(diagnostics)).not.toContain(RULE);
    expect(codes(diagnostics)).toContain('dimension-ambition');
  });

  it('raises a rule to error', async () => {
    const diagnostics = await reconfigure({ rules: { [RULE]: 'error' } });
    expect(only(diagnostics, RULE).severity).toBe(1);
    expect(only(diagnostics, 'dimension-ambition').severity).toBe(3);
  });

  it('switches the messages to English', async () => {
    const diagnostics = await reconfigure({ language: 'en' });
    expect(only(diagnostics, RULE).message).toBe('»undervise« describes what you do. What effect should it have for »eleverne«?');
  });

  it('turns everything off with enable: false', async () => {
    expect(await reconfigure({ enable: false })).toEqual([]);
  });

  it('warns about a malformed setting and lints with the defaults', async () => {
    const diagnostics = await reconfigure({ rules: { [RULE]: 'loud' } });
    expect(only(diagnostics, RULE).severity).toBe(2);
    const shown = await client.waitForShownMessage((m) => m.message.includes(`kerneopgave.rules.${RULE}`));
    expect(shown.type).toBe(2); // Warning
    expect(shown.message).toBe(
      `Kerneopgave: kerneopgave.rules.${RULE}: skal være en af off, hint, information, warning, error, ikke "loud". ` +
        'Standardindstillingerne bruges for det, der er forkert.',
    );
  });

  it('goes back to the defaults when the client has no settings', async () => {
    const diagnostics = await reconfigure(null);
    expect(only(diagnostics, RULE).severity).toBe(2);
    expect(only(diagnostics, RULE).message).toContain('beskriver jeres indsats');
  });
});

describe('.kerneopgave.json next to the document', { timeout: 30_000 }, () => {
  let client: LspClient;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kerneopgave-lsp-'));
    ({ client } = await LspClient.initialized({ rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'tmp' }] }));
  });

  afterAll(async () => {
    await client?.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('applies the severities from the file', async () => {
    const sub = path.join(dir, 'strict');
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, '.kerneopgave.json'), JSON.stringify({ rules: { [RULE]: 'error', 'dimension-ambition': 'off' } }));
    const uri = pathToFileURL(path.join(sub, 'grundlag.md')).href;
    client.didOpen(uri, GRUNDLAG_TEXT, 1);
    const { diagnostics } = await client.nextDiagnostics(uri, { version: 1 });
    expect(only(diagnostics, RULE).severity).toBe(1);
    expect(codes(diagnostics)).not.toContain('dimension-ambition');
  });

  it('puts a problem in the file on the file itself, lints with the defaults, and clears it when fixed', async () => {
    const sub = path.join(dir, 'broken');
    fs.mkdirSync(sub);
    const configFile = path.join(sub, '.kerneopgave.json');
    const configUri = pathToFileURL(configFile).href;
    fs.writeFileSync(configFile, '{\n  "rules": { "aktivitet-uden-effekt": "error", }\n');
    const uri = pathToFileURL(path.join(sub, 'grundlag.md')).href;
    client.didOpen(uri, GRUNDLAG_TEXT, 1);
    const { diagnostics } = await client.nextDiagnostics(uri, { version: 1 });
    expect(only(diagnostics, RULE).severity).toBe(2);
    const onFile = await client.nextDiagnostics(configUri);
    expect(onFile.diagnostics).toHaveLength(1);
    expect(onFile.diagnostics[0]).toMatchObject({
      source: SOURCE,
      code: 'config',
      severity: 2,
      range: { start: { line: 1, character: 47 } },
    });
    expect(onFile.diagnostics[0].message).toMatch(/^ugyldig JSON på linje 2, kolonne 48: .*\. Filen bruges ikke, før den er rettet\.$/);
    // No pop-up besides the diagnostic: one clear finding.
    expect(client.shownMessages.some((m) => m.message.includes(configFile))).toBe(false);

    const wrong = '{ "rules": { "aktivitet-uden-effekt": "error" }, "farve": "rød" }\n';
    fs.writeFileSync(configFile, wrong);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const wrongKey = await client.nextDiagnostics(configUri);
    expect(wrongKey.diagnostics.map((d) => [d.message, d.range.start.character])).toEqual([['farve: ukendt indstilling. Standardindstillingen bruges i stedet.', wrong.indexOf('"farve"')]]);
    expect(only((await client.nextDiagnostics(uri)).diagnostics, RULE).severity).toBe(1);

    fs.writeFileSync(configFile, '{ "rules": { "aktivitet-uden-effekt": "error" } }\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    expect((await client.nextDiagnostics(configUri)).diagnostics).toEqual([]);
  });
});

describe('ordliste: a workplace\'s own words', { timeout: 30_000 }, () => {
  const STATEMENT = 'Vores kerneopgave er at skabe en tryg hverdag, hvor lejerne oplever at kunne klare mest muligt selv.\n';
  let client: LspClient;
  let dir: string;

  beforeAll(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kerneopgave-ordliste-')));
    ({ client } = await LspClient.initialized({ rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'tmp' }] }));
  });

  afterAll(async () => {
    await client?.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a broken .kerneopgave.json is reported when it changes, even with no document under it open', async () => {
    const sub = path.join(dir, 'ingen-dokumenter');
    fs.mkdirSync(sub);
    const configFile = path.join(sub, '.kerneopgave.json');
    const configUri = pathToFileURL(configFile).href;
    fs.writeFileSync(configFile, '{ "ordliste": { "maalgrupper": "lejerne" } }');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
    const { diagnostics } = await client.nextDiagnostics(configUri);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'ordliste.maalgrupper: skal være en liste af ord eller udtryk, fx ["beboerne"], ikke "lejerne". Standardindstillingen bruges i stedet.',
    ]);
    fs.unlinkSync(configFile);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 3 }] });
    expect((await client.nextDiagnostics(configUri)).diagnostics).toEqual([]);
  });

  it('a target group in .kerneopgave.json is no longer asked for; changing the file re-lints the open document', async () => {
    const sub = path.join(dir, 'udlejning');
    fs.mkdirSync(sub);
    const configFile = path.join(sub, '.kerneopgave.json');
    fs.writeFileSync(configFile, '{\n  // our words\n  "ordliste": { "maalgrupper": ["lejerne"] }\n}\n');
    const uri = pathToFileURL(path.join(sub, 'grundlag.md')).href;
    client.didOpen(uri, STATEMENT, 1);
    expect(codes((await client.nextDiagnostics(uri, { version: 1 })).diagnostics)).not.toContain('dimension-maalgruppe');

    fs.writeFileSync(configFile, '{ "ordliste": { "maalgrupper": [] } }\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configFile).href, type: 2 }] });
    expect(codes((await client.nextDiagnostics(uri, { version: 1 })).diagnostics)).toContain('dimension-maalgruppe');
  });

  it('the editor setting kerneopgave.ordliste works too', async () => {
    const sub = path.join(dir, 'editor');
    fs.mkdirSync(sub);
    const uri = pathToFileURL(path.join(sub, 'grundlag.md')).href;
    client.configuration = () => ({ ordliste: { maalgrupper: ['lejere'], effekter: [], aktiviteter: [] } });
    try {
      client.didOpen(uri, STATEMENT, 1);
      expect(codes((await client.nextDiagnostics(uri, { version: 1 })).diagnostics)).not.toContain('dimension-maalgruppe');
    } finally {
      client.configuration = () => null;
      client.didClose(uri);
    }
  });

  it('the quick fix creates .kerneopgave.json beside the document when there is none', async () => {
    const sub = path.join(dir, 'ny');
    fs.mkdirSync(sub);
    const uri = pathToFileURL(path.join(sub, 'grundlag.md')).href;
    client.didOpen(uri, STATEMENT, 1);
    const { diagnostics } = await client.nextDiagnostics(uri, { version: 1 });
    const target = only(diagnostics, 'dimension-maalgruppe');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target] },
    });
    const add = actions.find((a) => a.title === 'Tilføj »lejerne« som målgruppe i .kerneopgave.json');
    const configUri = pathToFileURL(path.join(sub, '.kerneopgave.json')).href;
    expect(add?.edit?.documentChanges).toEqual([
      { kind: 'create', uri: configUri, options: { ignoreIfExists: true } },
      {
        textDocument: { uri: configUri, version: null },
        edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '{\n  "ordliste": {\n    "maalgrupper": [\n      "lejerne"\n    ]\n  }\n}\n' }],
      },
    ]);
  });

  it('the quick fix edits the nearest existing file and keeps its comments', async () => {
    const sub = path.join(dir, 'med-fil', 'undermappe');
    fs.mkdirSync(sub, { recursive: true });
    const configFile = path.join(dir, 'med-fil', '.kerneopgave.json');
    const text = '{\n  // Skovbakken\n  "rules": { "lix": "off" }\n}\n';
    fs.writeFileSync(configFile, text);
    const uri = pathToFileURL(path.join(sub, 'grundlag.md')).href;
    client.didOpen(uri, STATEMENT, 1);
    const { diagnostics } = await client.nextDiagnostics(uri, { version: 1 });
    const target = only(diagnostics, 'dimension-maalgruppe');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } });
    const change = actions.find((a) => a.title.startsWith('Tilføj »lejerne«'))?.edit?.documentChanges?.[0] as { textDocument: { uri: string }; edits: TextEdit[] };
    expect(change.textDocument.uri).toBe(pathToFileURL(configFile).href);
    const out = applyEdits(text, change.edits);
    expect(out).toContain('// Skovbakken');
    expect(out).toContain('"rules": { "lix": "off" }');
    expect(out).toMatch(/"ordliste": \{\s*"maalgrupper": \[\s*"lejerne"\s*\]\s*\}/);
  });
});

describe('server lifecycle', { timeout: 30_000 }, () => {
  it('exits with code 0 after shutdown and exit', async () => {
    const { client } = await LspClient.initialized(WORKSPACE);
    expect(await client.shutdown()).toBe(0);
    expect(client.running).toBe(false);
  });

  it('uses English for the client locale »en«', async () => {
    const { client } = await LspClient.initialized({ ...WORKSPACE, locale: 'en-GB' });
    try {
      client.didOpen(uriOf('engelsk.md'), GRUNDLAG_TEXT, 1);
      const { diagnostics } = await client.nextDiagnostics(uriOf('engelsk.md'), { version: 1 });
      expect(only(diagnostics, RULE).message).toBe('»undervise« describes what you do. What effect should it have for »eleverne«?');
    } finally {
      await client.shutdown();
    }
  });
});

describe('cockpit over the protocol', () => {
  let lsp: LspClient;
  beforeAll(async () => {
    lsp = (await LspClient.initialized()).client;
  });
  afterAll(async () => {
    await lsp.shutdown();
  });

  it('returns a checklist code lens per unit whose command carries the missing questions', async () => {
    const { uri } = await open(lsp, 'linser.md', HJEMMEPLEJE_TEXT);
    const lenses = (await lsp.request<unknown>('textDocument/codeLens', { textDocument: { uri } })) as {
      range: { start: { line: number } };
      command: { title: string; command: string; arguments: [{ title: string; questions: { label: string }[] }] };
    }[];
    // The section »Vores kerneopgave« and the statement »Det er køkkenets kerneopgave at …«.
    expect(lenses.map((l) => l.range.start.line)).toEqual([2, 12]);
    expect(lenses[0].command.command).toBe('kerneopgave.showChecklist');
    expect(lenses[0].command.title).toMatch(/^Version [12] · [✓✗] Værdi · [✓✗] Ambition · [✓✗] Tilgang · [✓✗] Målgruppe · LIX \d+$/);
    const labels = lenses[0].command.arguments[0].questions.map((q) => q.label);
    expect(labels).toContain('Hvad vil I være stolte af om fem år?');
    expect(labels).not.toContain('Hvem skal I lykkes sammen med?');
  });

  it('sends a status notification with the number of units', async () => {
    const uri = uriOf('status.md');
    const status = lsp.waitForNotification<{ uri: string }>('kerneopgave/status', (p) => p.uri === uri);
    lsp.didOpen(uri, HJEMMEPLEJE_TEXT, 1);
    expect(await status).toEqual({ uri, units: 2, complete: 0 });
  });
});

describe('focus mode', () => {
  it('holds back findings in the block being typed until the writer pauses', async () => {
    const { client } = await LspClient.initialized();
    try {
      client.configuration = () => ({ focusMode: true });
      const uri = uriOf('fokus.md');
      const text = 'Vores kerneopgave er at undervise eleverne.\n';
      const opened = await open(client, 'fokus.md', text);
      expect(opened.diagnostics.some((d) => d.code === 'aktivitet-uden-effekt')).toBe(true);
      // Typing at the end of the statement: its findings wait.
      const end = { line: 0, character: text.indexOf('.') };
      client.didChange(uri, 2, [{ range: { start: end, end }, text: ' i dansk' }]);
      const whileTyping = await client.nextDiagnostics(uri, { version: 2 });
      expect(whileTyping.diagnostics).toEqual([]);
      // After the pause they come back, without another edit.
      const afterPause = await client.nextDiagnostics(uri, { version: 2, timeoutMs: 5_000 });
      expect(afterPause.diagnostics.some((d) => d.code === 'aktivitet-uden-effekt')).toBe(true);
    } finally {
      await client.shutdown();
    }
  });
});

describe('kerneopgave/checkText (»Check the selected text«)', { timeout: 30_000 }, () => {
  it('reads a bare sentence from any document as a kerneopgave and answers with ranges in the text', async () => {
    const { client } = await LspClient.initialized(WORKSPACE);
    try {
      const result = await client.request<{ diagnostics: { code: string; range: { start: { line: number; character: number } } }[]; units: number }>(
        'kerneopgave/checkText', { text: 'Vi tilbyder undervisning til eleverne.', uri: `${DIR_URI}/mail.txt` });
      expect(result.units).toBe(1);
      const v1 = result.diagnostics.find((d) => d.code === RULE);
      expect(v1?.range.start).toEqual({ line: 0, character: 3 });
      // a version-2 statement gets no version-1 question; bad params are an empty text, not a crash
      const v2 = await client.request<{ diagnostics: { code: string }[]; units: number }>('kerneopgave/checkText', { text: 'Alle børn i kommunen trives og lærer, fordi vi arbejder sammen med forældrene.' });
      expect(v2.units).toBe(1);
      expect(v2.diagnostics.map((d) => d.code)).not.toContain(RULE);
      expect(await client.request('kerneopgave/checkText', { text: 42 })).toMatchObject({ units: 0, diagnostics: [] });
    } finally {
      await client.shutdown();
    }
  });
});

describe('Word documents over LSP (»Tjek Word-dokument«, the report)', { timeout: 30_000 }, () => {
  it('converts a .docx the client sends, refuses a broken one by name, and reports .docx files with an HTML page', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kerneopgave-word-')));
    const { client } = await LspClient.initialized({ rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'word' }] });
    try {
      const docx = await makeDocx(['Indledning om skolen.', { text: 'Kerneopgave', style: 'Heading1' }, 'Vi tilbyder undervisning til eleverne.']);
      const converted = await client.request<{ markdown: string; paragraphs: { number: number; line: number }[] }>('kerneopgave/convertDocx', { name: 'grundlag.docx', data: docx.toString('base64') });
      expect(converted.markdown).toMatch(/^# Kerneopgave$/m);
      expect(converted.paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
      // opened as the client opens it (a virtual Markdown document), it gets the version-1 question
      const uri = 'kerneopgave-word:/tmp/grundlag.docx.md';
      client.didOpen(uri, converted.markdown, 1);
      const published = await client.nextDiagnostics(uri, { version: 1 });
      expect(published.diagnostics.map((d: { code?: unknown }) => d.code)).toContain('aktivitet-uden-effekt');
      const broken = await client.request('kerneopgave/convertDocx', { name: 'itu.docx', data: Buffer.from('not a zip at all').toString('base64') }).then(() => undefined, (e: Error) => e.message);
      expect(broken).toContain('itu.docx');

      fs.writeFileSync(path.join(dir, 'grundlag.docx'), docx);
      const report = await client.request<{ markdown: string; html: string; files: number }>('kerneopgave/report', { folderUri: pathToFileURL(dir).href, html: true }, 10_000);
      expect(report.files).toBe(1);
      expect(report.markdown).toContain('afsnit 3');
      expect(report.html).toMatch(/^<!DOCTYPE html>/i);
      expect(report.html).not.toMatch(/(src|href)="https?:/);
    } finally {
      await client.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
