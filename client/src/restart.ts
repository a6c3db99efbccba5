// What the client does when the language server dies: start it again, and say so once, in the user's language.
//
// vscode-languageclient's default handler restarts silently four times, then gives up with an English message;
// meanwhile every request that was under way when the server died shows its own »Request … failed« error.
// Here the first crash in a while shows one warning, further crashes within three minutes restart quietly (the
// output channel has the details), the fifth gives up with one error that names the restart command, and the
// client never pops up a notification for each failed request (revealOutputChannelOn: Never, in extension.ts).
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type Message } from 'vscode-languageclient';

/** Crashes within this window count together. */
export const CRASH_WINDOW_MS = 3 * 60 * 1000;
/** Restarts within the window before the client gives up. */
export const MAX_RESTARTS = 4;

export class RestartingErrorHandler implements ErrorHandler {
  private crashes: number[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** A read or write error on the connection: carry on quietly for a few, then shut down. A crash comes as `closed`. */
  error(_error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  /** The connection closed without the client asking: the server died. */
  closed(): CloseHandlerResult {
    const now = this.now();
    this.crashes = this.crashes.filter((t) => now - t < CRASH_WINDOW_MS);
    this.crashes.push(now);
    if (this.crashes.length > MAX_RESTARTS) {
      const message = vscode.l10n.t(
        'Kerneopgave: the language server stopped {0} times in three minutes and will not be started again. Run the command "Kerneopgave: Restart the language server" to try again.',
        this.crashes.length,
      );
      void vscode.window.showErrorMessage(message);
      this.crashes = [];
      return { action: CloseAction.DoNotRestart, message, handled: true };
    }
    if (this.crashes.length === 1) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Kerneopgave: the language server stopped unexpectedly and has been started again.'));
    }
    return { action: CloseAction.Restart, message: `The kerneopgave language server stopped (${this.crashes.length} in three minutes); starting it again.`, handled: true };
  }

  /** A restart by hand starts afresh. */
  reset(): void {
    this.crashes = [];
  }
}
