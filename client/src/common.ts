// What the Node client (extension.ts) and the browser client (browser.ts) share: the client options, the commands,
// the status bar item, the checklist quick pick and the report command. Nothing here judges text: every verdict
// and question comes from the server. Texts for the user are written in English with vscode.l10n.t;
// l10n/bundle.l10n.da.json has the Danish.
import * as vscode from 'vscode';
import { RevealOutputChannelOn, State, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { checklistMiddleware } from './checklist';
import { STATUS_NOTIFICATION, type StatusParams } from './protocol';
import { writeReport } from './report';
import type { RestartingErrorHandler } from './restart';
import { StatusBar } from './status';

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

/** The options of the language client: Markdown documents by language (any scheme: file, vscode-remote, vscode-vfs). */
export function clientOptions(errorHandler: RestartingErrorHandler): LanguageClientOptions {
  return {
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
}

/** A running client: the current one (a restart in the browser makes a new one) and how to stop it. */
export interface ClientHandle {
  current(): BaseLanguageClient | undefined;
  stop(): Promise<void>;
}

/**
 * Starts a client made by `create` and adds the status bar item and the commands around it. The restart command
 * uses the client's own restart (Node); a browser client has none, so it is stopped and made anew (a new worker).
 */
export async function startClient(
  context: vscode.ExtensionContext,
  create: () => Promise<BaseLanguageClient>,
  errorHandler: RestartingErrorHandler,
): Promise<ClientHandle> {
  const statusBar = new StatusBar();
  let client: BaseLanguageClient | undefined;
  let wiring: vscode.Disposable[] = [];
  const wire = (c: BaseLanguageClient) => {
    for (const d of wiring) d.dispose();
    wiring = [
      c.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => statusBar.update(params)),
      // A restarted server sends every status again; until then the old counts would be stale.
      c.onDidChangeState((e) => {
        if (e.newState !== State.Running) statusBar.clear();
      }),
    ];
  };
  const restart = async () => {
    const old = client as (BaseLanguageClient & { restart?: () => Promise<void> }) | undefined;
    if (old && typeof old.restart === 'function') return old.restart();
    await old?.dispose().catch(() => undefined);
    client = await create();
    wire(client);
    await client.start();
  };
  context.subscriptions.push(
    statusBar,
    { dispose: () => wiring.forEach((d) => d.dispose()) },
    vscode.commands.registerCommand('kerneopgave.restartServer', async () => {
      errorHandler.reset();
      await restart();
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
  client = await create();
  wire(client);
  await client.start();
  return { current: () => client, stop: async () => client?.stop() };
}
