// The VS Code client: starts the language server for Markdown and adds commands. Nothing here judges text.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

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
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }],
    synchronize: {
      configurationSection: 'kerneopgave',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.kerneopgave.json'),
    },
    initializationOptions: { locale: vscode.env.language },
  };
  client = new LanguageClient('kerneopgave', 'Kerneopgave', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('kerneopgave.restartServer', async () => {
      await client?.restart();
      void vscode.window.showInformationMessage(vscode.l10n.t('Kerneopgave: sproghjælperen er genstartet.'));
    }),
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
