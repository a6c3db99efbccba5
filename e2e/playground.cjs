#!/usr/bin/env node
// The playground (dist/web/index.html, built by npm run build) in headless Chromium, opened twice: from file:// and
// from a small static http server on 127.0.0.1. Each time: the example shows a question, a typed version-1 statement
// gets its question within 2 s (the time is printed), the hover shows the why, the checklist shows, the English
// switch works, and no request leaves the page (only file:, blob:, data: and the local server are allowed).
// Writes ${E2E_ARTIFACTS}/playground.json ({ passed, failed, checks }) and playground.png (the hover, in Danish);
// with E2E_UPDATE_DOCS=1 also docs/images/playground.png. Exit code 1 if any check failed.
//
// Usage: node e2e/playground.cjs      (after npm run build; tools from e2e/setup.sh; run by e2e/run.sh)
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { pathToFileURL } = require('url');
const { assert, checkRunner, REPO, E2E_HOME, ART, log, waitFor } = require('./lib.cjs');

const { chromium } = require(path.join(E2E_HOME, 'tools', 'node_modules', 'playwright-core'));
const WEB = path.join(REPO, 'dist', 'web');
const PAGE = path.join(WEB, 'index.html');
const STATEMENT = 'Kerneopgaven er at tilbyde undervisning til eleverne.';
const QUESTION_DA = '»tilbyde« beskriver jeres indsats. Hvilken effekt skal den have for »eleverne«?';
const QUESTION_EN = '»tilbyde« describes what you do. What effect should it have for »eleverne«?';
const BUDGET_MS = 2000;

const { checks, check } = checkRunner();

/** A static file server for dist/web on 127.0.0.1 (what `npx serve dist/web` would do). */
function serve(dir) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png' };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const file = path.join(dir, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The box of `word` in the editor's text (CodeMirror splits the line into spans at the underlines). */
function wordBox(page, word) {
  return page.evaluate((word) => {
    const content = document.querySelector('.cm-content');
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    const nodes = []; let text = '';
    for (let n; (n = walker.nextNode());) { nodes.push([n, text.length]); text += n.data; }
    const idx = text.indexOf(word);
    if (idx < 0) return null;
    const at = (off) => { for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= off) return [nodes[i][0], off - nodes[i][1]]; };
    const range = document.createRange();
    range.setStart(...at(idx)); range.setEnd(...at(idx + word.length));
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, word);
}

