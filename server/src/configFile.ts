// Finds and reads the nearest .kerneopgave.json above a file (Node only: used by the server and the CLI).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfigText, type ConfigProblem, type KerneopgaveSettings } from './core/config';
import type { Locale } from './core/types';

export const CONFIG_FILE_NAME = '.kerneopgave.json';

export interface LoadedConfig {
  /** The file that was read, if any. */
  file?: string;
  settings: KerneopgaveSettings;
  problems: ConfigProblem[];
  /** The file's text, when it could be read (for diagnostics at the problems' places). */
  text?: string;
}

interface CacheEntry {
  mtimeMs: number;
  size: number;
  loaded: LoadedConfig;
}

const cache = new Map<string, CacheEntry>();

/** The nearest .kerneopgave.json in the file's folder or above it, or undefined. */
export function findConfigFile(startDir: string, stopAt?: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    // No exception for a missing file: this runs on every lint, for every folder up to the workspace root.
    try {
      if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
    } catch {
      // unreadable folder: look further up
    }
    if (stopAt && path.resolve(stopAt) === dir) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and validates a config file on top of `base`; cached by path, size and modification time. */
export function loadConfigFile(file: string, base: KerneopgaveSettings): LoadedConfig {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    return { file, settings: base, problems: [{ path: '', message: { da: `kan ikke læses: ${(error as Error).message}`, en: `cannot be read: ${(error as Error).message}` } }] };
  }
  const key = `${file}\0${JSON.stringify(base)}`;
  const hit = cache.get(key);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.loaded;
  let loaded: LoadedConfig;
  try {
    const text = fs.readFileSync(file, 'utf8');
    const { settings, problems } = parseConfigText(text, base);
    loaded = { file, settings, problems, text };
  } catch (error) {
    loaded = { file, settings: base, problems: [{ path: '', message: { da: `kan ikke læses: ${(error as Error).message}`, en: `cannot be read: ${(error as Error).message}` } }] };
  }
  if (cache.size > 100) cache.clear();
  cache.set(key, { mtimeMs: stat.mtimeMs, size: stat.size, loaded });
  return loaded;
}

/** Formats config problems for a person: file, place, what is wrong. */
export function describeProblems(loaded: LoadedConfig, locale: Locale = 'da'): string[] {
  return loaded.problems.map((p) => `${loaded.file ?? CONFIG_FILE_NAME}${p.path ? ` (${p.path})` : ''}: ${p.message[locale]}`);
}
