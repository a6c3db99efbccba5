#!/usr/bin/env node
// "Cockpit" screenshots of the extension in a real VS Code (code-server 4.139.1), driven by Playwright: the checklist
// code lenses + Outline, the checklist quick pick, the status bar item, the folder report and the English UI.
// Same setup as e2e/screenshots.cjs (tools cached in $KERNEOPGAVE_E2E_HOME, default ~/.cache/kerneopgave-e2e; see its header);
// the shared helpers are in e2e/lib.cjs.
// Run (after `npm run build`):  node e2e/cockpit.cjs [outDir]      (default outDir: docs/images)
// Env: KERNEOPGAVE_E2E_HOME, E2E_ARTIFACTS (logs, cockpit.json, report.md, extra PNGs; default e2e/artifacts), KEEP=1,
//      KO_LANG (kerneopgave.language for shots 1-4, default da; shot 5 sets "auto" in the copied workspace's
//      .vscode/settings.json = English here, as code-server's UI is English).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { REPO, E2E_HOME, ART, T, mod, log, prepareWorkspace, commandLabel, freePort, startCodeServer, waitFor, wordBox, stableBox, squigglesOver, palette, gotoLine } = require('./lib.cjs');

const OUT = path.resolve(process.argv[2] || path.join(REPO, 'docs', 'images'));
const { chromium } = require(path.join(E2E_HOME, 'tools', 'node_modules', 'playwright-core'));
const t0 = Date.now();
const since = () => ((Date.now() - t0) / 1000).toFixed(1) + 's';
const report = { timings: {} };
const mark = (name, from) => { report.timings[name] = +((Date.now() - from) / 1000).toFixed(2); };
const oneLine = (s) => String(s).replace(/\s+/g, ' ').trim();

function writeSettings(W, settings) { fs.writeFileSync(path.join(W, 'ud', 'User', 'settings.json'), JSON.stringify(settings, null, 2)); }

async function hoverWord(page, lineText, word, expect, { attempts = 4, timeout = 20000 } = {}) {
  let lastError;
  for (let attempt = 0; attempt < attempts; attempt++) {
    await page.mouse.move(2, 400);
    await page.waitForTimeout(300);
    const box = await stableBox(page, lineText, word);
    if (!box) throw new Error(`word ${word} not found in line ${lineText}`);
    const cx = box.x + Math.min(box.width / 2, 20), cy = box.y + box.height / 2;
    await page.mouse.move(cx - 3, cy);
    await page.mouse.move(cx, cy);
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ visible: true }).first();
    try {
      await hover.waitFor({ timeout });
      await waitFor(async () => !/Loading\.\.\./.test(await hover.innerText({ timeout: 2000 })), 'hover to finish loading', 15000).catch(() => {});
      if (expect) await page.locator('.monaco-hover:not(.hidden)').filter({ hasText: expect }).first().waitFor({ timeout: 10000 });
      await page.waitForTimeout(300);
      const moved = await wordBox(page, lineText, word);
      if (moved && Math.abs(moved.y - box.y) > 1) throw new Error('layout moved under the hover');
      return await hover.innerText({ timeout: 5000 });
    } catch (e) { lastError = e; log(`hover attempt ${attempt + 1} on ${word}: ${String(e).split('\n')[0]}`); }
  }
  throw lastError;
}

async function dragSash(page, fromX, toX) {
  const sb = await page.evaluate((fromX) => [...document.querySelectorAll('.monaco-sash.vertical')].map((e) => e.getBoundingClientRect())
    .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })).find((r) => Math.abs(r.x + r.width / 2 - fromX) < 12 && r.height > 300), fromX);
  if (!sb) return false;
  await page.mouse.move(sb.x + sb.width / 2, 400); await page.mouse.down();
  await page.mouse.move(toX, 400, { steps: 8 }); await page.mouse.up();
  await page.waitForTimeout(300);
  return true;
}

