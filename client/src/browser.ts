// The VS Code client in the browser (vscode.dev, github.dev, code-server's web worker extension host): starts the
// language server (dist/web/server.js) in a Web Worker and answers its requests for .kerneopgave.json through the
// workspace file system. What it shares with the desktop client is common.ts.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions, startClient, type ClientHandle } from './common';
import { RestartingErrorHandler } from './restart';

/** Server → client: the text of a workspace file, or null (see browserServer.ts). */
const READ_FILE_REQUEST = 'kerneopgave/readFile';

let client: ClientHandle | undefined;

// The project compiles without the DOM library (the rest runs on Node); this is the part of Worker used here.
declare global {
  class Worker {
    constructor(url: string);
    terminate(): void;
  }
}

/**
 * The server's Worker. An extension served over http(s) (vscode.dev, installed in the browser) can start it from its
 * URL. One installed on a remote server (code-server, `vscode-remote://` URIs) may not: the worker host refuses
 * (»Creating workers from remote extensions is currently not supported«), so the script is read through the
 * workspace file system and started from a blob: URL.
 */
async function serverWorker(extensionUri: vscode.Uri): Promise<Worker> {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js');
  if (script.scheme === 'http' || script.scheme === 'https') {
    try {
      return new Worker(script.toString(true));
    } catch {
      // fall through to the blob
    }
  }
  const bytes = await vscode.workspace.fs.readFile(script);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
  return new Worker(url);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const errorHandler = new RestartingErrorHandler();
  client = await startClient(
    context,
    async () => {
      const worker = await serverWorker(context.extensionUri);
      const c = new LanguageClient('kerneopgave', 'Kerneopgave', clientOptions(errorHandler, context.extensionUri), worker);
      c.onRequest(READ_FILE_REQUEST, async (params: { uri?: unknown }) => {
        if (typeof params?.uri !== 'string') return null;
        try {
          return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(params.uri)));
        } catch {
          return null;
        }
      });
      // A stopped client leaves its worker running: end it with the client.
      const dispose = c.dispose.bind(c);
      c.dispose = async (timeout?: number) => {
        try {
          await dispose(timeout);
        } finally {
          worker.terminate();
        }
      };
      return c;
    },
    errorHandler,
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
