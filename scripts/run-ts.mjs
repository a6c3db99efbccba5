// Runs a TypeScript script of this repository: bundles it with esbuild into a temporary CommonJS file.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args...]');
  process.exit(2);
}
const outdir = path.resolve('node_modules/.cache/kerneopgave-scripts');
mkdirSync(outdir, { recursive: true });
const outfile = path.join(outdir, path.basename(entry).replace(/\.ts$/, '.cjs'));
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', conditions: ['worker'], logLevel: 'warning', sourcemap: 'inline',
  // jsonc-parser's UMD `main` has requires esbuild cannot follow (see build.mjs).
  alias: { 'jsonc-parser': path.resolve('node_modules/jsonc-parser/lib/esm/main.js') } });
process.argv = [process.argv[0], outfile, ...args];
createRequire(import.meta.url)(outfile);
