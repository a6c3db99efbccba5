// The checklist code lens: shows the server's guiding questions for what is missing in a quick pick. Never edits text.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';
import { SHOW_CHECKLIST_COMMAND, isChecklistArgs, type ChecklistArgs } from './protocol';

/** Shows the questions (already in the user's language) or says that none are left. */
export async function showChecklist(args: ChecklistArgs): Promise<void> {
  if (args.questions.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('The checklist has no more questions for this kerneopgave. Why not ask the citizens whether they recognise it?'),
    );
    return;
  }
  await vscode.window.showQuickPick(
    args.questions.map((q) => ({ label: q.label, detail: q.detail })),
    {
      title: args.title,
      placeHolder: vscode.l10n.t('Questions about what is missing. The answers are yours to write.'),
      matchOnDetail: true,
    },
  );
}

/**
 * The language client registers the server's commands and forwards them to the server; in VS Code the checklist
 * command is answered here instead (other editors get the server's own message).
 */
export const checklistMiddleware: Pick<Middleware, 'executeCommand'> = {
  executeCommand: async (command, args, next) => {
    if (command !== SHOW_CHECKLIST_COMMAND) return next(command, args);
    const [first] = args;
    if (isChecklistArgs(first)) await showChecklist(first);
    return undefined;
  },
};
