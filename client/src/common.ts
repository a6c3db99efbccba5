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
import { guidanceMiddleware, newDraft, SelectionCheck, showGuidance, SHOW_GUIDANCE_COMMAND } from './commands';
import { TEMPLATE } from './template';
import { checkWordDocument, WORD_SCHEME, WordDocuments, WordEditorProvider } from './word';


/** The options of the language client: Markdown documents by language (any scheme: file, vscode-remote, vscode-vfs). */
export function clientOptions(errorHandler: RestartingErrorHandler, extensionUri: vscode.Uri): LanguageClientOptions {
  const guidance = guidanceMiddleware(extensionUri);
  return {
    documentSelector: [{ language: 'markdown' }, { language: 'plaintext' }],
    synchronize: {
      configurationSection: 'kerneopgave',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.kerneopgave.json'),
    },
    initializationOptions: { locale: vscode.env.language },
    middleware: {
      provideHover: guidance.provideHover,
      // Both answer a server command in VS Code's own way; anything else goes to the server.
      executeCommand: (command, args, next) =>
        checklistMiddleware.executeCommand!(command, args, (c, a) => guidance.executeCommand!(c, a, next)),
    },
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
  const selectionCheck = new SelectionCheck(() => client);
  const wordDocuments = new WordDocuments(() => client);
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
    selectionCheck,
    wordDocuments,
    vscode.workspace.registerTextDocumentContentProvider(WORD_SCHEME, wordDocuments),
    vscode.window.registerCustomEditorProvider(WordEditorProvider.viewType, new WordEditorProvider()),
    vscode.commands.registerCommand('kerneopgave.checkWordDocument', (file?: vscode.Uri) => checkWordDocument(file)),
    vscode.commands.registerCommand('kerneopgave.checkSelection', () => selectionCheck.run()),
    vscode.commands.registerCommand('kerneopgave.newDraft', () => newDraft()),
    vscode.commands.registerCommand(SHOW_GUIDANCE_COMMAND, (ruleId?: unknown) => showGuidance(context.extensionUri, ruleId)),
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
