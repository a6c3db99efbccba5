#!/usr/bin/env node
// Screenshots of the extension in a real VS Code (code-server 4.139.1 = VS Code 1.139.1), driven by Playwright.
// See e2e/README.md for the recipe and its pitfalls. Nothing is installed in the repo: the tools live in $KERNEOPGAVE_E2E_HOME
// (default ~/.cache/kerneopgave-e2e), the extension and the workspace are copied to a temp dir per run.
//
// One-time setup (outside the repo): bash e2e/setup.sh
// Run (after `npm run build`):  node e2e/screenshots.cjs [outDir]      (default outDir: docs/images)
// Env: KERNEOPGAVE_E2E_HOME, E2E_ARTIFACTS (logs, report.json, extra PNGs; default e2e/artifacts), KEEP=1 keeps the temp dir,
//      KO_LANG (kerneopgave.language, default da: code-server has no Danish UI offline, so "auto" would give English).
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
const report = {};

async function hoverWord(page, lineText, word, nth = 0, expect, { attempts = 4, timeout = 20000 } = {}) {
  // CodeLenses arrive after the diagnostics and push the lines down: wait until the word stops moving, and retry
  // when the layout changed under the mouse.
  let lastError;
  for (let attempt = 0; attempt < attempts; attempt++) {
    await page.mouse.move(2, 400);
    await page.waitForTimeout(300);
    const box = await stableBox(page, lineText, word, nth);
    if (!box) throw new Error(`word ${word} not found in line ${lineText}`);
    const cx = box.x + Math.min(box.width / 2, 20), cy = box.y + box.height / 2;
    await page.mouse.move(cx - 3, cy);
    await page.mouse.move(cx, cy);
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ visible: true }).first();
    try {
      await hover.waitFor({ timeout });
      // the language server's part arrives after the diagnostics part ("Loading..." until then)
      await waitFor(async () => !/Loading\.\.\./.test(await hover.innerText({ timeout: 2000 })), 'hover to finish loading', 15000).catch(() => {});
      if (expect) await page.locator('.monaco-hover:not(.hidden)').filter({ hasText: expect }).first().waitFor({ timeout: 10000 }).catch(() => log(`hover without ${expect}`));
      await page.waitForTimeout(400); // layout
      const moved = await wordBox(page, lineText, word, nth);
      if (moved && Math.abs(moved.y - box.y) > 1) throw new Error('layout moved under the hover');
      return await hover.innerText({ timeout: 5000 });
    } catch (e) { lastError = e; log(`hover attempt ${attempt + 1} on ${word}: ${String(e).split('\n')[0]}`); }
  }
  throw lastError;
}

async function panelVisible(page) { return page.locator('.part.panel').filter({ visible: true }).count().then((n) => n > 0); }
async function hidePanel(page) { if (await panelVisible(page)) { await palette(page, 'View: Toggle Panel Visibility', 'Toggle Panel Visibility'); } }

// drag the side bar's sash (currently near x=fromX) to x=toX
async function dragSash(page, fromX, toX) {
  const sb = await page.evaluate((fromX) => [...document.querySelectorAll('.monaco-sash.vertical')].map((e) => e.getBoundingClientRect())
    .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })).find((r) => Math.abs(r.x + r.width / 2 - fromX) < 12 && r.height > 300), fromX);
  if (!sb) return false;
  await page.mouse.move(sb.x + sb.width / 2, 400); await page.mouse.down();
  await page.mouse.move(toX, 400, { steps: 8 }); await page.mouse.up();
  await page.waitForTimeout(300);
  return true;
}

