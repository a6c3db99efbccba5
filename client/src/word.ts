// »Check a Word document«: a .docx shown as its converted text in a read-only Markdown document, which the server
// lints like any other (the document selector is by language, so the virtual scheme is included). The client reads
// the file's bytes (any file system VS Code has) and the server converts them; the view follows the file on disk.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CONVERT_DOCX_REQUEST, type ConvertDocxParams, type ConvertDocxResult } from './protocol';

export const WORD_SCHEME = 'kerneopgave-word';
/** Larger files are refused before they are read (the server has the same limit). */
const MAX_BYTES = 20 * 1024 * 1024;

/** The read-only document that shows a Word file: its path with ».md« added, the original in the query. */
export function wordViewUri(original: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: WORD_SCHEME, path: `${original.path}.md`, query: original.toString() });
}

export class WordDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly watchers = new Map<string, vscode.Disposable>();

  constructor(private readonly client: () => BaseLanguageClient | undefined) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const original = vscode.Uri.parse(uri.query);
    this.watch(original, uri);
    const name = original.path.split('/').pop() ?? original.toString();
    try {
      const stat = await vscode.workspace.fs.stat(original);
      if (stat.size > MAX_BYTES) {
        throw new Error(vscode.l10n.t('{0} MB is too large (limit {1} MB)', Math.round(stat.size / 1024 / 1024), MAX_BYTES / 1024 / 1024));
      }
      const bytes = await vscode.workspace.fs.readFile(original);
      const client = this.client();
      if (!client?.isRunning()) throw new Error(vscode.l10n.t('The kerneopgave language server is not running.'));
      const params: ConvertDocxParams = { name, data: toBase64(bytes) };
      const result = await client.sendRequest<ConvertDocxResult>(CONVERT_DOCX_REQUEST, params);
      return result.markdown;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(vscode.l10n.t('Kerneopgave: {0} could not be read: {1}', name, message));
      // Not linted: the message is ours, not the writer's.
      return `<!-- kerneopgave-disable -->\n\n# ${name}\n\n${vscode.l10n.t('The document could not be read: {0}', message)}\n`;
    }
  }

  /** Shows the converted text when the file changes on disk (saved again in Word). */
  private watch(original: vscode.Uri, view: vscode.Uri): void {
    const key = original.toString();
    if (this.watchers.has(key)) return;
    const folder = vscode.Uri.joinPath(original, '..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, original.path.split('/').pop() ?? '*'));
    const fire = () => this.changed.fire(view);
    this.watchers.set(key, vscode.Disposable.from(watcher, watcher.onDidChange(fire), watcher.onDidCreate(fire)));
  }

  dispose(): void {
    this.changed.dispose();
    for (const w of this.watchers.values()) w.dispose();
  }
}

/** Opens a Word file's converted text beside nothing else: the one given (explorer), or one the user picks. */
export async function checkWordDocument(given?: vscode.Uri): Promise<void> {
  let file = given instanceof vscode.Uri ? given : undefined;
  if (!file) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      filters: { Word: ['docx', 'doc'] },
      title: vscode.l10n.t('Check a Word document'),
      openLabel: vscode.l10n.t('Check'),
    });
    file = picked?.[0];
  }
  if (!file) return;
  if (/\.doc$/i.test(file.path)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is in the old Word format (.doc). Open it in Word and save it as .docx, then check it again.', file.path.split('/').pop() ?? ''));
    return;
  }
  const document = await vscode.workspace.openTextDocument(wordViewUri(file));
  await vscode.window.showTextDocument(document, { preview: false });
}

/**
 * Opening a .docx in VS Code shows »binary file« otherwise: this editor shows its converted text instead (the Word
 * file itself is never changed). The custom editor only hands over: it opens the text view and closes itself.
 */
export class WordEditorProvider implements vscode.CustomReadonlyEditorProvider {
  static readonly viewType = 'kerneopgave.wordDocument';

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.html = `<!DOCTYPE html><html><body><p>${escapeHtml(vscode.l10n.t('Opening the text of {0} …', document.uri.path.split('/').pop() ?? ''))}</p></body></html>`;
    await checkWordDocument(document.uri);
    panel.dispose();
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Base64 without Node's Buffer (the browser client has none). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
