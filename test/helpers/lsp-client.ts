// A tiny LSP client for protocol tests: spawns the built server over stdio and speaks framed JSON-RPC with it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  ConfigurationItem,
  InitializeParams,
  InitializeResult,
  LogMessageParams,
  PublishDiagnosticsParams,
  ShowMessageParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver';

export const SERVER_PATH = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

/** Every wait fails after this long unless told otherwise; well below the test timeouts. */
export const DEFAULT_TIMEOUT_MS = 10_000;

interface ResponseError {
  code: number;
  message: string;
  data?: unknown;
}

interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: ResponseError;
}

interface Pending {
  method: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

interface Waiter {
  check(): boolean;
  fail(error: Error): void;
}

/** A request the server sent to the client, with what the client answered. */
export interface ServerRequest {
  method: string;
  params: unknown;
  result: unknown;
}

/** A message the server asked the client to show, and how it asked. */
export interface ShownMessage extends ShowMessageParams {
  via: 'window/showMessage' | 'window/showMessageRequest';
}

export interface StartOptions {
  /** Extra arguments after `--stdio`. */
  args?: string[];
  cwd?: string;
}

/** The client capabilities of a modern editor: pull configuration, dynamic registration, versioned diagnostics. */
export function editorCapabilities(): InitializeParams['capabilities'] {
  return {
    workspace: {
      configuration: true,
      workspaceFolders: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
    },
    textDocument: {
      synchronization: { dynamicRegistration: false, didSave: false },
      publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true, relatedInformation: false },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } },
        isPreferredSupport: true,
        dataSupport: true,
      },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    },
    window: { workDoneProgress: true, showDocument: { support: true }, showMessage: {} },
  };
}

export class LspClient {
  /**
   * Messages shown to the user, in order: `window/showMessage` notifications and `window/showMessageRequest`
   * requests (vscode-languageserver's `showWarningMessage` sends the request form).
   */
  readonly shownMessages: ShownMessage[] = [];
  /** Every notification from the server, in order. */
  readonly notifications: { method: string; params: unknown }[] = [];
  /** `window/logMessage` notifications, in order. */
  readonly logMessages: LogMessageParams[] = [];
  /** Requests from the server, in order. */
  readonly serverRequests: ServerRequest[] = [];
  /** What `workspace/configuration` answers per item; null means "no settings". */
  configuration: (item: ConfigurationItem) => unknown = () => null;

  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly unconsumedDiagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private waiters: Waiter[] = [];
  private stderrText = '';
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private readonly exited: Promise<void>;

