// The VS Code client on the desktop (and in code-server's Node extension host): starts the language server as a
// Node process over IPC. The browser client is browser.ts; what they share is common.ts.
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, startClient, type ClientHandle } from './common';
import { RestartingErrorHandler } from './restart';

let client: ClientHandle | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const errorHandler = new RestartingErrorHandler();
  client = await startClient(context, async () => new LanguageClient('kerneopgave', 'Kerneopgave', serverOptions, clientOptions(errorHandler, context.extensionUri)), errorHandler);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
