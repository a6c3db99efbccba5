// The language server's LSP logic, shared by the Node entry (server.ts) and the browser entry (browserServer.ts):
// documents, settings, diagnostics, hover, code actions, symbols, code lenses. What differs between the two comes
// from the host: reading .kerneopgave.json, the docs links, and heap compaction (Node only).
import {
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { defaultSettings, validateSettings, type ConfigProblem, type KerneopgaveSettings } from './core/config';
import { DocumentLinter, lint, type LintResult } from './core/lint';
import { isPlainTextFile, plainTextToMarkdown, withSourcePositions } from './core/sources/plaintext';
import type { Locale } from './core/types';
import { configDiagnostics, toDiagnostic } from './diagnostics';
import { codeActionsFor, codeLenses, documentSymbols, hoverAt, ordlisteActions, OPEN_GUIDANCE_COMMAND, SHOW_CHECKLIST_COMMAND, type ConfigTarget } from './features';
import { checklistOf } from './core/reading/checklist';

/** What the Node and the browser server do differently. */
export interface ServerHost {
  /**
   * The nearest .kerneopgave.json above the document applied on top of `base`, with its problems described for a
   * person; undefined when there is none (or the document is not in a file system the host can read).
   */
  configFile(uri: string, base: KerneopgaveSettings, workspaceFolders: readonly string[], locale: Locale): Promise<LoadedSettings | undefined>;
  /**
   * The .kerneopgave.json an ordliste quick fix writes for a document: the nearest one up to its workspace folder,
   * with its text, or the place beside the document to create one; undefined when the host cannot write files.
   */
  configTarget?(uri: string, workspaceFolders: readonly string[]): Promise<ConfigTarget | undefined>;
  /** Forgets cached config files (one of them changed). */
  configChanged?(): void;
  /** The link to a rule's guidance. */
  docsUrl(ruleId: string): string;
  /** Called after each lint with the length of text it parsed anew (the Node host compacts the heap). */
  noteParsed?(chars: number): void;
}

export interface LoadedSettings {
  settings: KerneopgaveSettings;
  /** Problems in the file, ready to show (file, place, what is wrong). */
  problems: string[];
  /** The file itself: its problems are published as diagnostics on it. */
  source?: { uri: string; text: string; problems: ConfigProblem[] };
}

/** What an entry point needs from the running server for its own requests (the Node server's folder report). */
export interface KerneopgaveServer {
  readonly clientLocale: Locale;
  /** The workspace folders' paths, as the client named them (kept up to date). */
  readonly workspaceFolders: readonly string[];
  settingsFor(uri: string): Promise<KerneopgaveSettings>;
  effectiveLocale(settings: KerneopgaveSettings): Locale;
  warnOnce(message: string, aboutSettings?: boolean): void;
  /** Starts listening on the connection (after the entry has added its own handlers). */
  listen(): void;
}

/** Registers the LSP handlers on a connection. */
export function createServer(connection: Connection, host: ServerHost): KerneopgaveServer {
  /** Where and when each document was last edited (for focus mode). */
  const lastEdit = new Map<string, { offset: number; at: number }>();
  const FOCUS_PAUSE_MS = 1500;

  // TextDocuments owns the didChange handler; wrapping its update remembers where the writer types (focus mode).
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update: (document, changes, version) => {
      const change = changes[changes.length - 1];
      if (change && 'range' in change) lastEdit.set(document.uri, { offset: document.offsetAt(change.range.start), at: Date.now() });
      return TextDocument.update(document, changes, version);
    },
  });

  let clientLocale: Locale = 'da';
  let hasConfiguration = false;
  let hasDynamicConfigurationChange = false;
  let hasCodeLensRefresh = false;
  let hasWorkspaceFolders = false;
  let workspaceFolders: string[] = [];
  /**
   * Delay between a change and its lint. Linting an edit is incremental (milliseconds even in a 2 MB document,
   * see `npm run bench`), so there is no real debounce: the timer only lets changes that arrive together be
   * linted once, as the latest version.
   */
  const DEBOUNCE_MS = 1;
  /** The longest text `kerneopgave/checkText` reads: a selection, not a book. */
  const MAX_CHECK_TEXT = 200_000;

  const docsUrl = (ruleId: string): string => host.docsUrl(ruleId);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    hasConfiguration = !!capabilities.workspace?.configuration;
    hasDynamicConfigurationChange = !!capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    hasCodeLensRefresh = !!capabilities.workspace?.codeLens?.refreshSupport;
    hasWorkspaceFolders = !!capabilities.workspace?.workspaceFolders;
    clientLocale = localeOf(params.locale ?? (params.initializationOptions as { locale?: string } | undefined)?.locale);
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => URI.parse(f.uri).fsPath);
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [URI.parse(params.rootUri).fsPath];
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        documentSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [OPEN_GUIDANCE_COMMAND, SHOW_CHECKLIST_COMMAND] },
        // Folders added or removed while the server runs: their .kerneopgave.json applies, they can be reported.
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'kerneopgave', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (hasDynamicConfigurationChange) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'kerneopgave' });
    }
    if (hasWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => URI.parse(f.uri).fsPath));
        workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...event.added.map((f) => URI.parse(f.uri).fsPath)];
        // Which .kerneopgave.json is nearest can change with the folders (the search stops at a folder).
        settingsCache.clear();
        host.configChanged?.();
        revalidateAll();
      });
    }
  });

  function localeOf(tag: string | undefined): Locale {
    return tag && tag.toLowerCase().startsWith('en') ? 'en' : 'da';
  }

  // ---- settings: pulled per document, cached as promises, cleared on change ----

  const settingsCache = new Map<string, Promise<KerneopgaveSettings>>();
  const reportedProblems = new Set<string>();

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    revalidateAll();
    // Code lenses carry texts in the chosen language and may be switched off: ask the editor to fetch them again.
    if (hasCodeLensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  });
  connection.onDidChangeWatchedFiles((params) => {
    settingsCache.clear();
    host.configChanged?.();
    for (const change of params.changes ?? []) {
      // A deleted .kerneopgave.json has no problems left to show; a changed one is read at once, so its problems
      // show (and go) even when no document under it is open. Its problems do not depend on the editor settings.
      if (change.type === 3) publishConfigProblems(change.uri, '', []);
      else if (change.uri.endsWith('/.kerneopgave.json')) {
        const inFolder = change.uri.replace(/\.kerneopgave\.json$/, 'x.md');
        void host.configFile(inFolder, defaultSettings(), workspaceFolders, clientLocale).then(
          (loaded) => loaded?.source && publishConfigProblems(loaded.source.uri, loaded.source.text, loaded.source.problems),
          () => undefined,
        );
      }
    }
    revalidateAll();
  });

  function editorSettings(uri: string): Promise<KerneopgaveSettings> {
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = (hasConfiguration
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'kerneopgave' })
        : Promise.resolve(undefined)
      ).then(
        (raw) => fromEditor(raw),
        () => fromEditor(undefined),
      );
      settingsCache.set(uri, cached);
    }
    return cached;
  }

  /** Maps the editor's `kerneopgave.*` settings (rules as `rules.<id>`) onto our settings. */
  function fromEditor(raw: unknown): KerneopgaveSettings {
    const input: Record<string, unknown> = {};
    if (raw && typeof raw === 'object') {
      const r = raw as Record<string, unknown>;
      if (r.enable !== undefined && r.enable !== null) input.enable = r.enable;
      if (r.language !== undefined && r.language !== null) input.language = r.language;
      if (r.rules && typeof r.rules === 'object') input.rules = r.rules;
      if (typeof r.lixThreshold === 'number') input.lixThreshold = r.lixThreshold;
      if (typeof r.codeLens === 'boolean') input.codeLens = r.codeLens;
      if (typeof r.focusMode === 'boolean') input.focusMode = r.focusMode;
      if (Array.isArray(r.labels)) input.labels = r.labels;
      if (r.ordliste && typeof r.ordliste === 'object') input.ordliste = r.ordliste;
    }
    const { settings, problems } = validateSettings(input);
    for (const p of problems) warnOnce(`kerneopgave.${p.path}: ${p.message[clientLocale]}`);
    return settings;
  }

  /** Editor settings, then the nearest .kerneopgave.json on top (the file travels with the project). */
  async function settingsFor(uri: string): Promise<KerneopgaveSettings> {
    const base = await editorSettings(uri);
    const loaded = await host.configFile(uri, base, workspaceFolders, clientLocale);
    if (!loaded) return base;
    if (loaded.source) {
      // One diagnostic per problem on the file itself (not a pop-up): it goes away when the file is fixed.
      publishConfigProblems(loaded.source.uri, loaded.source.text, loaded.source.problems);
      for (const message of loaded.problems) connection.console.warn(message);
    } else {
      for (const message of loaded.problems) warnOnce(message);
    }
    return loaded.settings;
  }

  /** What was last published for each .kerneopgave.json (its diagnostics as JSON), so unchanged ones are not sent again. */
  const publishedConfig = new Map<string, string>();

  function publishConfigProblems(uri: string, text: string, problems: readonly ConfigProblem[]): void {
    const diagnostics = configDiagnostics(text, problems, clientLocale);
    const key = JSON.stringify(diagnostics);
    if ((publishedConfig.get(uri) ?? '[]') === key) return;
    if (diagnostics.length === 0) publishedConfig.delete(uri);
    else publishedConfig.set(uri, key);
    void connection.sendDiagnostics({ uri, diagnostics });
  }

  /** Shows a problem once; a settings problem says that the defaults apply instead (a file problem does not). */
  function warnOnce(message: string, aboutSettings = true): void {
    if (reportedProblems.has(message)) return;
    reportedProblems.add(message);
    const suffix = !aboutSettings ? '' : clientLocale === 'en' ? ' The defaults are used for what is wrong.' : ' Standardindstillingerne bruges for det, der er forkert.';
    void connection.window.showWarningMessage(`Kerneopgave: ${message}${/[.!?]$/.test(message) ? "" : "."}${suffix}`);
    connection.console.warn(message);
  }

  function effectiveLocale(settings: KerneopgaveSettings): Locale {
    return settings.language === 'auto' ? clientLocale : settings.language;
  }

  // ---- linting: incremental per document, changes that arrive together coalesced, stale versions dropped ----

  interface Linted {
    version: number;
    result: LintResult;
    locale: Locale;
    settings: KerneopgaveSettings;
  }


  const linted = new Map<string, Linted>();
  /** One incremental linter per open document: it keeps what the last version's unchanged text gave. */
  const linters = new Map<string, DocumentLinter>();

  function lintDocument(uri: string, text: string, settings: KerneopgaveSettings, locale: Locale): LintResult {
    let linter = linters.get(uri);
    if (!linter) linters.set(uri, (linter = new DocumentLinter()));
    const fileName = URI.parse(uri).path;
    // Plain text (pasted from Word): bullets become list items and short lines headings, line for line; the
    // result's line index gives positions in the original text (core/sources/plaintext.ts).
    const plain = documents.get(uri)?.languageId === 'plaintext' || isPlainTextFile(fileName);
    const conversion = plain ? plainTextToMarkdown(text) : undefined;
    const linted = linter.lint(conversion ? conversion.markdown : text, { fileName, settings, locale });
    const result = conversion ? withSourcePositions(linted, conversion) : linted;
    host.noteParsed?.(result.doc.parsed.end - result.doc.parsed.start);
    return result;
  }
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  function schedule(document: TextDocument, delay = DEBOUNCE_MS): void {
    const uri = document.uri;
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void validate(uri);
      }, delay),
    );
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    if (!current || current.version !== version) return; // a newer change is on its way
    const locale = effectiveLocale(settings);
    let result: LintResult;
    try {
      result = lintDocument(uri, current.getText(), settings, locale);
    } catch (error) {
      connection.console.error(`kerneopgave: could not lint ${uri}: ${(error as Error).stack ?? error}`);
      return;
    }
    linted.set(uri, { version, result, locale, settings });
    let findings = result.findings;
    // Focus mode: hold back findings in the block being typed until the writer pauses, then publish again.
    const edit = lastEdit.get(uri);
    if (settings.focusMode && edit && Date.now() - edit.at < FOCUS_PAUSE_MS) {
      // The edit's offset is in the document; the blocks are in the linted text (converted, for plain text).
      const at = current.positionAt(edit.offset);
      const offset = result.doc.lineIndex.offset(at.line, at.character);
      const block = result.doc.blocks.find((b) => b.start <= offset && offset <= b.end + 1);
      if (block) {
        findings = findings.filter((f) => f.end < block.start || f.start > block.end);
        schedule(current, FOCUS_PAUSE_MS - (Date.now() - edit.at) + 10);
      }
    }
    const diagnostics = findings.map((f) => toDiagnostic(f, result.doc.lineIndex, docsUrl));
    void connection.sendDiagnostics({ uri, version, diagnostics });
    const complete = result.units.filter((u) => checklistOf(u, locale).complete).length;
    void connection.sendNotification('kerneopgave/status', { uri, units: result.units.length, complete });
  }

  /** The lint result for the document's current text (linted now if the cached one is stale). */
  async function current(uri: string): Promise<Linted | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const cached = linted.get(uri);
    if (cached && cached.version === document.version) return cached;
    const settings = await settingsFor(uri);
    const locale = effectiveLocale(settings);
    const result = lintDocument(uri, document.getText(), settings, locale);
    const entry = { version: document.version, result, locale, settings };
    linted.set(uri, entry);
    return entry;
  }

  function revalidateAll(): void {
    for (const document of documents.all()) schedule(document, 0);
  }

  documents.onDidOpen((event) => schedule(event.document, 0));
  documents.onDidChangeContent((event) => schedule(event.document));

  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    linted.delete(event.document.uri);
    linters.delete(event.document.uri);
    lastEdit.delete(event.document.uri);
    settingsCache.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onHover(async (params) => {
    const entry = await current(params.textDocument.uri);
    if (!entry) return null;
    return hoverAt(entry.result, params.position, entry.locale, docsUrl);
  });

  connection.onCodeAction(async (params) => {
    const entry = await current(params.textDocument.uri);
    if (!entry) return [];
    const actions = codeActionsFor(entry.result, params.textDocument.uri, params.context.diagnostics, entry.locale);
    if (!params.context.diagnostics.some((d) => (d.data as { ordliste?: unknown } | undefined)?.ordliste)) return actions;
    const target = await host.configTarget?.(params.textDocument.uri, workspaceFolders).catch(() => undefined);
    // A word for the ordliste helps to write: before the actions that turn a rule off.
    const firstDisable = actions.findIndex((a) => JSON.stringify(a.edit ?? {}).includes('kerneopgave-disable'));
    const at = firstDisable < 0 ? actions.length : firstDisable;
    return [...actions.slice(0, at), ...ordlisteActions(params.context.diagnostics, target, entry.locale), ...actions.slice(at)];
  });

  /**
   * A piece of text from any document (a selection in a mail, a comment, a Word paste): linted as one kerneopgave
   * text, so a bare statement counts, with the settings of the document it came from. Ranges are in the text.
   */
  connection.onRequest('kerneopgave/checkText', async (params: { text?: unknown; uri?: unknown }) => {
    const text = typeof params?.text === 'string' ? params.text.slice(0, MAX_CHECK_TEXT) : '';
    const settings = typeof params?.uri === 'string' ? await settingsFor(params.uri) : fromEditor(undefined);
    const locale = effectiveLocale(settings);
    // Pasted from Word: bullets and heading lines keep their structure; positions stay those of the text.
    const conversion = plainTextToMarkdown(text);
    const result = withSourcePositions(lint(conversion.markdown, { fileName: 'markering.kerneopgave.md', settings: { ...settings, enable: true }, locale }), conversion);
    return {
      diagnostics: result.findings.map((f) => toDiagnostic(f, result.doc.lineIndex, docsUrl)),
      units: result.units.length,
    };
  });

  connection.onDocumentSymbol(async (params) => {
    const entry = await current(params.textDocument.uri);
    if (!entry) return [];
    return documentSymbols(entry.result, entry.locale);
  });

  connection.onCodeLens(async (params) => {
    const entry = await current(params.textDocument.uri);
    if (!entry || !entry.settings.codeLens) return [];
    return codeLenses(entry.result, entry.locale);
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command === SHOW_CHECKLIST_COMMAND) {
      // Editors other than VS Code (whose client shows a quick pick) get the questions as a message.
      const arg = params.arguments?.[0] as { title?: string; questions?: { label: string }[] } | undefined;
      const questions = arg?.questions ?? [];
      const none = clientLocale === 'en' ? 'Nothing is missing.' : 'Der mangler ikke noget.';
      void connection.window.showInformationMessage(`${arg?.title ?? 'Kerneopgave'}: ${questions.length ? questions.map((q) => q.label).join(' ') : none}`);
      return;
    }
    if (params.command !== OPEN_GUIDANCE_COMMAND) return;
    const ruleId = String(params.arguments?.[0] ?? '');
    const url = docsUrl(ruleId);
    try {
      await connection.window.showDocument({ uri: url, external: !url.startsWith('file:') });
    } catch {
      void connection.window.showInformationMessage(url);
    }
  });

  return {
    get clientLocale() {
      return clientLocale;
    },
    get workspaceFolders() {
      return workspaceFolders;
    },
    settingsFor,
    effectiveLocale,
    warnOnce,
    listen() {
      documents.listen(connection);
      connection.listen();
    },
  };
}
