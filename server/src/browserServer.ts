// The language server's browser entry (vscode.dev, github.dev, code-server's web worker extension host): runs in a
// Web Worker and talks to the client over postMessage. .kerneopgave.json is read through the editor's workspace file
// system (the client answers `kerneopgave/readFile`); the folder report needs a disk and says so.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ResponseError } from 'vscode-languageserver/browser';
import { URI, Utils } from 'vscode-uri';
import { parseConfigText, type KerneopgaveSettings } from './core/config';
import { ruleDocsUrl } from './core/rules/index';
import type { Locale } from './core/types';
import { createServer, type LoadedSettings } from './languageServer';
import type { ConfigTarget } from './features';

declare const self: DedicatedWorkerGlobalScope;
interface DedicatedWorkerGlobalScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** Server → client: the text of a file in the workspace (`{ uri }`), or null if there is none. */
export const READ_FILE_REQUEST = 'kerneopgave/readFile';
const CONFIG_FILE_NAME = '.kerneopgave.json';

const connection = createConnection(new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never));

/** The text of each folder's .kerneopgave.json (null: none), as promises; cleared when one changes. */
const configTexts = new Map<string, Promise<string | null>>();

function readConfigText(uri: URI): Promise<string | null> {
  const key = uri.toString();
  let text = configTexts.get(key);
  if (!text) {
    text = connection.sendRequest<string | null>(READ_FILE_REQUEST, { uri: key }).then(
      (t) => (typeof t === 'string' ? t : null),
      () => null,
    );
    configTexts.set(key, text);
  }
  return text;
}

/** The nearest .kerneopgave.json from the document's folder up to its workspace folder (or the root). */
async function configFile(uri: string, base: KerneopgaveSettings, workspaceFolders: readonly string[], locale: Locale): Promise<LoadedSettings | undefined> {
  const document = URI.parse(uri);
  if (document.scheme === 'untitled') return undefined;
  let dir = Utils.dirname(document);
  const stopAt = workspaceFolders.find((f) => dir.path === f || dir.path.startsWith(f.endsWith('/') ? f : f + '/'));
  for (;;) {
    const file = Utils.joinPath(dir, CONFIG_FILE_NAME);
    const text = await readConfigText(file);
    if (text !== null) {
      const { settings, problems } = parseConfigText(text, base);
      const name = file.path;
      return {
        settings,
        problems: problems.map((p) => `${name}${p.path ? ` (${p.path})` : ''}: ${p.message[locale]}`),
        source: { uri: file.toString(), text, problems },
      };
    }
    if (stopAt !== undefined && dir.path === stopAt) return undefined;
    const parent = Utils.dirname(dir);
    if (parent.path === dir.path) return undefined;
    dir = parent;
  }
}

/** The nearest .kerneopgave.json (its text) for an ordliste quick fix, or the place beside the document. */
async function configTarget(uri: string, workspaceFolders: readonly string[]): Promise<ConfigTarget | undefined> {
  const document = URI.parse(uri);
  if (document.scheme === 'untitled') return undefined;
  let dir = Utils.dirname(document);
  const beside = Utils.joinPath(dir, CONFIG_FILE_NAME).toString();
  const stopAt = workspaceFolders.find((f) => dir.path === f || dir.path.startsWith(f.endsWith('/') ? f : f + '/'));
  for (;;) {
    const file = Utils.joinPath(dir, CONFIG_FILE_NAME);
    const text = await readConfigText(file);
    if (text !== null) return { uri: file.toString(), text };
    if (stopAt !== undefined && dir.path === stopAt) return { uri: beside };
    const parent = Utils.dirname(dir);
    if (parent.path === dir.path) return { uri: beside };
    dir = parent;
  }
}

const server = createServer(connection, {
  configFile,
  configTarget,
  configChanged: () => configTexts.clear(),
  docsUrl: ruleDocsUrl,
});

connection.onRequest('kerneopgave/report', () => {
  const message =
    server.clientLocale === 'en'
      ? 'The folder report reads the files from disk and is not available in the browser. Use VS Code on the desktop or the command line: npx kerneopgave <folder>.'
      : 'Rapporten over en mappe læser filerne fra disken og kan ikke laves i browseren. Brug VS Code på skrivebordet eller kommandolinjen: npx kerneopgave <mappe>.';
  throw new ResponseError(-32601, message);
});

server.listen();
