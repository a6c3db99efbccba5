// A small LSP client over stdio for the benchmark (the approach of test/helpers/lsp-client.ts): spawns the
// server, frames JSON-RPC, answers the server's requests (workspace/configuration with null per item, so the
// server uses its defaults) and timestamps every publishDiagnostics the moment its bytes arrive.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';

interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: any;
  result?: unknown;
  error?: { code: number; message: string };
}

export interface Published {
  uri: string;
  version: number | undefined;
  count: number;
  at: number;
}

export class BenchClient {
  readonly child: ChildProcessWithoutNullStreams;
  readonly spawnedAt: number;
  /** Every publishDiagnostics, in order of arrival. */
  readonly published: Published[] = [];
  /** Server-to-client requests by method, and how many of them we answered. */
  readonly serverRequests = new Map<string, number>();
  stderr = '';
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private buffer: Buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private waiters: { check(): boolean; fail(e: Error): void }[] = [];

  constructor(serverPath: string, priority: number | undefined) {
    this.spawnedAt = performance.now();
    this.child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: 'pipe' });
    if (priority !== undefined && this.child.pid) {
      try {
        os.setPriority(this.child.pid, priority);
      } catch {
        // not permitted: run at the default priority
      }
    }
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk, performance.now()));
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    this.child.stdin.on('error', () => undefined);
    this.child.on('exit', (code, signal) => {
      this.exit = { code, signal };
      const error = new Error(`the server exited (code ${code}, signal ${signal})${this.stderrTail()}`);
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
      for (const w of this.waiters) w.fail(error);
      this.waiters = [];
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** VmRSS and VmHWM of the server process, in bytes. */
  memory(): { rss: number; hwm: number } {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  }

  /**
   * The server's main (JavaScript) thread from /proc/<pid>/schedstat: time on a CPU and time waiting in the run
   * queue, in ms. On-CPU time is what the server's code cost; the run-queue wait is what the machine's load added.
   */
  schedstat(): { cpu: number; wait: number } {
    try {
      const [cpu, wait] = readFileSync(`/proc/${this.pid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
      return { cpu: cpu / 1e6, wait: wait / 1e6 };
    } catch {
      return { cpu: NaN, wait: NaN };
    }
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (this.exit) return reject(new Error(`cannot send ${method}: the server has exited${this.stderrTail()}`));
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** initialize (the capabilities of a modern editor: pull configuration, versioned diagnostics), then initialized. */
  async initialize(): Promise<void> {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      locale: 'da',
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: false },
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        },
        window: { workDoneProgress: true },
      },
    });
    this.notify('initialized', {});
  }

  /** Resolves with the first publishDiagnostics for uri and version that arrived at or after index `from`. */
  diagnostics(uri: string, version: number, timeoutMs: number, from = 0): Promise<Published> {
    let found: Published | undefined;
    const check = () => {
      for (let i = from; i < this.published.length; i++) {
        const p = this.published[i];
        if (p.uri === uri && p.version === version) {
          found = p;
          return true;
        }
      }
      return false;
    };
    return this.waitFor(`publishDiagnostics for ${uri} version ${version}`, check, timeoutMs).then(() => found!);
  }

  waitFor(what: string, check: () => boolean, timeoutMs: number): Promise<void> {
    if (check()) return Promise.resolve();
    if (this.exit) return Promise.reject(new Error(`waiting for ${what}, but the server has exited${this.stderrTail()}`));
    return new Promise((resolve, reject) => {
      const waiter = {
        check: () => {
          if (!check()) return false;
          clearTimeout(timer);
          resolve();
          return true;
        },
        fail: (e: Error) => {
          clearTimeout(timer);
          reject(new Error(`waiting for ${what}: ${e.message}`));
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${this.stderrTail()}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** shutdown + exit, then SIGKILL if it lingers. */
  async close(): Promise<void> {
    if (!this.exit) {
      const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      try {
        await Promise.race([this.request('shutdown', null), new Promise((_, reject) => setTimeout(() => reject(new Error('shutdown timeout')), 5000))]);
        this.notify('exit', null);
      } catch {
        // killed below
      }
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  }

  stderrTail(): string {
    const tail = this.stderr.trim().slice(-1500);
    return tail ? `\n--- server stderr ---\n${tail}` : '';
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private onData(chunk: Buffer, at: number): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const match = /Content-Length:\s*(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'));
      if (!match) throw new Error('bad header from the server');
      const start = headerEnd + 4;
      const length = Number(match[1]);
      if (this.buffer.length < start + length) return;
      const message = JSON.parse(this.buffer.subarray(start, start + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(start + length);
      this.dispatch(message, at);
    }
  }

  private dispatch(message: Message, at: number): void {
    if (message.method !== undefined && message.id !== undefined && message.id !== null) {
      this.serverRequests.set(message.method, (this.serverRequests.get(message.method) ?? 0) + 1);
      const result = message.method === 'workspace/configuration' ? (message.params?.items ?? []).map(() => null) : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
    } else if (message.method === 'textDocument/publishDiagnostics') {
      const p = message.params;
      this.published.push({ uri: p.uri, version: p.version, count: p.diagnostics.length, at });
    } else if (message.method === undefined && typeof message.id === 'number') {
      const p = this.pending.get(message.id);
      if (p) {
        this.pending.delete(message.id);
        if (message.error) p.reject(new Error(`${message.error.code} ${message.error.message}`));
        else p.resolve(message.result ?? null);
      }
    }
    this.waiters = this.waiters.filter((w) => !w.check());
  }
}

// ---- the scenarios ----

export interface TypingResult {
  bytes: number;
  openMs: number;
  openDiagnostics: number;
  edits: number;
  latencies: number[];
  /** Server main-thread CPU time and run-queue wait between each didChange and its diagnostics (ms). */
  serverCpu: number[];
  serverWait: number[];
  /** Latency per region (start / middle / end of the document). */
  byRegion: Record<string, number[]>;
  burst: { size: number; lastMs: number[]; intermediatePublishes: number };
  memoryAfterOpen: { rss: number; hwm: number };
  memoryAfterEdits: { rss: number; hwm: number };
  configurationRequests: number;
  /** Publishes for versions older than one already published (stale results that should have been dropped). */
  outOfOrder: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A line of plain prose (not a heading, list, table, quote or comment) near `offset`; its line number and text. */
function proseLineNear(text: string, offset: number): { line: number; col: number } {
  let pos = text.lastIndexOf('\n', offset) + 1;
  for (let tries = 0; tries < 100_000 && pos < text.length; tries++) {
    const eol = text.indexOf('\n', pos);
    const lineText = text.slice(pos, eol < 0 ? text.length : eol);
    if (/^[A-ZÆØÅa-zæøå]/.test(lineText) && lineText.length > 30 && !lineText.includes('|')) {
      let line = 0;
      for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) line++;
      // After the first space: a new word typed into a sentence.
      return { line, col: lineText.indexOf(' ') + 1 };
    }
    if (eol < 0) break;
    pos = eol + 1;
  }
  throw new Error(`no prose line after offset ${offset}`);
}

/**
 * Opens the document and types into it: one-character edits (incremental didChange with a range) in runs at
 * the start, the middle and the end of the document, mostly inserts with a backspace now and then; each time
 * the clock runs from writing the didChange to the arrival of the publishDiagnostics with that version, and the
 * next edit waits for it (plus `thinkMs`, a typist's pause). Then a few bursts of edits sent without waiting.
 */
export async function typing(
  serverPath: string,
  text: string,
  edits: number,
  options: { priority?: number; thinkMs: number; openTimeoutMs: number; editTimeoutMs: number; bursts: number; burstSize: number },
): Promise<TypingResult> {
  const client = new BenchClient(serverPath, options.priority);
  try {
    await client.initialize();
    const uri = `file:///bench/typing-${text.length}.md`;
    const t0 = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const opened = await client.diagnostics(uri, 1, options.openTimeoutMs);
    const openMs = opened.at - t0;
    await sleep(200);
    const memoryAfterOpen = client.memory();
    const regions: [string, number][] = [
      ['start', Math.floor(text.length * 0.02)],
      ['middle', Math.floor(text.length * 0.5)],
      ['end', Math.floor(text.length * 0.97)],
    ];
    const places = regions.map(([name, offset]) => ({ name, ...proseLineNear(text, offset) }));
    const typed = 'og det gør vi sammen ';
    const latencies: number[] = [];
    const serverCpu: number[] = [];
    const serverWait: number[] = [];
    const byRegion: Record<string, number[]> = {};
    let version = 1;
    let i = 0;
    const edit = (place: { line: number; col: number }) => {
      // Every fifth keystroke is a backspace over the character typed just before.
      const k = i++;
      if (k % 5 === 4 && place.col > 0) {
        place.col--;
        return { range: { start: { line: place.line, character: place.col }, end: { line: place.line, character: place.col + 1 } }, text: '' };
      }
      const ch = typed[k % typed.length];
      const change = { range: { start: { line: place.line, character: place.col }, end: { line: place.line, character: place.col } }, text: ch };
      place.col++;
      return change;
    };
    for (let e = 0; e < edits; e++) {
      // Runs of consecutive keystrokes in one place, then the next place.
      const place = places[Math.floor(e / Math.ceil(edits / places.length)) % places.length];
      const change = edit(place);
      version++;
      const mark = client.published.length;
      const s0 = client.schedstat();
      const start = performance.now();
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      const p = await client.diagnostics(uri, version, options.editTimeoutMs, mark);
      const s1 = client.schedstat();
      const latency = p.at - start;
      latencies.push(latency);
      serverCpu.push(s1.cpu - s0.cpu);
      serverWait.push(s1.wait - s0.wait);
      (byRegion[place.name] ??= []).push(latency);
      if (options.thinkMs > 0) await sleep(options.thinkMs);
    }
    // Bursts: keystrokes sent back to back (a fast typist, a paste of single characters); the clock runs from the
    // last didChange to the diagnostics for its version; publishes for the versions in between are counted.
    const burstMs: number[] = [];
    let intermediate = 0;
    const middle = places[1];
    for (let b = 0; b < options.bursts; b++) {
      const mark = client.published.length;
      const first = version + 1;
      let start = 0;
      for (let k = 0; k < options.burstSize; k++) {
        version++;
        start = performance.now();
        client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [edit(middle)] });
      }
      const p = await client.diagnostics(uri, version, options.editTimeoutMs, mark);
      burstMs.push(p.at - start);
      intermediate += client.published.slice(mark).filter((q) => q.uri === uri && q.version !== undefined && q.version >= first && q.version < version).length;
      await sleep(options.thinkMs);
    }
    const memoryAfterEdits = client.memory();
    let outOfOrder = 0;
    let newest = -Infinity;
    for (const p of client.published) {
      if (p.uri !== uri || p.version === undefined) continue;
      if (p.version < newest) outOfOrder++;
      newest = Math.max(newest, p.version);
    }
    return {
      bytes: Buffer.byteLength(text),
      openMs,
      openDiagnostics: opened.count,
      edits,
      latencies,
      serverCpu,
      serverWait,
      byRegion,
      burst: { size: options.burstSize, lastMs: burstMs, intermediatePublishes: intermediate },
      memoryAfterOpen,
      memoryAfterEdits,
      configurationRequests: client.serverRequests.get('workspace/configuration') ?? 0,
      outOfOrder,
    };
  } finally {
    await client.close();
  }
}

export interface MemoryResult {
  bytes: number;
  openMs: number;
  diagnostics: number;
  afterLint: { rss: number; hwm: number };
  afterIdle: { rss: number; hwm: number };
  /** Once the server has settled with the document open: 10 s after the diagnostics, with nothing sent since. */
  settled: { rss: number; hwm: number };
}

/**
 * RSS of the server with one document open and linted: right after its diagnostics arrive, after 2 s idle, and
 * settled (10 s idle: the server compacts its heap 1 s after a long parse and shrinks the young generation 6 s
 * after that; see server/src/heap.ts).
 */
export async function memory(serverPath: string, text: string, options: { priority?: number; openTimeoutMs: number }): Promise<MemoryResult> {
  const client = new BenchClient(serverPath, options.priority);
  try {
    await client.initialize();
    const uri = `file:///bench/memory-${text.length}.md`;
    const t0 = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const p = await client.diagnostics(uri, 1, options.openTimeoutMs);
    const afterLint = client.memory();
    await sleep(2000);
    const afterIdle = client.memory();
    await sleep(8000);
    const settled = client.memory();
    return { bytes: Buffer.byteLength(text), openMs: p.at - t0, diagnostics: p.count, afterLint, afterIdle, settled };
  } finally {
    await client.close();
  }
}

export interface StartResult {
  initializeMs: number;
  firstDiagnosticsMs: number;
  /** Server main-thread CPU time and run-queue wait from spawn to the first diagnostics. */
  serverCpuMs: number;
  serverWaitMs: number;
}

/** From spawning the server to the first publishDiagnostics of a document opened right after initialize. */
export async function start(serverPath: string, text: string, options: { priority?: number }): Promise<StartResult> {
  const client = new BenchClient(serverPath, options.priority);
  try {
    await client.initialize();
    const initializeMs = performance.now() - client.spawnedAt;
    const uri = 'file:///bench/start.md';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const p = await client.diagnostics(uri, 1, 30_000);
    const s = client.schedstat();
    return { initializeMs, firstDiagnosticsMs: p.at - client.spawnedAt, serverCpuMs: s.cpu, serverWaitMs: s.wait };
  } finally {
    await client.close();
  }
}
