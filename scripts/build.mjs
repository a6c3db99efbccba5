// Bundles the client, the server and the CLI into dist/ as CommonJS (the unified stack is ESM-only), the browser
// half of the extension into dist/web/ (client.js for the web worker extension host, server.js for its Worker).
// dist/web/index.html is the playground (web/playground/): the core in a page, no editor needed.
// The core and every browser bundle are
// checked for Node built-ins (scripts/browser-check.mjs): the build fails if one slips in.
import * as fs from 'node:fs';
import { build } from 'esbuild';
import { assertLoadsInWorker, assertNoNodeImports, NODE_BUILTINS } from './browser-check.mjs';
import { packedTaggerData } from './packed-data.mjs';

const JSONC_ESM = new URL('../node_modules/jsonc-parser/lib/esm/main.js', import.meta.url).pathname;
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  conditions: ['worker'],
  // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow: bundle its ES modules.
  alias: { 'jsonc-parser': JSONC_ESM },
  logLevel: 'warning',
};
// Browser bundles: Node built-ins external, so that an import of one is reported by the check, not bundled.
const browser = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  sourcemap: false,
  minify: production,
  metafile: true,
  external: NODE_BUILTINS,
  alias: { 'jsonc-parser': JSONC_ESM },
  logLevel: 'warning',
};

// Bundles that run in a Web Worker: packages' `worker` exports win over `browser` ones, which may use the DOM
// (decode-named-character-reference's browser build decodes »&amp;« with document.createElement: no document in a worker).
const WORKER = ['worker'];

/** Builds a browser bundle and fails the build if it uses Node. */
async function browserBuild(name, options, allowedExternal) {
  const result = await build({ ...browser, ...options });
  assertNoNodeImports(name, result.metafile, allowedExternal);
  return result;
}

/** The playground: the worker's code goes into playground.js as a string (started from a blob: URL, so the page
 * also works from file://), the page and its style sheet are copied. */
async function playground() {
  const worker = await browserBuild('the playground worker (web/playground/worker.ts)', {
    entryPoints: ['web/playground/worker.ts'], format: 'iife', write: false, outfile: 'worker.js', minify: true, conditions: WORKER,
    plugins: [packedTaggerData],
  });
  const workerSource = worker.outputFiles[0].text;
  await assertLoadsInWorker('the playground worker', workerSource);
  await browserBuild('the playground (web/playground/main.ts)', {
    entryPoints: ['web/playground/main.ts'], format: 'iife', outfile: 'dist/web/playground.js', minify: true,
    define: { PLAYGROUND_WORKER_SOURCE: JSON.stringify(workerSource) },
  });
  fs.copyFileSync('web/playground/index.html', 'dist/web/index.html');
  fs.copyFileSync('web/playground/style.css', 'dist/web/style.css');
  // The page's JavaScript (the worker's code inside it) has a budget: a person opens it to try one sentence.
  const bytes = fs.statSync('dist/web/playground.js').size;
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`playground: dist/web/index.html, playground.js ${kb(bytes)} (worker ${kb(Buffer.byteLength(workerSource))}; budget ${kb(PLAYGROUND_BUDGET)})`);
  if (bytes > PLAYGROUND_BUDGET) throw new Error(`the playground's JavaScript is ${bytes} bytes, over the budget of ${PLAYGROUND_BUDGET} (1 MB)`);
}

/** The playground's JavaScript before compression, at most (issue 14). */
const PLAYGROUND_BUDGET = 1024 * 1024;

fs.mkdirSync('dist/web', { recursive: true });
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
  // the core on its own: it must stay free of Node whatever the entries around it do
  browserBuild('the core (server/src/core/)', {
    entryPoints: ['server/src/core/lint.ts', 'server/src/core/reading/checklist.ts', 'server/src/core/report.ts'],
    outdir: 'dist/web/core-check', write: false, format: 'esm',
  }),
  browserBuild('the web extension client (client/src/browser.ts)', {
    entryPoints: ['client/src/browser.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: [...NODE_BUILTINS, 'vscode'],
  }, ['vscode']),
  browserBuild('the web extension server (server/src/browserServer.ts)', {
    entryPoints: ['server/src/browserServer.ts'], outfile: 'dist/web/server.js', format: 'iife', conditions: WORKER,
  }).then(() => assertLoadsInWorker('dist/web/server.js', fs.readFileSync('dist/web/server.js', 'utf8'))),
  playground(),
]);
