// The commands that take the product to text outside a kerneopgave Markdown file: a selection in any document, a
// new draft, and the guidance as a rendered page. Every verdict still comes from the server.
import * as vscode from 'vscode';
import type { BaseLanguageClient, Middleware } from 'vscode-languageclient';
import { CHECK_TEXT_REQUEST, OPEN_GUIDANCE_COMMAND, type CheckTextParams, type CheckTextResult } from './protocol';
import { TEMPLATE } from './template';

export const SHOW_GUIDANCE_COMMAND = 'kerneopgave.showGuidance';

/** Where a rule's guidance is in the installed extension (also in the browser: the extension's own files). */
function guidanceUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
}

/** Opens a rule's guidance as a rendered, read-only Markdown preview (the raw file only if there is no preview). */
export async function showGuidance(extensionUri: vscode.Uri, ruleId: unknown): Promise<void> {
  if (typeof ruleId !== 'string' || !/^[a-z0-9-]{1,60}$/.test(ruleId)) return;
  const uri = guidanceUri(extensionUri, ruleId);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: true });
  }
}

/**
 * The server's »read the guidance« command opens its file in an editor (right for editors without a Markdown
 * preview); in VS Code it opens the rendered preview instead. Hover links to a rule's guidance do the same.
 */
export function guidanceMiddleware(extensionUri: vscode.Uri): Pick<Middleware, 'executeCommand' | 'provideHover'> {
  return {
    executeCommand: async (command, args, next) => {
      if (command !== OPEN_GUIDANCE_COMMAND) return next(command, args);
      await showGuidance(extensionUri, args[0]);
      return undefined;
    },
    provideHover: async (document, position, token, next) => {
      const hover = await next(document, position, token);
      if (!hover) return hover;
      const contents = hover.contents.map((c) => {
        const value = typeof c === 'string' ? c : c instanceof vscode.MarkdownString ? c.value : undefined;
        if (value === undefined || !/\/docs\/rules\/[a-z0-9-]+\.md\)/.test(value)) return c;
        const rewritten = value.replace(/\]\(([^()\s]{1,500}\/docs\/rules\/([a-z0-9-]{1,60})\.md)\)/g, (_m, _url: string, id: string) =>
          `](command:${SHOW_GUIDANCE_COMMAND}?${encodeURIComponent(JSON.stringify([id]))})`);
        const md = new vscode.MarkdownString(rewritten);
        // Only the guidance command may run from the hover.
        md.isTrusted = { enabledCommands: [SHOW_GUIDANCE_COMMAND] };
        return md;
      });
      return new vscode.Hover(contents, hover.range);
    },
  };
}

/** The diagnostics of »Check the selected text«: one collection, cleared when the document changes or closes. */
export class SelectionCheck implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('kerneopgave-markering');
  private readonly listeners: vscode.Disposable[];

  constructor(private readonly client: () => BaseLanguageClient | undefined) {
    this.listeners = [
      // The ranges were computed for the text as it was; an edit makes them wrong, so they go.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.collection.delete(e.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
    ];
  }

  /** Checks each selection (or, with none, the paragraph at the cursor) and shows the questions on it. */
  async run(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the text you want checked first.'));
      return;
    }
    const client = this.client();
    if (!client?.isRunning()) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The kerneopgave language server is not running. Try the command "Kerneopgave: Restart the language server".'));
      return;
    }
    const document = editor.document;
    const ranges = editor.selections.map((s) => (s.isEmpty ? paragraphAt(document, s.active.line) : new vscode.Range(s.start, s.end)))
      .filter((r) => !r.isEmpty);
    if (ranges.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the text you want checked first.'));
      return;
    }
    const diagnostics: vscode.Diagnostic[] = [];
    let units = 0;
    for (const range of ranges) {
      const params: CheckTextParams = { text: document.getText(range), uri: document.uri.toString() };
      const result = await client.sendRequest<CheckTextResult>(CHECK_TEXT_REQUEST, params);
      units += result.units;
      for (const d of result.diagnostics) {
        const diagnostic = client.protocol2CodeConverter.asDiagnostic(d);
        diagnostic.range = shift(diagnostic.range, range.start);
        diagnostics.push(diagnostic);
      }
    }
    this.collection.set(document.uri, diagnostics);
    if (diagnostics.length === 0) {
      void vscode.window.showInformationMessage(units === 0
        ? vscode.l10n.t('Kerneopgave: the selected text holds no kerneopgave to check.')
        : vscode.l10n.t('Kerneopgave: no questions to the selected text.'));
    } else {
      void vscode.commands.executeCommand('workbench.actions.view.problems');
    }
  }

  dispose(): void {
    this.collection.dispose();
    for (const l of this.listeners) l.dispose();
  }
}

/** A range in the checked text, moved to where that text starts in the document. */
function shift(range: vscode.Range, origin: vscode.Position): vscode.Range {
  const move = (p: vscode.Position) => (p.line === 0 ? new vscode.Position(origin.line, origin.character + p.character) : new vscode.Position(origin.line + p.line, p.character));
  return new vscode.Range(move(range.start), move(range.end));
}

/** The lines around `line` up to the nearest blank lines: the paragraph the cursor is in. */
function paragraphAt(document: vscode.TextDocument, line: number): vscode.Range {
  if (document.lineAt(line).isEmptyOrWhitespace) return new vscode.Range(line, 0, line, 0);
  let first = line;
  let last = line;
  while (first > 0 && !document.lineAt(first - 1).isEmptyOrWhitespace) first--;
  while (last < document.lineCount - 1 && !document.lineAt(last + 1).isEmptyOrWhitespace) last++;
  return new vscode.Range(first, 0, last, document.lineAt(last).text.length);
}

/** »New kerneopgave«: an untitled Markdown draft with the four-dimension template, ready to write in. */
export async function newDraft(): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(TEMPLATE));
}
