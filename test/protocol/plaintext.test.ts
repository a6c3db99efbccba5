// The server on plain text pasted from Word: diagnostics at the same words as in the Markdown twin, in the
// original text's positions (a heading line has no »#« there).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { LspClient } from '../helpers/lsp-client';

const DIR_URI = 'file:///tmp/kerneopgave-plaintext-test';
const WORKSPACE = { rootUri: DIR_URI, workspaceFolders: [{ uri: DIR_URI, name: 'kerneopgave-plaintext-test' }] };

const PASTED = ['Medarbejdergrundlag for Lærkeskolen', '', 'Kerneopgave', '', 'Vi tilbyder undervisning til eleverne.', '', '• Vi holder møder med forældrene.', ''].join('\n');
const TWIN = PASTED.replace(/^(Medarbejdergrundlag|Kerneopgave)/gm, '# $1').replace(/^•/gm, '-');

const view = (d: Diagnostic) => [d.code, d.message];

describe('plain text over LSP', () => {
  let client: LspClient;
  beforeAll(async () => {
    ({ client } = await LspClient.initialized(WORKSPACE));
  });
  afterAll(async () => {
    await client?.shutdown();
  });

  it('publishes the twin’s findings, placed in the pasted text', async () => {
    client.didOpen(`${DIR_URI}/twin.md`, TWIN, 1);
    client.didOpen(`${DIR_URI}/pasted`, PASTED, 1, 'plaintext');
    const twin = (await client.nextDiagnostics(`${DIR_URI}/twin.md`, { version: 1 })).diagnostics;
    const pasted = (await client.nextDiagnostics(`${DIR_URI}/pasted`, { version: 1 })).diagnostics;
    expect(pasted.map(view)).toEqual(twin.map(view));
    const effect = (ds: Diagnostic[]) => ds.find((d) => d.code === 'aktivitet-uden-effekt')!.range;
    expect(effect(pasted)).toEqual(effect(twin));
    expect(effect(pasted).start).toEqual({ line: 4, character: 3 });
    // On the heading line the twin's range starts at its »#«; the pasted one at the line's first word.
    const label = pasted.find((d) => d.code === 'dimension-ambition')!.range;
    expect(label.start).toEqual({ line: 2, character: 0 });
    expect(label.end).toEqual({ line: 2, character: 'Kerneopgave'.length });
  });
});
