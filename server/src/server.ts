// The language server's Node entry: stdio/IPC connection, .kerneopgave.json from disk, docs from the installed
// extension, heap compaction, and the folder report. The LSP logic itself is in languageServer.ts (shared with
// the browser entry, browserServer.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createConnection,
  LSPErrorCodes,
  ErrorCodes,
  ResponseError,
  ProposedFeatures,
} from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAME, describeProblems, findConfigFile, loadConfigFile } from './configFile';
import { lint } from './core/lint';
import { ruleDocsUrl } from './core/rules/index';
import type { Locale } from './core/types';
import { formatReport, type ReportFile } from './core/report';
import { collectFiles, readMarkdown } from './files';
import { HeapCompactor } from './heap';
import { insideWorkspace } from './reportWalk';
import { createServer } from './languageServer';

const connection = createConnection(ProposedFeatures.all);

/** Docs open in the editor from the installed extension when available, else from the repository. */
const localDocs = path.resolve(__dirname, '..', 'docs', 'rules');
const docsUrls = new Map<string, string>();

function docsUrl(ruleId: string): string {
  let url = docsUrls.get(ruleId);
  if (url === undefined) {
    const file = path.join(localDocs, `${ruleId}.md`);
    url = fs.existsSync(file) ? URI.file(file).toString() : ruleDocsUrl(ruleId);
    docsUrls.set(ruleId, url);
  }
  return url;
}

/** Gives memory back once the server is idle after parsing long documents (see heap.ts). */
const compactor = new HeapCompactor((ms, chars) =>
  connection.console.log(`kerneopgave: compacted the heap in ${ms.toFixed(0)} ms after parsing ${chars} characters`),
);

const server = createServer(connection, {
  docsUrl,
  noteParsed: (chars) => compactor.noteParsed(chars),
  /** The nearest .kerneopgave.json on disk, up to the workspace folder (the file travels with the project). */
  async configFile(uri, base, workspaceFolders, locale) {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return undefined;
    const dir = path.dirname(parsed.fsPath);
    const stopAt = workspaceFolders.find((f) => dir === f || dir.startsWith(f.endsWith(path.sep) ? f : f + path.sep));
    const file = findConfigFile(dir, stopAt);
    if (!file) return undefined;
    const loaded = loadConfigFile(file, base);
    return {
      settings: loaded.settings,
      problems: describeProblems(loaded, locale),
      source: { uri: URI.file(file).toString(), text: loaded.text ?? '', problems: loaded.problems },
    };
  },
  /** The nearest .kerneopgave.json up to the workspace folder with its text, or the place beside the document. */
  async configTarget(uri, workspaceFolders) {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return undefined;
    const dir = path.dirname(parsed.fsPath);
    const stopAt = workspaceFolders.find((f) => dir === f || dir.startsWith(f.endsWith(path.sep) ? f : f + path.sep));
    const file = findConfigFile(dir, stopAt);
    if (!file) return { uri: URI.file(path.join(dir, CONFIG_FILE_NAME)).toString() };
    try {
      return { uri: URI.file(file).toString(), text: fs.readFileSync(file, 'utf8') };
    } catch {
      return undefined;
    }
  },
});
const { settingsFor, effectiveLocale, warnOnce } = server;

/** A Markdown report over every Markdown file in a folder, with progress; cancellable. */
connection.onRequest('kerneopgave/report', async (params: { folderUri: string }, token) => {
  const clientLocale = server.clientLocale;
  const folder = insideWorkspace(URI.parse(params.folderUri).fsPath, server.workspaceFolders);
  if (folder === undefined) {
    throw new ResponseError(ErrorCodes.InvalidParams, clientLocale === 'en'
      ? `The report covers only folders inside the workspace; refused: ${params.folderUri}`
      : `Rapporten dækker kun mapper i arbejdsområdet; afvist: ${params.folderUri}`);
  }
  const problems: string[] = [];
  const files = collectFiles([folder], problems, clientLocale);
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin(clientLocale === 'en' ? 'Kerneopgave report' : 'Kerneopgave-rapport', 0, '', true);
  const inputs: ReportFile[] = [];
  // The folder's own language, so a report with no statements is in it too.
  let locale: Locale = effectiveLocale(await settingsFor(URI.file(path.join(folder, 'x.md')).toString()));
  try {
    for (let i = 0; i < files.length; i++) {
      if (token.isCancellationRequested || progress.token.isCancellationRequested) {
        throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      }
      const file = files[i];
      progress.report(Math.round((100 * i) / Math.max(1, files.length)), path.relative(folder, file));
      const text = readMarkdown(file, problems, clientLocale);
      if (text === undefined) continue;
      const uri = URI.file(file).toString();
      const settings = await settingsFor(uri);
      locale = effectiveLocale(settings);
      inputs.push({ file: path.relative(folder, file).split(path.sep).join('/'), result: lint(text, { fileName: file, settings, locale }) });
      // Let cancellation and other requests through on long runs.
      if (i % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    progress.done();
  }
  for (const p of problems) warnOnce(p);
  const markdown = formatReport(inputs, locale);
  return { markdown, files: inputs.length, units: inputs.reduce((n, x) => n + x.result.units.length, 0) };
});

process.on('uncaughtException', (error) => {
  connection.console.error(`kerneopgave: ${error.stack ?? error}`);
});

server.listen();
