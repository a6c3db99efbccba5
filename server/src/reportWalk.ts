// Where a report may walk: only inside the workspace folders, after resolving symbolic links.
import * as fs from 'node:fs';
import * as path from 'node:path';

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
