#!/usr/bin/env node
// The browser half of the .vsix (dist/web/client.js + dist/web/server.js) in code-server's *web worker* extension host,
// offline. The .vsix has both `main` and `browser`, so code-server would run it in the Node host; the user setting
// `remote.extensionKind: { "kerneopgave.kerneopgave": ["web"] }` moves it into the web worker (see
// ../shared/research/web-extension.md). There the client starts the language server in a nested Worker from a blob:
// URL (browser.ts: a vscode-remote:// extension may not start a Worker from its own URL).
// Checks what e2e/vsix.cjs checks for the Node half: a squiggle on a version-1 statement, its hover, a code action,
// the checklist code lens; and that the extension ran in the web worker ("Developer: Show Running Extensions").
// Writes ${E2E_ARTIFACTS}/web-extension.json ({ passed, failed, checks }) and screenshots in web-extension/.
//
// Usage: node e2e/web-extension.cjs <file.vsix>     (tools from e2e/setup.sh; run by e2e/run.sh)
'use strict';
const fs = require('fs');
const path = require('path');
const { assert, slug, checkRunner, REPO, E2E_HOME, ART, T, mod, log, prepareWorkspace, installVsix, startCodeServer, waitFor, wordBox, stableBox,
  squigglesOver, palette } = require('./lib.cjs');

const VSIX = process.argv[2];
if (!VSIX || !fs.existsSync(VSIX)) { console.error('usage: node e2e/web-extension.cjs <file.vsix>'); process.exit(2); }
const FIXTURE = path.join(__dirname, 'fixture');
const GRUNDLAG = 'medarbejdergrundlag.md';
const OPENER_LINE = 'Det er skolens kerneopgave at undervise';
const SHOTS = path.join(ART, 'web-extension');
const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const extId = `${pkg.publisher}.${pkg.name}`;
const { chromium } = require(path.join(E2E_HOME, 'tools', 'node_modules', 'playwright-core'));

let page;
// On a failure: a screenshot, then the mouse and any open widget out of the way.
const { checks, check } = checkRunner(async (name) => {
  if (!page) return;
  const file = path.join(ART, `failure-web-${slug(name)}.png`);
  try { await page.screenshot({ path: file }); console.log(`  screenshot: ${path.relative(process.cwd(), file)}`); } catch {}
  try { await page.mouse.move(2, 400); for (let i = 0; i < 3; i++) await page.keyboard.press('Escape'); } catch {}
});

async function shot(name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, name) });
}

async function hoverText(lineText, word, expect) {
  let last;
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.mouse.move(2, 400);
    await page.locator('.monaco-hover:not(.hidden)').filter({ visible: true }).waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    const box = await stableBox(page, lineText, word);
    assert(box, `word ${word} not on screen`);
    const cx = box.x + Math.min(box.width / 2, 20), cy = box.y + box.height / 2;
    await page.mouse.move(cx - 3, cy);
    await page.mouse.move(cx, cy);
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ visible: true }).filter({ hasText: expect }).first();
    try {
      await hover.waitFor({ timeout: 15000 });
      await waitFor(async () => !/Loading\.\.\.|Checking for quick fixes/.test(await hover.innerText({ timeout: 2000 })), 'the hover to finish loading', 5000).catch(() => {});
      return await hover.innerText({ timeout: 5000 });
    } catch (e) { last = e; log(`hover attempt ${attempt + 1} on ${word}: ${String(e).split('\n')[0]}`); }
  }
  throw last;
}

