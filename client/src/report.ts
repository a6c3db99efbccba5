// The report command: asks for a folder, lets the server write a Markdown report on it, and opens the report.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { REPORT_REQUEST, type ReportParams, type ReportResult } from './protocol';

/** The folder to report on: the one given (explorer menu), the only workspace folder, a pick, or a dialog. */
async function chooseFolder(given?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (given) return given;
  // The server reads the files from disk, so only folders on disk are offered.
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  if (folders.length === 1) return folders[0].uri;
  if (folders.length > 1) {
    const picked = await vscode.window.showQuickPick(
      folders.map((f) => ({ label: f.name, description: vscode.workspace.asRelativePath(f.uri, true), folder: f })),
      { title: vscode.l10n.t('Kerneopgave report'), placeHolder: vscode.l10n.t('Which folder should the report cover?') },
    );
    return picked?.folder.uri;
  }
  const chosen = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    title: vscode.l10n.t('Kerneopgave report'),
    openLabel: vscode.l10n.t('Write report for this folder'),
  });
  return chosen?.[0];
}

/** Runs the report for a folder with a cancellable progress notification and opens the result. */
export async function writeReport(client: BaseLanguageClient | undefined, given?: vscode.Uri): Promise<void> {
  const folder = await chooseFolder(given instanceof vscode.Uri ? given : undefined);
  if (!folder) return;
  if (!client?.isRunning()) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The kerneopgave language server is not running. Try the command "Kerneopgave: Restart the language server".'));
    return;
  }
  const name = folder.path.split('/').filter(Boolean).pop() ?? folder.toString();
  try {
    const result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        cancellable: true,
        title: vscode.l10n.t('Writing the kerneopgave report for {0} …', name),
      },
      (_progress, token) =>
        client.sendRequest<ReportResult | undefined>(REPORT_REQUEST, { folderUri: folder.toString(), html: true } satisfies ReportParams, token),
    );
    // Cancelled (or the server went away): the client resolves with nothing.
    if (!result) return;
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
    await vscode.window.showTextDocument(document);
    // Stopped early (too many files, too long): the report says so at the top; say it where it is seen at once too.
    if (result.notice) void vscode.window.showWarningMessage(`Kerneopgave: ${result.notice}`);
    if (result.html !== undefined) void offerHtml(result.html, folder, name);
  } catch (error) {
    if (error instanceof vscode.CancellationError) return;
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(vscode.l10n.t('The kerneopgave report could not be written: {0}', message));
  }
}

/** »Save as HTML«: the same report as one standalone, printable page (opens in Word and any browser). */
async function offerHtml(html: string, folder: vscode.Uri, name: string): Promise<void> {
  const save = vscode.l10n.t('Save as HTML');
  const answer = await vscode.window.showInformationMessage(vscode.l10n.t('The kerneopgave report for {0} is open. Save it as a page to print or bring to the meeting?', name), save);
  if (answer !== save) return;
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(folder, 'kerneopgave-rapport.html'),
    filters: { HTML: ['html'] },
    title: vscode.l10n.t('Save the kerneopgave report as HTML'),
  });
  if (!target) return;
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(html));
    void vscode.window.showInformationMessage(vscode.l10n.t('Kerneopgave: the report is saved as {0}.', vscode.workspace.asRelativePath(target)));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The kerneopgave report could not be written: {0}', error instanceof Error ? error.message : String(error)));
  }
}
