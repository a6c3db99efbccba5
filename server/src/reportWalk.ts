// Where a report may walk: only inside the workspace folders, after resolving symbolic links.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SKIP_DIRS } from './files';

/** The real path of `p`, or undefined when it does not exist or cannot be resolved. */
function real(p: string): string | undefined {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return undefined;
  }
}

/** The folder's real path when it lies inside one of the workspace folders (both resolved), else undefined. */
export function insideWorkspace(folder: string, workspaceFolders: readonly string[]): string | undefined {
  const target = real(folder);
  if (target === undefined) return undefined;
  for (const f of workspaceFolders) {
    const root = real(f);
    if (root === undefined) continue;
    const rel = path.relative(root, target);
    if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) return target;
  }
  return undefined;
}


export interface WalkLimits {
  /** At most this many files are collected; the walk stops there and says so. */
  maxFiles: number;
  /** The walk stops when this moment (Date.now()) has passed and says so. */
  deadline: number;
  /** Checked between directories: true stops the walk at once (the request was cancelled). */
  cancelled: () => boolean;
}

export interface WalkResult {
  files: string[];
  /** Why the walk stopped early, if it did. */
  stopped?: 'files' | 'time' | 'cancelled';
}

/**
 * The files under `root` (a real path) whose names `accept` takes, in a stable order. Never leaves `root`: a
 * symbolic link is followed only when its target lies inside `root`, and each real folder is entered once, so
 * links into a loop end. Asynchronous, so that cancellation and other requests are answered while it runs.
 */
export async function walkFolder(root: string, accept: (name: string) => boolean, limits: WalkLimits): Promise<WalkResult> {
  const files: string[] = [];
  const seen = new Set<string>([root]);
  let stopped: WalkResult['stopped'];
  const inside = (p: string) => {
    const rel = path.relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  const visit = async (dir: string): Promise<void> => {
    if (limits.cancelled()) stopped = 'cancelled';
    else if (Date.now() > limits.deadline) stopped = 'time';
    if (stopped) return;
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      return; // an unreadable folder has nothing to report
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (stopped) return;
      let full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        // Followed only to a target inside the folder; the real path is what is remembered.
        const target = real(full);
        if (target === undefined || !inside(target)) continue;
        try {
          const stat = await fs.promises.stat(target);
          isDir = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          continue;
        }
        if (isDir) full = target;
      }
      if (isDir) {
        if (SKIP_DIRS.has(entry.name) || seen.has(full)) continue;
        seen.add(full);
        await visit(full);
      } else if (isFile && accept(entry.name)) {
        if (files.length >= limits.maxFiles) {
          stopped = 'files';
          return;
        }
        files.push(full);
      }
    }
  };
  await visit(root);
  return stopped ? { files, stopped } : { files };
}
