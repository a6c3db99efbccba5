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
import { isLintedFileName, readMarkdown } from './files';
import { describeDocxError, describeParagraph, DocxError, isWordFile, MAX_DOCX_BYTES, paragraphAt, readDocx } from './sources/docx';
import { formatHtmlReport } from './core/reportHtml';
import { HeapCompactor } from './heap';
import { insideWorkspace, walkFolder } from './reportWalk';
import { isPlainTextFile, plainTextToMarkdown } from './core/sources/plaintext';
import type { ReportParams, ReportResult } from '../../client/src/protocol';
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

/** The most files one report reads, and how long it may take: a report is for a project, not a disk. */
export const REPORT_MAX_FILES = 2000;
export const REPORT_BUDGET_MS = 60_000;

interface ReportRequest extends ReportParams {
  /** Lower limits than the server's own (tests, a client that wants a quick look); never higher. */
  maxFiles?: number;
  budgetMs?: number;
}

/**
 * A Markdown report over the Markdown and text files in a folder inside the workspace, with progress. Bounded (a
 * file count and a time budget; the report says where it stopped) and cancellable.
 */
connection.onRequest('kerneopgave/report', async (params: ReportRequest, token) => {
  const clientLocale = server.clientLocale;
  const en = clientLocale === 'en';
  const folder = insideWorkspace(URI.parse(params.folderUri).fsPath, server.workspaceFolders);
  if (folder === undefined) {
    throw new ResponseError(ErrorCodes.InvalidParams, en
      ? `The report covers only folders inside the workspace; refused: ${params.folderUri}`
      : `Rapporten dækker kun mapper i arbejdsområdet; afvist: ${params.folderUri}`);
  }
  const maxFiles = Math.min(REPORT_MAX_FILES, positive(params.maxFiles) ?? REPORT_MAX_FILES);
  const budgetMs = Math.min(REPORT_BUDGET_MS, positive(params.budgetMs) ?? REPORT_BUDGET_MS);
  const deadline = Date.now() + budgetMs;
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin(en ? 'Kerneopgave report' : 'Kerneopgave-rapport', 0, '', true);
  const cancelled = () => token.isCancellationRequested || progress.token.isCancellationRequested;
  const problems: string[] = [];
  const inputs: ReportFile[] = [];
  // The folder's own language, so a report with no statements is in it too.
  let locale: Locale = effectiveLocale(await settingsFor(URI.file(path.join(folder, 'x.md')).toString()));
  let stopped: 'files' | 'time' | undefined;
  try {
    const walk = await walkFolder(folder, isLintedFileName, { maxFiles, deadline, cancelled });
    if (walk.stopped === 'cancelled') throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    stopped = walk.stopped;
    const files = walk.files;
    for (let i = 0; i < files.length; i++) {
      if (cancelled()) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      if (Date.now() > deadline) {
        stopped = 'time';
        break;
      }
      const file = files[i];
      progress.report(Math.round((100 * i) / Math.max(1, files.length)), path.relative(folder, file));
      let text: string | undefined;
      let placeOf: ReportFile['placeOf'];
      if (isWordFile(file)) {
        // A Word document is reported as the Markdown it converts to (server/src/sources/docx.ts), its places
        // named as Word paragraphs.
        try {
          const docx = await readDocx(file);
          text = docx.markdown;
          placeOf = (line, loc) => {
            const p = paragraphAt(docx, line);
            return p && describeParagraph(p, loc);
          };
        } catch (error) {
          if (!(error instanceof DocxError)) throw error;
          problems.push(describeDocxError(error, clientLocale));
        }
      } else {
        text = readMarkdown(file, problems, clientLocale);
        // Plain text as the editor lints it (core/sources/plaintext.ts); the report shows lines, which it keeps.
        if (text !== undefined && isPlainTextFile(file)) text = plainTextToMarkdown(text).markdown;
      }
      if (text === undefined) continue;
      const uri = URI.file(file).toString();
      const settings = await settingsFor(uri);
      locale = effectiveLocale(settings);
      inputs.push({
        file: path.relative(folder, file).split(path.sep).join('/'),
        result: lint(text, { fileName: file, settings, locale }),
        ...(placeOf ? { placeOf } : {}),
      });
      // Let cancellation and other requests through on long runs.
      if (i % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    progress.done();
  }
  // Files that could not be read (a damaged .docx, a binary file): named, not about settings.
  for (const p of problems) warnOnce(p, false);
  const notice = stopped === undefined ? undefined : stoppedNotice(stopped, inputs.length, maxFiles, budgetMs, locale);
  const markdown = formatReport(inputs, locale, notice === undefined ? {} : { notes: [notice] });
  const result: ReportResult = { markdown, files: inputs.length, units: inputs.reduce((n, x) => n + x.result.units.length, 0) };
  if (notice !== undefined) result.notice = notice;
  if (params.html === true) result.html = formatHtmlReport(inputs, locale, notice === undefined ? {} : { notes: [notice] });
  return result;
});

/**
 * »Tjek Word-dokument« in VS Code: the client sends the file's bytes (it reads any file system VS Code has), the
 * server converts them as the CLI does; a bad file is an error naming it (corrupt, encrypted, .doc, too large, bomb).
 */
connection.onRequest('kerneopgave/convertDocx', async (params: { name?: unknown; data?: unknown }) => {
  const name = typeof params?.name === 'string' ? params.name.slice(0, 300) : 'dokument.docx';
  if (typeof params?.data !== 'string' || params.data.length > (MAX_DOCX_BYTES * 4) / 3 + 4) {
    throw new ResponseError(ErrorCodes.InvalidParams, server.clientLocale === 'en' ? `${name}: no Word document, or too large` : `${name}: intet Word-dokument, eller for stort`);
  }
  try {
    const docx = await readDocx(name, new Uint8Array(Buffer.from(params.data, 'base64')));
    return { markdown: docx.markdown, paragraphs: docx.paragraphs };
  } catch (error) {
    if (error instanceof DocxError) throw new ResponseError(ErrorCodes.InvalidParams, describeDocxError(error, server.clientLocale));
    throw error;
  }
});

function positive(n: unknown): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** What the report says when it stopped early: where, and why. */
function stoppedNotice(why: 'files' | 'time', read: number, maxFiles: number, budgetMs: number, locale: Locale): string {
  const s = Math.round(budgetMs / 1000);
  if (locale === 'en') {
    return why === 'files'
      ? `The report stopped at ${maxFiles} files; the folder holds more. Choose a smaller folder to see the rest.`
      : `The report stopped after ${s} seconds with ${read} files read. Choose a smaller folder to see the rest.`;
  }
  return why === 'files'
    ? `Rapporten stoppede ved ${maxFiles} filer; mappen har flere. Vælg en mindre mappe for at se resten.`
    : `Rapporten stoppede efter ${s} sekunder med ${read} filer læst. Vælg en mindre mappe for at se resten.`;
}

process.on('uncaughtException', (error) => {
  connection.console.error(`kerneopgave: ${error.stack ?? error}`);
});

server.listen();
