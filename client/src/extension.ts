// The VS Code client: starts the language server for Markdown and adds commands, the status bar item, the
// checklist quick pick and the report command. Nothing here judges text: every verdict and question comes from
// the server. Texts for the user are written in English with vscode.l10n.t; l10n/bundle.l10n.da.json has the
// Danish. VS Code's display language picks them; the server's language follows kerneopgave.language.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { checklistMiddleware } from './checklist';
import { STATUS_NOTIFICATION, type StatusParams } from './protocol';
import { writeReport } from './report';
import { RestartingErrorHandler } from './restart';
import { StatusBar } from './status';

let client: LanguageClient | undefined;

// Inserted into the document, so it stays Danish whatever VS Code's display language: the documents are Danish,
// and the server recognises the dimension headings by their Danish names.
const TEMPLATE = [
  '## Vores kerneopgave',
  '',
  '${1:Vores kerneopgave er, at …}',
  '',
  '### Værdien vi skaber',
  '',
  '${2:Hvad ville borgerne savne, hvis I forsvandt i morgen?}',
  '',
  '### Den fælles ambition',
  '',
  '${3:Hvad vil I være stolte af om fem år?}',
  '',
  '### Vores tilgang til opgaven',
  '',
  '${4:Hvordan løser I opgaven sammen med dem og ikke kun for dem?}',
  '',
  '### Målgruppen',
  '',
  '${5:Hvem skal I lykkes sammen med?}',
  '$0',
].join('\n');

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const errorHandler = new RestartingErrorHandler();
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }, { language: 'plaintext' }],
    synchronize: {
      configurationSection: 'kerneopgave',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.kerneopgave.json'),
    },
    initializationOptions: { locale: vscode.env.language },
    middleware: { ...checklistMiddleware },
    // A crash restarts the server and says so once (restart.ts); no notification per failed request.
    errorHandler,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
  };
  client = new LanguageClient('kerneopgave', 'Kerneopgave', serverOptions, clientOptions);

  const statusBar = new StatusBar();
  context.subscriptions.push(
    statusBar,
    client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => statusBar.update(params)),
    // A restarted server sends every status again; until then the old counts would be stale.
    client.onDidChangeState((e) => {
      if (e.newState !== State.Running) statusBar.clear();
    }),
    vscode.commands.registerCommand('kerneopgave.restartServer', async () => {
      errorHandler.reset();
      await client?.restart();
      void vscode.window.showInformationMessage(vscode.l10n.t('Kerneopgave: the language server has restarted.'));
    }),
    vscode.commands.registerCommand('kerneopgave.report', (folder?: vscode.Uri) => writeReport(client, folder)),
    vscode.commands.registerCommand('kerneopgave.insertTemplate', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
        const opened = await vscode.window.showTextDocument(document);
        await opened.insertSnippet(new vscode.SnippetString(TEMPLATE));
        return;
      }
      await editor.insertSnippet(new vscode.SnippetString(TEMPLATE));
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
