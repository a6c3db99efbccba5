// Finding and reading Markdown files on disk (Node only): shared by the CLI and the server's report.
import * as fs from 'node:fs';
import * as path from 'node:path';

const MARKDOWN = /\.(md|markdown)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
/** Files above this size are skipped with a message: the editor would not show them either. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Expands folders into Markdown files (recursively, no symlink loops); reports what cannot be read. */
export function collectFiles(paths: string[], problems: string[]): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (p: string, explicit: boolean) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (error) {
      problems.push(`${p}: ${errorText(error)}`);
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
        problems.push(`${p}: ${errorText(error)}`);
        return;
      }
      for (const entry of entries) {
        if (SKIP_DIRS.has(entry)) continue;
        const child = path.join(p, entry);
        let isDir = false;
        try {
          isDir = fs.statSync(child).isDirectory();
        } catch (error) {
          if (MARKDOWN.test(entry)) problems.push(`${child}: ${errorText(error)}`);
          continue;
        }
        if (isDir || MARKDOWN.test(entry)) visit(child, false);
      }
    } else if (stat.isFile() && (explicit || MARKDOWN.test(p))) {
      files.push(p);
    }
  };
  for (const p of paths) visit(p, true);
  return files;
}

export function errorText(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'findes ikke';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'ingen adgang (kan ikke læses)';
  if (e.code === 'ELOOP') return 'symbolsk link i ring';
  return e.message ?? String(error);
}


/** Reads a Markdown file as text (no byte-order mark), or records why it cannot be linted. */
export function readMarkdown(file: string, problems: string[]): string | undefined {
  let buffer: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      problems.push(`${file}: ${Math.round(size / 1024 / 1024)} MB er for stor (grænse ${MAX_FILE_BYTES / 1024 / 1024} MB); springes over`);
      return undefined;
    }
    buffer = fs.readFileSync(file);
  } catch (error) {
    problems.push(`${file}: ${errorText(error)}`);
    return undefined;
  }
  if (buffer.subarray(0, 8192).includes(0)) {
    problems.push(`${file}: ser ud til at være en binær fil; springes over`);
    return undefined;
  }
  // Editors do not count a byte-order mark; neither do we, so columns agree.
  return buffer.toString('utf8').replace(/^\uFEFF/, '');
}