  private constructor(options: StartOptions) {
    if (!fs.existsSync(SERVER_PATH)) throw new Error(`${SERVER_PATH} not found: run \`npm run build\` first`);
    this.child = spawn(process.execPath, [SERVER_PATH, '--stdio', ...(options.args ?? [])], { cwd: options.cwd, stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderrText += chunk.toString('utf8');
    });
    // Writing to a server that died must not crash the test process; the exit is reported instead.
    this.child.stdin.on('error', () => undefined);
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        const error = new Error(`the server exited (code ${code}, signal ${signal})${this.stderrSuffix()}`);
        for (const p of this.pending.values()) {
          clearTimeout(p.timer);
          p.reject(new Error(`no response to ${p.method}: ${error.message}`));
        }
        this.pending.clear();
        for (const w of this.waiters) w.fail(error);
        this.waiters = [];
        resolve();
      });
    });
  }

  /** Spawns `node dist/server.js --stdio`. */
  static start(options: StartOptions = {}): LspClient {
    return new LspClient(options);
  }

  /** Spawns the server and runs the initialize handshake; returns the client and the server's answer. */
  static async initialized(params: Partial<InitializeParams> = {}, options: StartOptions = {}): Promise<{ client: LspClient; result: InitializeResult }> {
    const client = LspClient.start(options);
    const result = await client.initialize(params);
    return { client, result };
  }

  /** True while the server process runs. */
  get running(): boolean {
    return this.exitInfo === undefined;
  }

  /** Exit code and signal once the server has exited. */
  get exit(): { code: number | null; signal: NodeJS.Signals | null } | undefined {
    return this.exitInfo;
  }

  /** What the server wrote to stderr so far. */
  get stderr(): string {
    return this.stderrText;
  }

  /** Sends `initialize` (editor capabilities unless overridden), then `initialized`. */
  async initialize(params: Partial<InitializeParams> = {}): Promise<InitializeResult> {
    const full: InitializeParams = {
      processId: process.pid,
      rootUri: null,
      capabilities: editorCapabilities(),
      locale: 'da',
      workspaceFolders: null,
      ...params,
    };
    const result = await this.request<InitializeResult>('initialize', full);
    this.notify('initialized', {});
    return result;
  }

  /** Sends a request and resolves with its result; rejects on an error response, an exit or a timeout. */
  request<T = unknown>(method: string, params: unknown, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    if (!this.running) return Promise.reject(new Error(`cannot send ${method}: the server has exited${this.stderrSuffix()}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no response to ${method} (id ${id}) within ${timeoutMs} ms${this.stderrSuffix()}`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (value: unknown) => void, reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** Sends a request like `request`, and returns its id too (to cancel it with `$/cancelRequest`). */
  requestWithId<T = unknown>(method: string, params: unknown, timeoutMs = DEFAULT_TIMEOUT_MS): { id: number; response: Promise<T> } {
    const id = this.nextId;
    return { id, response: this.request<T>(method, params, timeoutMs) };
  }

  /** Sends a notification. */
  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Sends a raw JSON-RPC message (for malformed-input tests). */
  send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  didOpen(uri: string, text: string, version = 1, languageId = 'markdown'): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  didChange(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  didClose(uri: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /**
   * The next `textDocument/publishDiagnostics` for `uri` not yet consumed by an earlier call (including ones that
   * arrived before this call). With `version`, notifications for other versions are skipped and dropped.
   */
  nextDiagnostics(uri: string, options: { version?: number; timeoutMs?: number } = {}): Promise<PublishDiagnosticsParams> {
    const { version, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
    let found: PublishDiagnosticsParams | undefined;
    const what = `publishDiagnostics for ${uri}${version === undefined ? '' : ` version ${version}`}`;
    return this.waitFor(
      what,
      () => {
        const queue = this.unconsumedDiagnostics.get(uri);
        while (queue && queue.length > 0) {
          const next = queue.shift()!;
          if (version === undefined || next.version === version) {
            found = next;
            return true;
          }
        }
        return false;
      },
      timeoutMs,
    ).then(() => found!);
  }

  /** Forgets the diagnostics received for `uri` so far, so that the next wait sees only newer ones. */
  discardDiagnostics(uri: string): void {
    this.unconsumedDiagnostics.delete(uri);
  }

  /** Waits for a shown message (notification or request form) that satisfies `predicate` (also one that already arrived). */
  async waitForShownMessage(predicate: (m: ShownMessage) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ShownMessage> {
    let found: ShownMessage | undefined;
    await this.waitFor(
      'a matching window/showMessage',
      () => {
        found = this.shownMessages.find(predicate);
        return !!found;
      },
      timeoutMs,
    );
    return found!;
  }

  /** Waits for a server-to-client request of `method` after the first `skip` ones. */
  async waitForServerRequest(method: string, skip = 0, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ServerRequest> {
    let found: ServerRequest | undefined;
    await this.waitFor(
      `server request ${method}`,
      () => {
        found = this.serverRequests.filter((r) => r.method === method)[skip];
        return !!found;
      },
      timeoutMs,
    );
    return found!;
  }

  /** Resolves when `check` holds, re-checked on every incoming message; fails with `what` after the timeout. */
  waitFor(what: string, check: () => boolean, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    if (check()) return Promise.resolve();
    if (!this.running) return Promise.reject(new Error(`waiting for ${what}, but the server has exited${this.stderrSuffix()}`));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        check: () => {
          if (!check()) return false;
          clearTimeout(timer);
          resolve();
          return true;
        },
        fail: (error) => {
          clearTimeout(timer);
          reject(new Error(`waiting for ${what}: ${error.message}`));
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${this.stderrSuffix()}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Clean shutdown: `shutdown` request, `exit` notification, then a kill if the process lingers. Returns the exit code. */
  /** Waits for a notification of a method whose params satisfy the predicate (earlier ones count too). */
  async waitForNotification<T>(method: string, predicate: (params: T) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    let found: T | undefined;
    await this.waitFor(`notification ${method}`, () => {
      const hit = this.notifications.find((n) => n.method === method && predicate(n.params as T));
      found = hit?.params as T | undefined;
      return hit !== undefined;
    }, timeoutMs);
    return found as T;
  }

  async shutdown(timeoutMs = 5_000): Promise<number | null> {
    if (this.running) {
      try {
        await this.request('shutdown', null, timeoutMs);
        this.notify('exit', null);
      } catch {
        // fall through to the kill below
      }
      const lingering = await Promise.race([
        this.exited.then(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(true), timeoutMs).unref()),
      ]);
      if (lingering) {
        this.child.kill('SIGKILL');
        await this.exited;
      }
    }
    return this.exitInfo?.code ?? null;
  }

  private stderrSuffix(): string {
    const tail = this.stderrText.trim().slice(-2000);
    return tail ? `\n--- server stderr ---\n${tail}` : '';
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const match = /^Content-Length:\s*(\d+)\s*$/im.exec(header);
      if (!match) {
        this.protocolFailure(`bad header from the server: ${JSON.stringify(header)}`);
        return;
      }
      const length = Number(match[1]);
      const bodyStart = headerEnd + 4;
      if (this.buffer.length < bodyStart + length) return;
      const body = this.buffer.subarray(bodyStart, bodyStart + length).toString('utf8');
      this.buffer = this.buffer.subarray(bodyStart + length);
      let message: Message;
      try {
        message = JSON.parse(body) as Message;
      } catch {
        this.protocolFailure(`invalid JSON from the server: ${body.slice(0, 200)}`);
        return;
      }
      this.dispatch(message);
    }
  }

  /** The server broke the framing: fail everything that waits and stop the process. */
  private protocolFailure(reason: string): void {
    const error = new Error(reason);
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    this.pending.clear();
    for (const w of this.waiters) w.fail(error);
    this.waiters = [];
    this.buffer = Buffer.alloc(0);
    this.child.kill('SIGKILL');
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined && message.id !== null) {
      const result = this.answer(message.method, message.params);
      this.serverRequests.push({ method: message.method, params: message.params, result: result.result });
      this.send({ jsonrpc: '2.0', id: message.id, ...result });
    } else if (message.method !== undefined) {
      this.onNotification(message.method, message.params);
    } else if (typeof message.id === 'number') {
      const p = this.pending.get(message.id);
      if (p) {
        this.pending.delete(message.id);
        clearTimeout(p.timer);
        if (message.error) p.reject(new Error(`${p.method} failed: ${message.error.code} ${message.error.message}`));
        else p.resolve(message.result ?? null);
      }
    }
    this.waiters = this.waiters.filter((w) => !w.check());
  }

  private answer(method: string, params: unknown): { result?: unknown; error?: ResponseError } {
    switch (method) {
      case 'workspace/configuration': {
        const items = (params as { items: ConfigurationItem[] }).items;
        return { result: items.map((item) => this.configuration(item) ?? null) };
      }
      case 'client/registerCapability':
      case 'client/unregisterCapability':
      case 'window/workDoneProgress/create':
        return { result: null };
      case 'window/showMessageRequest':
        this.shownMessages.push({ ...(params as ShowMessageParams), via: 'window/showMessageRequest' });
        return { result: null };
      case 'window/showDocument':
        return { result: { success: true } };
      case 'workspace/workspaceFolders':
        return { result: null };
      default:
        return { error: { code: -32601, message: `unhandled method ${method}` } };
    }
  }

  private onNotification(method: string, params: unknown): void {
    this.notifications.push({ method, params });
    switch (method) {
      case 'textDocument/publishDiagnostics': {
        const p = params as PublishDiagnosticsParams;
        const queue = this.unconsumedDiagnostics.get(p.uri) ?? [];
        queue.push(p);
        this.unconsumedDiagnostics.set(p.uri, queue);
        break;
      }
      case 'window/showMessage':
        this.shownMessages.push({ ...(params as ShowMessageParams), via: 'window/showMessage' });
        break;
      case 'window/logMessage':
        this.logMessages.push(params as LogMessageParams);
        break;
      default:
        break;
    }
  }
}