async function run(browser, label, url, allowed, shotName) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 960 }, locale: 'da-DK' });
  const page = await context.newPage();
  const requests = [];
  const outside = [];
  page.on('request', (r) => { requests.push(r.url()); if (!allowed(r.url())) outside.push(r.url()); });
  // workers' requests too (a worker's importScripts/fetch would show here)
  context.on('request', (r) => { if (!allowed(r.url()) && !outside.includes(r.url())) outside.push(r.url()); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const questions = page.locator('#questions-list li');
  try {
    await check(`${label}: the page opens and the example draft shows a question`, async () => {
      await page.goto(url);
      await page.locator('.cm-content').waitFor();
      await questions.filter({ hasText: 'beskriver jeres indsats' }).first().waitFor({ timeout: 10_000 });
      return JSON.stringify(await questions.first().innerText());
    });

    await check(`${label}: a typed version-1 statement gets its question within ${BUDGET_MS} ms`, async () => {
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Delete');
      await page.locator('.cm-placeholder').waitFor({ timeout: 5000 });
      await page.locator('#questions-list li.empty').waitFor({ timeout: 5000 });
      await page.keyboard.type(STATEMENT);
      const typed = Date.now();
      const item = questions.filter({ hasText: QUESTION_DA }).first();
      await item.waitFor({ timeout: 10_000 });
      await page.locator('.cm-lintRange-warning').first().waitFor({ timeout: 10_000 });
      const ms = Date.now() - typed;
      log(`${label}: question ${ms} ms after the last keystroke`);
      assert((await item.getAttribute('data-rule')) === 'aktivitet-uden-effekt', 'the question is not from aktivitet-uden-effekt');
      assert(ms <= BUDGET_MS, `the question came after ${ms} ms`);
      return `${ms} ms`;
    });

    await check(`${label}: hovering »tilbyde« shows the question and why`, async () => {
      const box = await wordBox(page, 'tilbyde');
      assert(box, '»tilbyde« not in the editor');
      await page.mouse.move(box.x + box.width / 2 - 2, box.y + box.height / 2);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const tip = page.locator('.cm-tooltip-lint').filter({ hasText: QUESTION_DA }).first();
      await tip.waitFor({ timeout: 5000 });
      const text = await tip.innerText();
      assert(text.includes('Aktivitet uden effekt'), `no rule title in ${JSON.stringify(text)}`);
      if (shotName) await page.screenshot({ path: path.join(ART, shotName) });
      return JSON.stringify(text.slice(0, 120));
    });

    await check(`${label}: the checklist shows version 1, the four dimensions and LIX`, async () => {
      const unit = page.locator('#checklist-units .unit').first();
      await unit.waitFor({ timeout: 5000 });
      const text = await unit.innerText();
      for (const want of ['Version 1', 'Værdi', 'Ambition', 'Tilgang', 'Målgruppe']) assert(text.includes(want), `checklist lacks ${want}: ${JSON.stringify(text)}`);
      assert(/LIX \d+/.test(text), `no LIX in ${JSON.stringify(text)}`);
      assert((await unit.locator('.dimensions li').count()) === 4, 'not four dimensions');
      return text.split('\n').filter(Boolean).slice(0, 3).join(' | ');
    });

    await check(`${label}: the English switch translates the page and the questions`, async () => {
      await page.mouse.move(2, 2);
      await page.locator('button[data-locale="en"]').click();
      await questions.filter({ hasText: QUESTION_EN }).first().waitFor({ timeout: 5000 });
      assert((await page.locator('html').getAttribute('lang')) === 'en', 'html lang is not en');
      assert((await page.locator('#questions-heading').innerText()) === 'Questions', 'the heading is not translated');
      const unit = await page.locator('#checklist-units .unit').first().innerText();
      assert(unit.includes('Target group') && unit.includes('Approach'), `checklist not in English: ${JSON.stringify(unit)}`);
      assert((await page.locator('button[data-locale="en"]').getAttribute('aria-pressed')) === 'true', 'aria-pressed not set');
      if (shotName) await page.screenshot({ path: path.join(ART, shotName.replace('.png', '-en.png')) });
      await page.locator('button[data-locale="da"]').click();
      await questions.filter({ hasText: QUESTION_DA }).first().waitFor({ timeout: 5000 });
    });

    await check(`${label}: keyboard and labels: the editor is labelled, Tab reaches a question, Enter selects its words`, async () => {
      const name = await page.evaluate(() => {
        const c = document.querySelector('.cm-content');
        return (c.getAttribute('aria-labelledby') || '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
      });
      assert(name === 'Jeres formulering', `editor label ${JSON.stringify(name)}`);
      await page.locator('#clear').focus();
      // Tab from the clear button: the question list comes next (the status line is not focusable)
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.className);
      assert(focused === 'question', `Tab went to ${JSON.stringify(focused)}`);
      await page.keyboard.press('Enter');
      const selected = await page.evaluate(() => window.getSelection()?.toString());
      return `selected ${JSON.stringify(selected)}`;
    });

    await check(`${label}: text pasted from Word (bullets) gives a checklist per item`, async () => {
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+a');
      // what Word puts on the clipboard as text/plain for a bulleted list
      await page.evaluate((text) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        document.querySelector('.cm-content').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, 'Vores kerneopgaver:\r\n•\tAt tilbyde undervisning til eleverne.\r\n•\tAt passe børnene.\r\n');
      const titles = page.locator('#checklist-units .unit .unit-title');
      await waitFor(async () => (await titles.count()) === 2, 'two checklists', 5000)
        .catch(async (e) => { throw new Error(`${e.message}: ${JSON.stringify(await titles.allInnerTexts())}`); });
      const got = await titles.allInnerTexts();
      assert(JSON.stringify(got) === JSON.stringify(['»At tilbyde undervisning til eleverne.«', '»At passe børnene.«']), `checklists ${JSON.stringify(got)}`);
      return got.join(' ');
    });

    await check(`${label}: no request left the page, no errors`, async () => {
      assert(outside.length === 0, `requests outside: ${JSON.stringify(outside)}`);
      assert(errors.length === 0, `page errors: ${JSON.stringify(errors)}`);
      return `${requests.length} requests, all local: ${[...new Set(requests.map((u) => u.split(':')[0]))].join(', ')}`;
    });
  } finally {
    await context.close();
  }
}

async function main() {
  fs.mkdirSync(ART, { recursive: true });
  if (!fs.existsSync(PAGE)) throw new Error(`${PAGE} is missing: run npm run build first`);
  const server = await serve(WEB);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const local = /^(file|blob|data):/;
    await run(browser, 'file://', pathToFileURL(PAGE).href, (u) => local.test(u), null);
    await run(browser, 'http', `${base}/index.html`, (u) => local.test(u) || u.startsWith(base + '/'), 'playground.png');
  } finally {
    await browser.close();
    server.close();
    const passed = checks.filter((c) => c.ok).length, failed = checks.length - passed;
    fs.writeFileSync(path.join(ART, 'playground.json'), JSON.stringify({ passed, failed, checks }, null, 2));
    if (process.env.E2E_UPDATE_DOCS === '1' && failed === 0 && fs.existsSync(path.join(ART, 'playground.png'))) {
      fs.copyFileSync(path.join(ART, 'playground.png'), path.join(REPO, 'docs', 'images', 'playground.png'));
      log('docs/images/playground.png updated');
    }
    log(`playground: ${passed} passed, ${failed} failed`);
    process.exitCode = failed ? 1 : 0;
  }
}
main().catch((e) => { console.error(e); process.exitCode = 1; });