// The visible code lenses of the active editor: text and box.
async function codeLenses(page) {
  return page.evaluate(() => [...document.querySelectorAll('.editor-instance .monaco-editor .codelens-decoration')]
    .filter((e) => e.offsetParent && e.textContent.trim())
    .map((e) => { const r = e.getBoundingClientRect(); return { text: e.textContent.replace(/\u00a0/g, ' ').trim(), y: Math.round(r.y) }; })
    .sort((a, b) => a.y - b.y));
}

// Scrolls the active editor (mouse wheel, a line at a time) until line n is the first visible line.
async function scrollTopTo(page, n) {
  const top = () => page.evaluate(() => { const ed = document.querySelector('.editor-instance .monaco-editor'); const y0 = ed.getBoundingClientRect().y;
    return Math.min(...[...ed.querySelectorAll('.margin-view-overlays .line-numbers')].filter((e) => e.getBoundingClientRect().y >= y0 - 2).map((e) => +e.textContent || 1e9)); });
  const eb = await page.locator('.editor-instance .monaco-editor').first().boundingBox();
  await page.mouse.move(eb.x + eb.width / 2, eb.y + eb.height / 2);
  for (let i = 0; i < 120; i++) {
    const t = await top();
    if (t === n) return t;
    await page.mouse.wheel(0, t < n ? 19 : -19);
    await page.waitForTimeout(60);
  }
  return top();
}

