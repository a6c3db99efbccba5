// The playground's worker (web/playground/worker.ts) as the page gets it: bundled for a Web Worker, run in a bare
// context (no DOM, no Node), asked over postMessage. And the build's check that a worker bundle loads without a DOM.
import { build } from 'esbuild';
import * as vm from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the build helpers are plain JavaScript without declarations
import { assertLoadsInWorker } from '../scripts/browser-check.mjs';
// @ts-expect-error the build helpers are plain JavaScript without declarations
import { packedModule, packedTaggerData } from '../scripts/packed-data.mjs';
import * as fs from 'node:fs';
import { unpackJson } from '../web/playground/unpack';
import type { LintResponse } from '../web/playground/protocol';

describe('the tagger data packed for the playground', () => {
  it.each(['model.json', 'ordbog.json'])('unpacks %s to the JSON it was packed from, in under half the bytes', (name) => {
    const file = `server/src/core/data/tagger/${name}`;
    const source = packedModule(file) as string;
    const packed = /unpackJson\("([A-Za-z0-9+/=]+)"\)/.exec(source)?.[1];
    expect(packed).toBeDefined();
    expect(unpackJson(packed!)).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
    expect(source.length).toBeLessThan(fs.statSync(file).size * 0.6);
  });
});

async function workerBundle(): Promise<string> {
  const result = await build({
    entryPoints: ['web/playground/worker.ts'], bundle: true, platform: 'browser', format: 'iife', target: 'es2022',
    write: false, conditions: ['worker'], logLevel: 'silent', plugins: [packedTaggerData],
  });
  return result.outputFiles[0].text;
}

/** Starts the bundle in a context with only a worker's globals; returns a function that sends one request. */
function startWorker(code: string): (text: string, locale: 'da' | 'en') => Promise<LintResponse> {
  let listener: ((event: { data: unknown }) => void) | undefined;
  let reply: ((r: LintResponse) => void) | undefined;
  const self = {
    addEventListener: (type: string, l: (event: { data: unknown }) => void) => { if (type === 'message') listener = l; },
    postMessage: (m: LintResponse) => reply?.(m),
  };
  const context: Record<string, unknown> = { self, console, setTimeout, clearTimeout, TextEncoder, TextDecoder, URL, atob, performance };
  context.globalThis = context;
  vm.runInNewContext(code, context);
  let id = 0;
  return (text, locale) => new Promise((resolve) => {
    reply = resolve;
    listener!({ data: { id: ++id, text, locale } });
  });
}

describe('the playground worker', () => {
  it('answers a bare version-1 statement with its question and checklist, in Danish and English', async () => {
    const ask = startWorker(await workerBundle());
    const text = 'Kerneopgaven er at tilbyde undervisning til eleverne.';
    const da = await ask(text, 'da');
    expect(da.error).toBeUndefined();
    const v1 = da.findings.find((f) => f.ruleId === 'aktivitet-uden-effekt');
    expect(v1?.message).toBe('»tilbyde« beskriver jeres indsats. Hvilken effekt skal den have for »eleverne«?');
    expect(text.slice(v1!.from, v1!.to)).toBe('tilbyde');
    expect(v1?.title).toBe('Aktivitet uden effekt');
    expect(da.units).toHaveLength(1);
    expect(da.units[0]).toMatchObject({ version: 1, dimensions: { vaerdi: false, ambition: false, tilgang: false, maalgruppe: true }, complete: false });
    expect(da.units[0].lixBand).toMatch(/svær|middel|let/);
    const en = await ask(text, 'en');
    expect(en.findings.find((f) => f.ruleId === 'aktivitet-uden-effekt')?.message).toBe('»tilbyde« describes what you do. What effect should it have for »eleverne«?');
    expect(en.units[0].dimensionNames.map((d) => d.name)).toEqual(['Value', 'Ambition', 'Approach', 'Target group']);
  });

  it('reads a text without a label as one kerneopgave, one with labels as a document', async () => {
    const ask = startWorker(await workerBundle());
    const bare = await ask('Vi underviser de yngste elever.', 'da');
    expect(bare.mode).toBe('file');
    expect(bare.findings.some((f) => f.ruleId === 'aktivitet-uden-effekt')).toBe(true);
    const doc = await ask('# Skolen\n\nVores kerneopgave er at undervise eleverne.\n\nVi har en stor gymnastiksal.\n', 'da');
    expect(doc.mode).toBe('document');
    expect(doc.units.map((u) => u.title)).toEqual(['Vores kerneopgave er at undervise eleverne.']);
  });

  it('reads Word bullets as list items (one statement each) and keeps the offsets of the pasted text', async () => {
    const ask = startWorker(await workerBundle());
    const text = 'Vores kerneopgaver:\n•\tAt tilbyde undervisning til eleverne.\n•\tAt passe børnene.\n';
    const r = await ask(text, 'da');
    expect(r.units.map((u) => u.title)).toEqual(['At tilbyde undervisning til eleverne.', 'At passe børnene.']);
    const words = r.findings.filter((f) => f.ruleId === 'aktivitet-uden-effekt').map((f) => text.slice(f.from, f.to));
    expect(words).toEqual(['tilbyde', 'passe']);
  });
});

describe('assertLoadsInWorker', () => {
  it('refuses a bundle that needs the DOM when it loads and accepts one that does not', async () => {
    await expect(assertLoadsInWorker('dom', 'const e = document.createElement("i");')).rejects.toThrow(/does not load in a Web Worker.*document is not defined/);
    await expect(assertLoadsInWorker('clean', 'self.addEventListener("message", () => {});')).resolves.toBeUndefined();
  });
});
