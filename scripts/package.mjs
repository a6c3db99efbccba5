// npm run package [-- --out FILE]: production build (minified, no source maps) and a .vsix made with @vscode/vsce.
// The bundles in dist/ are self-contained, so the package has no node_modules (vsce --no-dependencies); what goes in
// is the allow-list in .vscodeignore. Prints the package's size and contents and fails if anything that should stay
// out slipped in. Default output: kerneopgave-<version>.vsix in the repository root (git-ignored).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const outArg = process.argv.indexOf('--out');
const out = path.resolve(outArg > 0 ? process.argv[outArg + 1] : `${pkg.name}-${pkg.version}.vsix`);
const LIMIT = 1024 * 1024;

// 1. production build; stale source maps of a development build must not linger in dist/
for (const f of fs.readdirSync('dist', { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.map'))) {
  fs.rmSync(path.join('dist', f.name));
}
const t0 = Date.now();
execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { stdio: 'inherit' });
console.log(`production build: ${Date.now() - t0} ms`);

// 2. the .vsix (vsce resolves the README's relative links and images against the GitHub repository in package.json)
const { createVSIX } = require('@vscode/vsce');
fs.rmSync(out, { force: true });
await createVSIX({ cwd: root, packagePath: out, dependencies: false });

// 3. what is inside
const yauzl = require('yauzl');
const entries = await new Promise((resolve, reject) => {
  yauzl.open(out, { lazyEntries: true }, (err, zip) => {
    if (err) return reject(err);
    const list = [];
    zip.on('entry', (e) => { list.push({ name: e.fileName, size: e.uncompressedSize }); zip.readEntry(); });
    zip.on('end', () => resolve(list));
    zip.on('error', reject);
    zip.readEntry();
  });
});
const size = fs.statSync(out).size;
const files = entries.filter((e) => e.name.startsWith('extension/'));
for (const e of files) console.log(`  ${String(e.size).padStart(8)}  ${e.name.slice('extension/'.length)}`);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`${path.relative(process.cwd(), out)}: ${kb(size)} (${size} bytes), ${files.length} files, ${kb(files.reduce((s, e) => s + e.size, 0))} unpacked`);

const forbidden = files.filter((e) => /(^|\/)node_modules\/|\.map$|\.ts$|^extension\/(client|server|test|e2e|scripts|examples)\/|docs\/images\//.test(e.name));
const required = ['dist/client.js', 'dist/server.js', 'dist/web/client.js', 'dist/web/server.js', 'package.json', 'package.nls.json', 'package.nls.da.json', 'README.md', 'LICENSE', pkg.icon,
  ...pkg.contributes.grammars.map((g) => g.path), ...pkg.contributes.snippets.map((s) => s.path)]
  .map((p) => 'extension/' + p.replace(/^\.\//, ''));
// vsce stores README.md as readme.md and LICENSE as LICENSE.txt
const missing = required.filter((r) => !files.some((e) => e.name.toLowerCase().replace(/\.txt$/, '') === r.toLowerCase()));
if (forbidden.length) console.error(`should not be in the package: ${forbidden.map((e) => e.name).join(', ')}`);
if (missing.length) console.error(`missing from the package: ${missing.join(', ')}`);
if (size > LIMIT) console.warn(`warning: the package is larger than ${kb(LIMIT)}`);
if (forbidden.length || missing.length) process.exit(1);