async function main() {
  fs.mkdirSync(ART, { recursive: true });
  // the web worker host for our extension, though it also has a `main`
  const { W } = prepareWorkspace('ko-web-', { 'remote.extensionKind': { [extId]: ['web'] } }, { fixture: FIXTURE, vsix: true });
  let child, context;
  const outside = [];
  const consoleLines = [];
  try {
    await check('the .vsix installs into a fresh extensions dir', async () => {
      const list = installVsix(W, VSIX);
      assert(list.split('\n').includes(`${extId}@${pkg.version}`), `not in --list-extensions: ${JSON.stringify(list)}`);
      return `${extId}@${pkg.version}`;
    }, { fatal: true });

    await check('code-server starts and opens the medarbejdergrundlag', async () => {
      const started = await startCodeServer(W, 'code-server-web.log');
      child = started.child;
      const base = started.base;
      context = await chromium.launchPersistentContext(path.join(W, 'tmp', 'chromium'), {
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 },
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      await context.route((u) => !u.href.startsWith(base) && !/^(data|blob):/.test(u.href), (route) => {
        outside.push(route.request().url()); return route.abort();
      });
      page = context.pages()[0] || await context.newPage();
      const onConsole = (src) => (m) => consoleLines.push(`[${src} ${m.type()}] ${m.text()}`);
      page.on('console', onConsole('page'));
      page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
      page.on('worker', (w) => { consoleLines.push(`[worker started] ${w.url().slice(0, 120)}`); w.on('console', onConsole('worker')); });
      await page.goto(`${base}/?folder=${encodeURIComponent(path.join(W, 'ws'))}`, { timeout: T });
      await page.locator('.monaco-workbench').waitFor({ timeout: T });
      const item = page.getByRole('treeitem', { name: new RegExp(GRUNDLAG.replace('.', '\\.')) }).first();
      await item.waitFor({ timeout: T });
      await item.click();
      await page.locator('.editor-instance .view-lines').filter({ hasText: 'skolens kerneopgave' }).first().waitFor({ timeout: T });
    }, { fatal: true });

    await check('squiggle under the version-1 verb »undervise«', async () => {
      const t = Date.now();
      const sq = await waitFor(async () => {
        const b = await wordBox(page, OPENER_LINE, 'undervise');
        const s = b && await squigglesOver(page, b);
        return s && s.some((x) => /squiggly-warning/.test(x.cls)) ? s : null;
      }, 'a warning squiggle over »undervise«', 90_000);
      return `${Date.now() - t} ms after the file opened: ${JSON.stringify(sq)}`;
    });

    await check('hover on »undervise« shows the question and the explanation', async () => {
      const text = await hoverText(OPENER_LINE, 'undervise', 'Læs mere');
      for (const want of ['»undervise« beskriver jeres indsats. Hvilken effekt skal den have for »eleverne«?', 'Aktivitet uden effekt']) {
        assert(text.includes(want), `hover lacks ${JSON.stringify(want)}: ${JSON.stringify(text.slice(0, 400))}`);
      }
      await shot('squiggle-hover.png');
      await page.mouse.move(2, 400);
      return JSON.stringify(text.slice(0, 80));
    });

    await check('the checklist code lens above the statement', async () => {
      const lens = page.locator('.editor-instance .codelens-decoration').filter({ hasText: /Version 1 · .*Målgruppe/ }).first();
      await lens.waitFor({ timeout: 30_000 });
      const text = (await lens.innerText()).replace(/\u00a0/g, ' ');
      assert(/LIX \d+/.test(text), `no LIX in ${JSON.stringify(text)}`);
      return JSON.stringify(text);
    });

    await check('code action »Slå »Aktivitet uden effekt« fra for dette udsagn« inserts the comment', async () => {
      const b = await stableBox(page, OPENER_LINE, 'undervise');
      await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
      await page.keyboard.press('Escape');
      const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Slå »Aktivitet uden effekt« fra for dette udsagn' }).first();
      await waitFor(async () => {
        await page.keyboard.press(`${mod}+.`);
        if (await item.waitFor({ timeout: 5000 }).then(() => true, () => false)) return true;
        await page.keyboard.press('Escape');
        return false;
      }, 'the quick fix menu with the disable action');
      await shot('quickfix.png');
      await item.click();
      const comment = '<!-- kerneopgave-disable aktivitet-uden-effekt -->';
      await page.locator('.editor-instance .view-lines').filter({ hasText: comment }).first().waitFor({ timeout: 15_000 });
      await waitFor(async () => { const box = await wordBox(page, OPENER_LINE, 'undervise'); return box && (await squigglesOver(page, box)).every((s) => !/warning/.test(s.cls)); },
        'the squiggle under »undervise« to go', 15_000);
      await page.keyboard.press(`${mod}+z`);
    });

    await check('the extension ran in the web worker extension host', async () => {
      await palette(page, 'Developer: Show Running Extensions', 'Show Running Extensions');
      const re = page.locator('.runtime-extensions-editor');
      await re.waitFor({ timeout: T });
      const rows = new Map();
      // the list is virtual: scroll until our row shows up
      for (let i = 0; i < 40 && ![...rows.keys()].some((k) => k.startsWith(pkg.displayName)); i++) {
        for (const t of await re.locator('.monaco-list-row').allInnerTexts()) rows.set(t.split('\n')[0], t.replace(/\n+/g, ' | '));
        const b = await re.boundingBox();
        await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
        await page.mouse.wheel(0, 300);
        await page.waitForTimeout(150);
      }
      fs.writeFileSync(path.join(ART, 'web-extension-running.txt'), [...rows.values()].join('\n') + '\n');
      const mine = [...rows.entries()].find(([k]) => k.startsWith(pkg.displayName));
      assert(mine, `${pkg.displayName} not among the running extensions (${rows.size} rows)`);
      await shot('running-extensions.png');
      assert(/web worker/i.test(mine[1]), `not in the web worker: ${JSON.stringify(mine[1])}`);
      return JSON.stringify(mine[1]);
    });

    await check('no request left 127.0.0.1', async () => {
      assert(outside.length === 0, `${outside.length} requests outside, e.g. ${outside[0]}`);
    });
  } finally {
    const passed = checks.filter((c) => c.ok).length, failed = checks.length - passed;
    fs.writeFileSync(path.join(ART, 'web-extension.json'), JSON.stringify({ passed, failed, checks, outsideRequests: outside }, null, 2));
    fs.writeFileSync(path.join(ART, 'web-extension-console.log'), consoleLines.join('\n') + '\n');
    if (failed) for (const l of consoleLines) if (/kerneopgave|rror|[Ee]xtension [Hh]ost/.test(l)) console.log('  ', l.slice(0, 300));
    try { if (context) await context.close(); } catch {}
    if (child) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch {}
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
    }
    if (!process.env.KEEP) fs.rmSync(W, { recursive: true, force: true }); else log('kept', W);
    log(`web extension: ${passed} passed, ${failed} failed`);
    process.exitCode = failed ? 1 : 0;
  }
}
main().catch((e) => { console.error(e); process.exitCode = 1; });
