// The check that browser bundles stay free of Node: Node's built-in modules are marked external in those builds, so
// an import of one (directly or through a dependency) shows up in esbuild's metafile instead of being bundled or
// silently replaced. Also flags modules a package's `browser` field maps to nothing (»(disabled):«), which would
// fail at run time. Used by scripts/build.mjs; tested in test/web-build.test.ts.
import { builtinModules } from 'node:module';

/** Every Node built-in as esbuild sees it: `fs`, `fs/promises`, `node:fs`, and `node:*`. */
export const NODE_BUILTINS = [...new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'node:*'])];

/** The Node imports in a metafile: `{ importer, path }` for each; empty when the bundle is browser-clean. */
export function nodeImportsIn(metafile, allowedExternal = ['vscode']) {
  const found = [];
  for (const [importer, input] of Object.entries(metafile.inputs)) {
    if (importer.startsWith('(disabled):')) found.push({ importer: '(browser field)', path: importer });
    for (const imp of input.imports ?? []) {
      if (imp.external && !allowedExternal.includes(imp.path)) found.push({ importer, path: imp.path });
      else if (imp.path.startsWith('(disabled):')) found.push({ importer, path: imp.path });
    }
  }
  return found;
}

/** Throws with every offending import listed when a browser bundle would need Node. */
export function assertNoNodeImports(name, metafile, allowedExternal) {
  const found = nodeImportsIn(metafile, allowedExternal);
  if (found.length === 0) return;
  const lines = found.map((f) => `  ${f.importer} imports ${f.path}`);
  throw new Error(`${name} must run in a browser but uses Node built-ins:\n${lines.join('\n')}`);
}

/**
 * Runs a Web Worker bundle's top level in a bare context: a worker's globals (self, postMessage, timers, TextEncoder,
 * URL, atob), no DOM, no Node. Throws if loading it fails, e.g. on a package's DOM-only `browser` build
 * (decode-named-character-reference's calls document.createElement when it loads). Used by scripts/build.mjs.
 */
export async function assertLoadsInWorker(name, code) {
  const vm = await import('node:vm');
  const self = { addEventListener() {}, removeEventListener() {}, postMessage() {} };
  const context = { self, console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder, URL, performance, atob, btoa };
  Object.assign(self, context);
  context.globalThis = context;
  try {
    vm.runInNewContext(code, context, { filename: name });
  } catch (e) {
    throw new Error(`${name} does not load in a Web Worker (no DOM there): ${e}`);
  }
}