const outlineRows = (page) => page.locator('.outline-pane .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.innerText.replace(/\s+/g, ' ').trim()));
const statusItem = (page) => page.locator('.statusbar-item').filter({ hasText: /kerneopgave/i }).first();

async function shot(page, name, opts = {}) {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file, ...opts });
  log('screenshot', path.relative(REPO, file));
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  fs.mkdirSync(ART, { recursive: true });
  const { W, settings } = prepareWorkspace('ko-ck-', {
    'outline.collapseItems': 'alwaysExpand', 'editor.minimap.enabled': false, 'editor.stickyScroll.enabled': false,
  });
  report.build = { distTime: fs.statSync(path.join(REPO, 'dist', 'server.js')).mtime.toISOString(),
    head: (() => { try { return execFileSync('git', ['-C', REPO, 'rev-parse', '--short', 'HEAD']).toString().trim(); } catch { return '?'; } })() };
  const { child, base } = await startCodeServer(W, 'cockpit-code-server.log');
  let context, page;
  try {
    context = await chromium.launchPersistentContext(path.join(W, 'tmp', 'chromium'), {
      executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const outside = [];
    await context.route((u) => !u.href.startsWith(base) && !/^(data|blob):/.test(u.href), (route) => { outside.push(route.request().url()); return route.abort(); });
    page = context.pages()[0] || await context.newPage();
    const consoleErrors = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });

    const tNav = Date.now();
    await page.goto(`${base}/?folder=${encodeURIComponent(path.join(W, 'ws'))}`, { timeout: T });
    const item = page.getByRole('treeitem', { name: /medarbejdergrundlag\.md/ });
    await item.waitFor({ timeout: T });
    await item.click();
    await page.locator('.view-lines').filter({ hasText: 'dagplejens kerneopgave' }).first().waitFor({ timeout: T });
    const tOpen = Date.now();
    mark('workbenchToFileOpen', tNav);

    // ---- 1. code lenses + Outline
    await gotoLine(page, 28); // lines ~12-44 in view: all five units
    await waitFor(async () => (await codeLenses(page)).filter((l) => /^Version \d/.test(l.text)).length >= 5, 'five checklist code lenses');
    mark('codeLensesAfterOpen', tOpen);
    report.codeLenses = (await codeLenses(page)).map((l) => l.text);
    log('code lenses:', JSON.stringify(report.codeLenses));
    await palette(page, 'Explorer: Focus on Outline View', 'Explorer: Focus on Outline View');
    await page.locator('.outline-pane .monaco-list-row').first().waitFor({ timeout: T });
    const folderHeader = page.locator('.pane-header').filter({ hasText: /^ws$/i }).first();
    if (await folderHeader.count()) await folderHeader.click().catch(() => {});
    await dragSash(page, 350, 620);
    // only our symbols: fold the Markdown extension's own outline group
    const mdGroup = page.locator('.outline-pane .monaco-list-row', { hasText: /^Markdown Language Features$/ }).first();
    if (await mdGroup.count()) await mdGroup.locator('.monaco-tl-twistie').click().catch(() => {});
    // the outline rows of the five units carry the checklist as their detail
    await waitFor(async () => (await outlineRows(page)).filter((r) => /Version \d/.test(r)).length >= 5, 'outline rows with checklists', 15000)
      .catch((e) => log(String(e)));
    report.editorTopLine = await scrollTopTo(page, 12);
    await page.waitForTimeout(500);
    report.outlineRows = await outlineRows(page);
    report.codeLensesNarrow = (await codeLenses(page)).map((l) => l.text);
    log('outline:', JSON.stringify(report.outlineRows));
    await shot(page, 'codelens-outline.png');

    // ---- 2. checklist quick pick from the dagplejen unit's lens (version 1, dimensions missing)
    const lensFor = async (lineText) => page.evaluate((lineText) => {
      const line = [...document.querySelectorAll('.editor-instance .monaco-editor .view-line')].find((l) => l.offsetParent && l.textContent.replace(/\u00a0/g, ' ').includes(lineText));
      if (!line) return null;
      const ly = line.getBoundingClientRect().y;
      const lenses = [...document.querySelectorAll('.editor-instance .monaco-editor .codelens-decoration a')].filter((a) => a.offsetParent)
        .map((a) => ({ a, r: a.getBoundingClientRect() })).filter(({ r }) => r.y < ly).sort((p, q) => q.r.y - p.r.y);
      if (!lenses.length) return null;
      const { a, r } = lenses[0];
      return { text: a.textContent.replace(/\u00a0/g, ' ').trim(), x: r.x + Math.min(r.width / 2, 40), y: r.y + r.height / 2 };
    }, lineText);
    // (the geometric lookup failed once in five runs: then take the lens by its text, unique in this document)
    const lens = await waitFor(() => lensFor('Det er dagplejens kerneopgave'), 'lens above dagplejen', 5000).catch(async () => {
      log('DEBUG', JSON.stringify(await page.evaluate(() => [...document.querySelectorAll('.codelens-decoration')].map((l) => [Math.round(l.getBoundingClientRect().y), !!l.offsetParent, l.outerHTML.slice(0, 300)]))));
      const a = page.locator('.editor-instance .codelens-decoration a', { hasText: /^Version 1 .*✗ Værdi.*✓ Målgruppe/ }).first();
      const tw = Date.now();
      await a.waitFor({ timeout: 60000 });
      log('DEBUG clickable lens after', Date.now() - tw, 'ms more');
      const r = await a.boundingBox();
      log('lens found by its text');
      return { text: oneLine(await a.innerText()), x: r.x + Math.min(r.width / 2, 40), y: r.y + r.height / 2 };
    });
    report.clickedLens = lens.text;
    const tClick = Date.now();
    await page.mouse.click(lens.x, lens.y);
    const qi = page.locator('.quick-input-widget');
    await qi.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: T });
    mark('quickPickAfterClick', tClick);
    await page.waitForTimeout(300);
    report.quickPick = {
      title: await qi.locator('.quick-input-title').innerText().catch(() => ''),
      placeholder: await qi.locator('input').getAttribute('placeholder').catch(() => ''),
      items: await qi.locator('.quick-input-list .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.innerText.replace(/\s+/g, ' ').trim())),
    };
    log('quick pick:', JSON.stringify(report.quickPick));
    await shot(page, 'checklist-quickpick.png');
    await page.keyboard.press('Escape');
    await qi.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    await dragSash(page, 620, 350);

    // ---- 3. status bar item + tooltip
    const si = statusItem(page);
    await si.waitFor({ timeout: T });
    report.statusBar = oneLine(await si.innerText());
    report.statusBarAria = await si.getAttribute('aria-label');
    const sb = await si.boundingBox();
    await page.mouse.move(sb.x + sb.width / 2, sb.y + sb.height / 2);
    const tip = page.locator('.workbench-hover, .monaco-hover:not(.hidden)').filter({ visible: true }).filter({ hasText: /kerneopgave/i }).first();
    const tipShown = await tip.waitFor({ timeout: 10000 }).then(() => true).catch(() => false);
    report.statusTooltip = tipShown ? await tip.innerText() : '(no tooltip)';
    log('status bar:', JSON.stringify(report.statusBar), 'tooltip:', JSON.stringify(report.statusTooltip));
    await page.screenshot({ path: path.join(ART, 'statusbar-full.png') });
    {
      const tb = tipShown ? await tip.boundingBox() : sb;
      const x0 = Math.max(0, Math.min(tb.x, sb.x) - 380), y0 = Math.max(0, Math.min(tb.y, sb.y) - 20);
      await shot(page, 'statusbar.png', { clip: { x: x0, y: y0, width: 1280 - x0, height: 800 - y0 } });
    }
    await page.mouse.move(640, 300);

    // ---- 4. report on the workspace folder
    report.reportCommand = commandLabel('kerneopgave.report');
    const tReport = Date.now();
    await palette(page, report.reportCommand, report.reportCommand);
    const untitledTab = page.locator('.tabs-container .tab', { hasText: /Untitled/ }).first();
    await untitledTab.waitFor({ timeout: T });
    await page.locator('.editor-instance .view-lines').filter({ hasText: /\S/ }).first().waitFor({ timeout: T });
    mark('reportOpenedAfterCommand', tReport);
    report.reportTab = oneLine(await untitledTab.innerText());
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(ART, 'report-source.png') });
    // the whole text: select all + copy, read the clipboard
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press(`${mod}+a`);
    await page.keyboard.press(`${mod}+c`);
    const reportText = await page.evaluate(() => navigator.clipboard.readText()).catch((e) => '');
    if (reportText) { fs.writeFileSync(path.join(ART, 'report.md'), reportText); report.reportFirstLines = reportText.split('\n').slice(0, 8); }
    else report.reportFirstLines = await page.locator('.editor-instance .view-line').evaluateAll((ls) => ls.slice(0, 8).map((l) => l.textContent));
    log('report:', JSON.stringify(report.reportFirstLines));
    await page.keyboard.press('ArrowUp');
    await palette(page, 'Markdown: Open Preview', 'Markdown: Open Preview');
    const tPrev = Date.now();
    const firstHeading = (reportText.match(/^#+\s+(.+)$/m) || [])[1] || 'Kerneopgave';
    const previewFrame = await waitFor(async () => {
      for (const f of page.frames()) {
        const t = await f.evaluate(() => document.querySelector('.markdown-body, body.vscode-body') ? document.body.innerText : '').catch(() => '');
        if (t && t.includes(firstHeading.slice(0, 20))) return f;
      }
      return null;
    }, 'markdown preview');
    mark('previewAfterCommand', tPrev);
    await palette(page, 'View: Toggle Primary Side Bar Visibility', 'Toggle Primary Side Bar Visibility');
    await page.mouse.move(640, 500); // no tab tooltip
    await page.waitForTimeout(800); // fonts/layout inside the webview
    report.previewFirstText = (await previewFrame.evaluate(() => document.body.innerText)).split('\n').filter(Boolean).slice(0, 6);
    await shot(page, 'report.png');

    // ---- 5. English: kerneopgave.language = auto (code-server's UI is English)
    await palette(page, 'View: Close Editor', 'View: Close Editor'); // the preview (it would follow the active editor)
    await page.locator('.tabs-container .tab', { hasText: 'medarbejdergrundlag.md' }).first().click();
    await page.keyboard.press(`${mod}+Shift+M`);
    const problemsText = () => page.locator('.markers-panel').innerText().catch(() => '');
    await waitFor(async () => /aktivitet-uden-effekt/.test(await problemsText()), 'Problems panel');
    report.problemsDanishSample = (await page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.slice(1, 3).map((r) => r.innerText.replace(/\s+/g, ' '))));
    const english = () => problemsText().then((t) => /the citizen|what effect/i.test(t));
    // a workspace setting (an outside write to the user settings.json was not noticed by code-server within 20 s)
    const tLang = Date.now();
    fs.mkdirSync(path.join(W, 'ws', '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(W, 'ws', '.vscode', 'settings.json'), JSON.stringify({ 'kerneopgave.language': 'auto' }));
    await waitFor(english, 'English diagnostics after the settings change', 30000);
    mark('englishDiagnosticsAfterSettingChange', tLang);
        report.codeLensesEnglishWithoutEdit = await waitFor(async () => (await codeLenses(page)).some((l) => /Value/.test(l.text)), 'English code lenses', 5000).then(() => true, () => false);
    report.codeLensesRightAfterSwitch = (await codeLenses(page)).map((l) => l.text);
    report.outlineRightAfterSwitch = await outlineRows(page);
    report.statusBarAfterSwitch = oneLine(await statusItem(page).innerText().catch(() => ''));
    await page.screenshot({ path: path.join(ART, 'english-after-switch.png') });
    if (!report.codeLensesEnglishWithoutEdit) {
      // the lenses were not asked for again: an edit (type + undo) makes VS Code request them
      log('code lenses still Danish 5 s after the switch; edit + undo');
      await gotoLine(page, 30);
      await page.keyboard.type(' ');
      await page.keyboard.press(`${mod}+z`);
      const tEdit = Date.now();
      await waitFor(async () => (await codeLenses(page)).some((l) => /Value/.test(l.text)), 'English code lenses after an edit', 20000).catch((e) => log(String(e)));
      mark('englishCodeLensesAfterEdit', tEdit);
    }
    report.codeLensesEnglish = (await codeLenses(page)).map((l) => l.text);
    report.problemsEnglish = await page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.slice(0, 6).map((r) => r.innerText.replace(/\s+/g, ' ')));
    await page.screenshot({ path: path.join(ART, 'english-problems.png') });
    await palette(page, 'View: Toggle Primary Side Bar Visibility', 'Toggle Primary Side Bar Visibility'); // (hidden since the report) back
    await palette(page, 'View: Toggle Primary Side Bar Visibility', 'Toggle Primary Side Bar Visibility'); // and hidden again: room
    const L = 'Det er dagplejens kerneopgave at tilbyde';
    await gotoLine(page, 31);
    await waitFor(async () => { const b = await wordBox(page, L, 'tilbyde'); const s = b && await squigglesOver(page, b); return s && s.length ? s : null; }, 'squiggle on tilbyde');
    report.hoverEnglish = await hoverWord(page, L, 'tilbyde', 'Read more');
    log('english hover:', JSON.stringify(report.hoverEnglish));
    await shot(page, 'english.png');
    await page.mouse.move(2, 400);
    await page.keyboard.press('Escape');

    report.outsideRequests = outside;
    report.consoleErrors = consoleErrors.map((e) => e.slice(0, 300));
    report.total = since();
    log('DONE');
  } catch (e) {
    console.error('COCKPIT FAILED:', e);
    report.error = String(e);
    try { await page.screenshot({ path: path.join(ART, 'cockpit-failure.png') }); } catch {}
    process.exitCode = 1;
  } finally {
    fs.writeFileSync(path.join(ART, 'cockpit.json'), JSON.stringify(report, null, 2));
    try { if (context) await context.close(); } catch {}
    try { process.kill(-child.pid, 'SIGTERM'); } catch {}
    await new Promise((r) => setTimeout(r, 1000));
    try { fs.rmSync(path.join(ART, 'cockpit-vscode-logs'), { recursive: true, force: true }); fs.cpSync(path.join(W, 'ud', 'logs'), path.join(ART, 'cockpit-vscode-logs'), { recursive: true }); } catch {}
    if (!process.env.KEEP) fs.rmSync(W, { recursive: true, force: true }); else log('kept', W);
  }
}
main();
