// The status bar item: how many kerneopgave units the active Markdown document has, and how many are complete.
// The counts come from the server (notification kerneopgave/status); this file only shows them.
import * as vscode from 'vscode';
import type { StatusParams } from './protocol';

export const OPEN_PROBLEMS_COMMAND = 'kerneopgave.openProblems';

/** Commands that open the Problems panel, best first. */
const PROBLEMS_COMMANDS = ['workbench.action.problems.focus', 'workbench.actions.view.problems', 'workbench.panel.markers.view.focus'];

/**
 * Opens the Problems panel. VS Code has no API to set the panel's filter, so it cannot be narrowed to this
 * extension's findings from here; the tooltip tells the user how (type "kerneopgave" in the filter box).
 */
export async function openProblems(): Promise<void> {
  const available = new Set(await vscode.commands.getCommands(true));
  const command = PROBLEMS_COMMANDS.find((c) => available.has(c)) ?? 'workbench.actions.view.problems';
  await vscode.commands.executeCommand(command);
}

/** The text of the item, e.g. »$(checklist) 3 kerneopgaver · 1 komplet«. */
export function statusText(status: Pick<StatusParams, 'units' | 'complete'>): string {
  const units = status.units === 1 ? vscode.l10n.t('1 kerneopgave unit') : vscode.l10n.t('{0} kerneopgave units', status.units);
  const complete = status.complete === 1 ? vscode.l10n.t('1 complete') : vscode.l10n.t('{0} complete', status.complete);
  return `$(checklist) ${units} · ${complete}`;
}

/** The tooltip: what the numbers mean and what a click does. */
export function statusTooltip(status: Pick<StatusParams, 'units' | 'complete'>): string {
  return [
    vscode.l10n.t('Kerneopgave units in this document: {0}.', status.units),
    vscode.l10n.t('Complete, that is version 2 with all four dimensions (value, ambition, approach, target group): {0}.', status.complete),
    vscode.l10n.t('Click to open the Problems panel; type "kerneopgave" in its filter to see only these questions.'),
  ].join('\n');
}

/** Keeps the last status per document and shows the one of the active editor. */
export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly statuses = new Map<string, StatusParams>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.item = vscode.window.createStatusBarItem('kerneopgave.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = vscode.l10n.t('Kerneopgave checklist');
    this.item.command = OPEN_PROBLEMS_COMMAND;
    this.disposables.push(
      this.item,
      vscode.commands.registerCommand(OPEN_PROBLEMS_COMMAND, openProblems),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.statuses.delete(document.uri.toString());
        this.refresh();
      }),
    );
    this.refresh();
  }

  /** Records a status from the server. */
  update(status: StatusParams): void {
    this.statuses.set(status.uri, status);
    this.refresh();
  }

  /** Forgets every status (the server restarts and sends them again). */
  clear(): void {
    this.statuses.clear();
    this.refresh();
  }

  private refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    const status = document?.languageId === 'markdown' ? this.statuses.get(document.uri.toString()) : undefined;
    if (!status || status.units <= 0) {
      this.item.hide();
      return;
    }
    this.item.text = statusText(status);
    this.item.tooltip = statusTooltip(status);
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
