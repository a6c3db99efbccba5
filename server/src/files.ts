// Finding and reading Markdown files on disk (Node only): shared by the CLI and the server's report.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale } from './core/types';

/** What a folder walk lints: Markdown, plain text and Word (.doc is listed to be refused with a message). */
const MARKDOWN = /\.(md|markdown|txt|docx?)$/i;
/** Folders a walk never enters: dependencies and version control (the CLI's walk and the server's report). */
export const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn']);

/** Whether a walk lints a file of this name; Word's lock files (»~$rapport.docx«) are not documents. */
export function isLintedFileName(name: string): boolean {
  return MARKDOWN.test(name) && !name.startsWith('~$');
}
/** Files above this size are skipped with a message: the editor would not show them either. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Expands folders into Markdown files (recursively, no symlink loops); reports what cannot be read. */
export function collectFiles(paths: string[], problems: string[], locale: Locale = 'da'): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (p: string, explicit: boolean) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (error) {
      problems.push(`${p}: ${errorText(error, locale, p)}`);
      return;
    }
    let real: string;
    try {
      real = fs.realpathSync(p);
    } catch {
      real = path.resolve(p);
    }
    if (seen.has(real)) return;
    seen.add(real);
    if (stat.isDirectory()) {
      let entries: string[];
      try {
        entries = fs.readdirSync(p).sort();
      } catch (error) {
        problems.push(`${p}: ${errorText(error, locale)}`);
        return;
      }
      for (const entry of entries) {
        // Word's lock files (»~$rapport.docx«) are not documents.
        if (SKIP_DIRS.has(entry) || entry.startsWith('~$')) continue;
        const child = path.join(p, entry);
        let isDir = false;
        try {
          isDir = fs.statSync(child).isDirectory();
        } catch (error) {
          if (MARKDOWN.test(entry)) problems.push(`${child}: ${errorText(error, locale, child)}`);
          continue;
        }
        if (isDir || MARKDOWN.test(entry)) visit(child, false);
      }
    } else if (stat.isFile()) {
      if (explicit || MARKDOWN.test(p)) files.push(p);
    } else {
      // A FIFO, socket or device: reading it could block forever or never end, so it is never read.
      problems.push(`${p}: ${locale === 'en' ? 'not a regular file; skipped' : 'ikke en almindelig fil; springes over'}`);
    }
  };
  for (const p of paths) visit(p, true);
  return files;
}

export function errorText(error: unknown, locale: Locale = 'da', file?: string): string {
  const e = error as NodeJS.ErrnoException;
  const en = locale === 'en';
  if (e.code === 'ENOENT' && file !== undefined && isSymbolicLink(file)) {
    return en ? 'symbolic link to something that does not exist' : 'symbolsk link til noget, der ikke findes';
  }
  if (e.code === 'ENOENT') return en ? 'does not exist' : 'findes ikke';
  if (e.code === 'EACCES' || e.code === 'EPERM') return en ? 'permission denied (cannot be read)' : 'ingen adgang (kan ikke læses)';
  if (e.code === 'ELOOP') return en ? 'symbolic link loop' : 'symbolsk link i ring';
  return e.message ?? String(error);
}

function isSymbolicLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Reads a Markdown file as text (no byte-order mark), or records why it cannot be linted. */
export function readMarkdown(file: string, problems: string[], locale: Locale = 'da'): string | undefined {
  let buffer: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) {
      problems.push(`${file}: ${locale === 'en' ? 'not a regular file; skipped' : 'ikke en almindelig fil; springes over'}`);
      return undefined;
    }
    const size = stat.size;
    if (size > MAX_FILE_BYTES) {
      const mb = Math.round(size / 1024 / 1024);
      const limit = MAX_FILE_BYTES / 1024 / 1024;
      problems.push(`${file}: ${locale === 'en' ? `${mb} MB is too large (limit ${limit} MB); skipped` : `${mb} MB er for stor (grænse ${limit} MB); springes over`}`);
      return undefined;
    }
    buffer = fs.readFileSync(file);
  } catch (error) {
    problems.push(`${file}: ${errorText(error, locale, file)}`);
    return undefined;
  }
  if (buffer.subarray(0, 8192).includes(0)) {
    problems.push(`${file}: ${locale === 'en' ? 'looks like a binary file; skipped' : 'ser ud til at være en binær fil; springes over'}`);
    return undefined;
  }
  // Editors do not count a byte-order mark; neither do we, so columns agree.
  return buffer.toString('utf8').replace(/^\uFEFF/, '');
}