async function shot(page, name) {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file });
  log('screenshot', path.relative(REPO, file));
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const { W } = prepareWorkspace('ko-e2e-');
  const sha = (f) => require('crypto').createHash('sha256').update(fs.readFileSync(f)).digest('hex').slice(0, 12);
  report.build = { serverJs: sha(path.join(REPO, 'dist', 'server.js')), clientJs: sha(path.join(REPO, 'dist', 'client.js')),
    distTime: fs.statSync(path.join(REPO, 'dist', 'server.js')).mtime.toISOString(),
    head: (() => { try { return execFileSync('git', ['-C', REPO, 'rev-parse', '--short', 'HEAD']).toString().trim(); } catch { return '?'; } })() };
  log('build', JSON.stringify(report.build));
  const { child, base } = await startCodeServer(W);
  let context, page;
  const cleanup = async () => {
    try { if (context) await context.close(); } catch {}
    try { process.kill(-child.pid, 'SIGTERM'); } catch {}
    await new Promise((r) => setTimeout(r, 1000));
    try { fs.cpSync(path.join(W, 'ud', 'logs'), path.join(ART, 'vscode-logs'), { recursive: true }); } catch {}
    if (!process.env.KEEP) fs.rmSync(W, { recursive: true, force: true }); else log('kept', W);
  };
  try {
    const profile = path.join(W, 'tmp', 'chromium');
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const outside = [];
    await context.route((u) => !u.href.startsWith(base) && !/^(data|blob):/.test(u.href), (route) => {
      outside.push(route.request().url()); return route.abort();
    });
    page = context.pages()[0] || await context.newPage();
    const consoleErrors = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });

    const tNav = Date.now();
    await page.goto(`${base}/?folder=${encodeURIComponent(path.join(W, 'ws'))}`, { timeout: T });
    await page.locator('.monaco-workbench').waitFor({ timeout: T });
    log('workbench up');
    const item = page.getByRole('treeitem', { name: /medarbejdergrundlag\.md/ });
    await item.waitFor({ timeout: T });
    log('explorer up');
    await item.click();
    const tOpen = Date.now();
    await page.locator('.view-lines').filter({ hasText: 'dagplejens kerneopgave' }).first().waitFor({ timeout: T });
    log('medarbejdergrundlag.md open');

    // ---- 1. squiggle + hover on »tilbyde«
    const L = 'Det er dagplejens kerneopgave at tilbyde';
    await gotoLine(page, 31);
    await waitFor(() => wordBox(page, L, 'tilbyde'), 'line with tilbyde');
    const sq = await waitFor(async () => { const b = await wordBox(page, L, 'tilbyde'); const s = b && await squigglesOver(page, b); return s && s.length ? s : null; }, 'squiggle on tilbyde');
    report.firstSquiggle = { afterNavigation: (Date.now() - tNav) / 1000, afterOpen: (Date.now() - tOpen) / 1000 };
    log('squiggle on tilbyde:', JSON.stringify(sq), report.firstSquiggle);
    await page.waitForTimeout(1500); // give CodeLenses a moment to appear before measuring
    const tb = await stableBox(page, L, 'tilbyde');
    report.tilbydeBox = tb;
    report.squigglesOnLine31 = await squigglesOver(page, { x: 0, y: tb.y, width: 5000, height: tb.height });
    report.hoverTilbyde = await hoverWord(page, L, 'tilbyde', 0, 'Læs mere');
    log('hover tilbyde:', JSON.stringify(report.hoverTilbyde));
    // The hover fits on the page as it opens: the shot is taken then, and only if the hover is still showing
    // (moving the mouse to scroll it closed it, and the README showed no hover).
    if (!(await page.locator('.monaco-hover:not(.hidden)').filter({ visible: true, hasText: 'Læs mere' }).count())) throw new Error('the hover closed before the screenshot');
    await shot(page, 'squiggle-hover.png');
    await page.mouse.move(2, 400);
    await page.keyboard.press('Escape');

    // token scope of the red statement opener (artifacts only)
    { const b = await stableBox(page, L, 'tilbyde'); await page.mouse.click(b.x - 60, b.y + b.height / 2); }
    await palette(page, 'Developer: Inspect Editor Tokens and Scopes', 'Inspect Editor Tokens and Scopes');
    const insp = page.locator('.token-inspect-widget');
    if (await insp.waitFor({ timeout: 10000 }).then(() => true).catch(() => false)) {
      await page.waitForTimeout(500);
      report.tokenInspectOpener = await insp.innerText();
      await page.screenshot({ path: path.join(ART, 'token-inspect.png') });
    }
    await page.keyboard.press('Escape');

    // ---- 2. Problems panel
    await page.keyboard.press(`${mod}+Shift+M`);
    const markers = page.locator('.markers-panel');
    await markers.getByText('aktivitet-uden-effekt', { exact: false }).first().waitFor({ timeout: T });
    await page.waitForTimeout(500);
    const problemRows = () => page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') || r.innerText));
    report.problemsRows = await problemRows();
    report.statusBarProblems = await page.locator('#status\\.problems').innerText().catch(() => '');
    log('problems rows (visible):', report.problemsRows.length, 'status bar:', JSON.stringify(report.statusBarProblems));
    await shot(page, 'problems.png');
    // maximize the panel once to read every row (not a screenshot)
    await palette(page, 'View: Toggle Maximized Panel', 'Toggle Maximized Panel');
    await page.waitForTimeout(700);
    report.problemsRowsAll = await problemRows();
    await page.screenshot({ path: path.join(ART, 'problems-maximized.png') });
    await palette(page, 'View: Toggle Maximized Panel', 'Toggle Maximized Panel');
    await page.waitForTimeout(500);

    // ---- 3. quick fix on »tilbyde«
    await gotoLine(page, 31);
    const box = await stableBox(page, L, 'tilbyde');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('Escape');
    await page.keyboard.press(`${mod}+.`);
    const menu = page.locator('.action-widget');
    await menu.getByText('for dette udsagn', { exact: false }).first().waitFor({ timeout: T });
    await page.waitForTimeout(300);
    report.quickFixItems = await menu.locator('.monaco-list-row').evaluateAll((rows) => rows.map((r) => r.innerText.replace(/\s+/g, ' ').trim()));
    log('quick fix items:', JSON.stringify(report.quickFixItems));
    await shot(page, 'quickfix.png');
    const tApply = Date.now();
    await menu.locator('.monaco-list-row', { hasText: 'Slå »Aktivitet uden effekt« fra for dette udsagn' }).first().click();
    await page.locator('.view-lines').filter({ hasText: 'kerneopgave-disable aktivitet-uden-effekt' }).first().waitFor({ timeout: T });
    // the finding must leave the Problems panel (11 -> 10 warnings) ...
    await waitFor(async () => !(await problemRows()).some((r) => /tilbyde/.test(r)), 'aktivitet-uden-effekt for tilbyde to leave Problems', 15000)
      .then(() => { report.findingGoneAfterMs = Date.now() - tApply; }).catch((e) => { report.findingGone = String(e); });
    report.afterFixProblemsRows = await problemRows();
    report.afterFixStatusBar = await page.locator('#status\\.problems').innerText().catch(() => '');
    const tb2 = await stableBox(page, L, 'tilbyde');
    report.afterFixSquigglesOnTilbyde = await squigglesOver(page, tb2);
    report.afterFixLine = await page.evaluate((L) => [...document.querySelectorAll('.editor-instance .view-line')].map((l) => l.textContent.replace(/\u00a0/g, ' ')).find((t) => t.includes(L)), L);
    log('after fix:', JSON.stringify(report.afterFixLine), JSON.stringify(report.afterFixSquigglesOnTilbyde), report.afterFixStatusBar);
    // ... and from the hover over the word
    await page.mouse.move(2, 400);
    await page.waitForTimeout(500);
    await shot(page, 'after-quickfix.png');
    // (may be empty: without the finding there is nothing to say about the word)
    report.afterFixHoverTilbyde = await hoverWord(page, L, 'tilbyde', 0, undefined, { attempts: 1, timeout: 5000 }).catch(() => '(no hover)');
    log('after fix hover:', JSON.stringify(report.afterFixHoverTilbyde));
    await page.screenshot({ path: path.join(ART, 'after-quickfix-hover.png') });
    await page.mouse.move(2, 400);
    await page.keyboard.press('Escape');
    // undo the quick fix: the finding must come back
    { const b = await stableBox(page, L, 'tilbyde'); await page.mouse.click(b.x + 5, b.y + b.height / 2); }
    await page.keyboard.press(`${mod}+z`);
    const tUndo = Date.now();
    await waitFor(async () => (await problemRows()).some((r) => /tilbyde/.test(r)), 'finding back after undo', 15000)
      .then(() => { report.findingBackAfterUndoMs = Date.now() - tUndo; }).catch((e) => { report.findingBackAfterUndo = String(e); });
    report.afterUndoLine = await page.evaluate((L) => [...document.querySelectorAll('.editor-instance .view-line')].map((l) => l.textContent.replace(/\u00a0/g, ' ')).find((t) => t.includes(L)), L);
    log('after undo:', JSON.stringify(report.afterUndoLine), report.findingBackAfterUndoMs);

    // "Læs vejledningen til …" (quick fix) and "Læs mere" (hover link): where do they lead? (artifacts only)
    const closeEditor = () => palette(page, 'View: Close Editor', 'View: Close Editor');
    const guidanceTab = page.locator('.tabs-container .tab', { hasText: 'aktivitet-uden-effekt' }).first();
    {
      const b = await stableBox(page, L, 'tilbyde'); await page.mouse.click(b.x + 5, b.y + b.height / 2);
      await page.keyboard.press(`${mod}+.`);
      await menu.locator('.monaco-list-row', { hasText: 'Læs vejledningen til »Aktivitet uden effekt«' }).first().click();
      report.guidanceFromQuickFix = await guidanceTab.waitFor({ timeout: 15000 }).then(() => guidanceTab.innerText()).catch((e) => 'no tab: ' + String(e).split('\n')[0]);
      await page.waitForTimeout(1000);
      await page.screenshot({ path: path.join(ART, 'guidance-from-quickfix.png') });
      log('guidance (quick fix):', JSON.stringify(report.guidanceFromQuickFix));
      if (!/^no tab/.test(report.guidanceFromQuickFix)) await closeEditor();
    }
    {
      await page.locator('.tabs-container .tab', { hasText: 'medarbejdergrundlag.md' }).first().click();
      await hoverWord(page, L, 'tilbyde', 0, 'Læs mere');
      await page.locator('.monaco-hover:not(.hidden) a', { hasText: 'Læs mere' }).first().click();
      report.guidanceFromHoverLink = await guidanceTab.waitFor({ timeout: 15000 }).then(() => guidanceTab.innerText()).catch((e) => 'no tab: ' + String(e).split('\n')[0]);
      await page.waitForTimeout(1000);
      await page.screenshot({ path: path.join(ART, 'guidance-from-hover-link.png') });
      log('guidance (hover link):', JSON.stringify(report.guidanceFromHoverLink));
      if (!/^no tab/.test(report.guidanceFromHoverLink)) await closeEditor();
      await page.locator('.tabs-container .tab', { hasText: 'medarbejdergrundlag.md' }).first().click();
      await page.mouse.move(2, 400);
    }

    // ---- 6 (optional): hovers on a dimension heading and on »kerneopgave«
    await hidePanel(page);
    await gotoLine(page, 24);
    report.hoverMaalgruppe = await hoverWord(page, '### Målgruppen', 'Målgruppen', 0, 'Hvem');
    log('hover Målgruppen:', JSON.stringify(report.hoverMaalgruppe));
    await shot(page, 'hover-dimension.png');
    report.hoverKerneopgaveHeading = await hoverWord(page, '## Vores kerneopgave', 'kerneopgave', 0);
    log('hover kerneopgave (heading):', JSON.stringify(report.hoverKerneopgaveHeading));
    await page.screenshot({ path: path.join(ART, 'hover-kerneopgave-heading.png') });
    if (/den formelle kerneopgave:/.test(report.hoverKerneopgaveHeading)) await shot(page, 'hover-kerneopgave.png');
    else {
      await gotoLine(page, 11);
      report.hoverKerneopgaveProse = await hoverWord(page, 'Vi har drøftet kerneopgaven', 'kerneopgaven', 0, 'den formelle kerneopgave:');
      log('hover kerneopgaven (line 11):', JSON.stringify(report.hoverKerneopgaveProse));
      await shot(page, 'hover-kerneopgave.png');
    }
    await page.mouse.move(2, 400);

    // ---- 4. Outline
    await palette(page, 'Explorer: Focus on Outline View', 'Explorer: Focus on Outline View');
    await page.locator('.outline-pane .monaco-list-row').first().waitFor({ timeout: T });
    // collapse the folder tree so that the outline gets the room
    const folderHeader = page.locator('.pane-header[aria-label*="Explorer Section"], .pane-header').filter({ hasText: /^ws$/i }).first();
    if (await folderHeader.count()) await folderHeader.click().catch(() => {});
    // widen the side bar so that the checklist in the symbols' detail is readable
    await dragSash(page, 350, 900);
    await page.waitForTimeout(1000);
    report.outlineRows = await page.locator('.outline-pane .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.innerText.replace(/\s+/g, ' ').trim() + '   [aria: ' + (r.getAttribute('aria-label') || '') + ']'));
    log('outline rows:', report.outlineRows.length);
    await shot(page, 'outline.png');
    // the same symbols in the breadcrumbs / Go to Symbol picker (artifacts only)
    await page.locator('.editor-instance .monaco-editor').first().click({ position: { x: 200, y: 200 } });
    await page.keyboard.press(`${mod}+Shift+O`);
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: T }).catch(() => {});
    await page.waitForTimeout(700);
    report.gotoSymbolRows = await page.locator('.quick-input-list .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.innerText.replace(/\s+/g, ' ').trim()));
    await page.screenshot({ path: path.join(ART, 'goto-symbol.png') });
    await page.keyboard.press('Escape');
    await dragSash(page, 900, 350);

    // ---- 5. type a statement in a new untitled Markdown file
    await palette(page, 'File: New Untitled Text File', 'New Untitled Text File');
    await page.locator('.editor-instance .monaco-editor').first().waitFor({ timeout: T });
    await palette(page, 'Change Language Mode', 'Change Language Mode', false);
    await page.locator('.quick-input-widget input').waitFor({ timeout: T });
    await page.keyboard.type('Markdown');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: /^Markdown/ }).first().waitFor({ timeout: T });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T }).catch(() => {});
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    const V1 = 'Vores kerneopgave er at undervise eleverne i dansk.';
    const V2 = 'Vores kerneopgave er, at eleverne lærer at læse, så de kan deltage i fællesskabet.';
    await page.keyboard.type(V1, { delay: 15 });
    const tTyped = Date.now();
    const s1 = await waitFor(async () => { const b = await wordBox(page, 'Vores kerneopgave er at', 'undervise'); const s = b && await squigglesOver(page, b); return s && s.length ? s : null; }, 'squiggle on undervise');
    report.v1SquiggleAfterMs = Date.now() - tTyped;
    report.v1Squiggles = await squigglesOver(page, { ...(await stableBox(page, 'Vores kerneopgave er at', 'Vores')), x: 0, width: 5000 });
    log('v1 squiggle', JSON.stringify(s1), report.v1SquiggleAfterMs, 'ms');
    report.hoverV1 = await hoverWord(page, 'Vores kerneopgave er at', 'undervise', 0, 'Læs mere');
    log('hover v1:', JSON.stringify(report.hoverV1));
    await shot(page, 'type-statement-v1.png');
    await page.mouse.move(2, 400);
    await page.keyboard.press('Escape');
    await page.keyboard.press(`${mod}+Shift+M`);
    await page.locator('.markers-panel').waitFor({ timeout: T });
    await page.waitForTimeout(500);
    const twistie = page.locator('.markers-panel .monaco-list-row', { hasText: 'medarbejdergrundlag.md' }).locator('.monaco-tl-twistie').first();
    if (await twistie.count()) { await twistie.click({ force: true, timeout: 5000 }).catch(() => {}); await page.waitForTimeout(300); }
    const untitledRows = async () => { const rows = await problemRows(); const i = rows.findIndex((r) => /in file Untitled/i.test(r)); if (i < 0) return []; const out = [rows[i]];
      for (const r of rows.slice(i + 1)) { if (/problems? in file/.test(r)) break; out.push(r); } return out; };
    report.v1Problems = await untitledRows();
    report.v1Outline = await page.locator('.outline-pane .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.innerText.replace(/\s+/g, ' ').trim())).catch(() => []);
    log('v1 problems:', JSON.stringify(report.v1Problems));
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press(`${mod}+a`);
    await page.keyboard.type(V2, { delay: 15 });
    const tTyped2 = Date.now();
    await page.locator('.view-lines').filter({ hasText: 'fællesskabet.' }).first().waitFor({ timeout: T });
    await waitFor(async () => !(await problemRows()).some((r) => /undervise/.test(r)),
      'v2: aktivitet-uden-effekt gone from Problems', 15000)
      .then(() => { report.v2FindingGoneAfterMs = Date.now() - tTyped2; }).catch((e) => { report.v2FindingGone = String(e); });
    await page.waitForTimeout(1500);
    const vb = await stableBox(page, 'Vores kerneopgave er,', 'Vores');
    report.v2Squiggles = await squigglesOver(page, { ...vb, x: 0, width: 5000 });
    report.v2Problems = await untitledRows();
    report.v2Outline = await page.locator('.outline-pane .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.innerText.replace(/\s+/g, ' ').trim())).catch(() => []);
    log('v2 squiggles:', JSON.stringify(report.v2Squiggles), 'v2 problems:', JSON.stringify(report.v2Problems));
    await shot(page, 'type-statement.png');
    report.hoverV2 = await hoverWord(page, 'Vores kerneopgave er,', 'lærer', 0, undefined, { attempts: 1, timeout: 5000 }).catch(() => '(no hover)');
    await page.screenshot({ path: path.join(ART, 'type-statement-v2-hover.png') });
    await page.mouse.move(2, 400);

    // ---- the extension's own command: restart the language server
    report.restartCommand = commandLabel('kerneopgave.restartServer');
    await palette(page, report.restartCommand, report.restartCommand);
    report.restartNotification = await page.locator('.notifications-toasts').getByText(/genstartet|restarted/).first()
      .waitFor({ timeout: 20000 }).then(() => page.locator('.notifications-toasts').innerText()).catch((e) => 'no notification: ' + String(e).split('\n')[0]);
    log('restart:', JSON.stringify(report.restartNotification));
    await page.screenshot({ path: path.join(ART, 'restart.png') });
    const tRestart = Date.now();
    await waitFor(async () => (await page.locator('.markers-panel').innerText().catch(() => '')).includes('dimension-ambition'), 'diagnostics back after restart', 30000)
      .then(() => { report.diagnosticsBackAfterRestartMs = Date.now() - tRestart; }).catch((e) => { report.diagnosticsBackAfterRestart = String(e); });
    await page.waitForTimeout(1000);
    report.afterRestartStatusBar = await page.locator('#status\\.problems').innerText().catch(() => '');
    log('after restart:', report.diagnosticsBackAfterRestartMs, JSON.stringify(report.afterRestartStatusBar));
    await page.screenshot({ path: path.join(ART, 'restart-after.png') });

    // ---- output channel of the extension (activation / server errors)
    await palette(page, 'Output: Show Output Channels', 'Show Output Channels');
    await page.keyboard.type('Kerneopgave');
    const ch = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Kerneopgave' }).first();
    if (await ch.waitFor({ timeout: 5000 }).then(() => true).catch(() => false)) {
      await page.keyboard.press('Enter');
      await page.waitForTimeout(1000);
      report.outputChannel = await page.locator('.output-view .view-lines, .panel .view-lines').first().innerText().catch((e) => String(e));
    } else { report.outputChannel = '(no Kerneopgave channel in the list)'; await page.keyboard.press('Escape'); }

    report.outsideRequests = outside;
    report.consoleErrors = consoleErrors.map((e) => e.slice(0, 300));
    report.total = since();
    fs.writeFileSync(path.join(ART, 'report.json'), JSON.stringify(report, null, 2));
    log('DONE');
  } catch (e) {
    console.error('E2E FAILED:', e);
    try { await page.screenshot({ path: path.join(ART, 'failure.png') }); } catch {}
    fs.writeFileSync(path.join(ART, 'report.json'), JSON.stringify(report, null, 2));
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
}
main();
