// When the server dies, the client starts it again and says so once (in Danish with a Danish VS Code), not in a
// stream; after five crashes in three minutes it gives up with one message naming the restart command. With fake
// `vscode` and `vscode-languageclient/node` modules (the enums are read from the installed library's source).
import * as path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const fs = require('node:fs') as typeof import('node:fs');
  const path = require('node:path') as typeof import('node:path');
  const root = path.join(__dirname, '..');
  const bundle = JSON.parse(fs.readFileSync(path.join(root, 'l10n', 'bundle.l10n.da.json'), 'utf8')) as Record<string, string>;
  const library = fs.readFileSync(path.join(root, 'node_modules', 'vscode-languageclient', 'lib', 'common', 'client.js'), 'utf8');
  const member = (name: string, key: string) => Number(new RegExp(`${name}\\[${name}\\["${key}"\\] = (\\d+)\\]`).exec(library)![1]);
  const enums = {
    CloseAction: { DoNotRestart: member('CloseAction', 'DoNotRestart'), Restart: member('CloseAction', 'Restart') },
    ErrorAction: { Continue: member('ErrorAction', 'Continue'), Shutdown: member('ErrorAction', 'Shutdown') },
    RevealOutputChannelOn: { Never: member('RevealOutputChannelOn', 'Never') },
  };
  const state = {
    shown: [] as { kind: 'info' | 'warning' | 'error'; message: string }[],
    commands: new Map<string, (...args: unknown[]) => unknown>(),
    clientOptions: undefined as undefined | Record<string, unknown>,
    restarts: 0,
  };
  // VS Code in Danish: l10n.t looks the English base string up in the Danish bundle.
  const t = (message: string, ...args: unknown[]) => (bundle[message] ?? `MISSING: ${message}`).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
  const vscode = {
    l10n: { t },
    env: { language: 'da' },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ProgressLocation: { Notification: 15 },
    window: {
      activeTextEditor: undefined,
      createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {} }),
      onDidChangeActiveTextEditor: () => ({ dispose() {} }),
      showInformationMessage: async (message: string) => void state.shown.push({ kind: 'info', message }),
      showWarningMessage: async (message: string) => void state.shown.push({ kind: 'warning', message }),
      showErrorMessage: async (message: string) => void state.shown.push({ kind: 'error', message }),
      registerCustomEditorProvider: () => ({ dispose() {} }),
    },
    workspace: {
      createFileSystemWatcher: () => ({ dispose() {} }),
      onDidCloseTextDocument: () => ({ dispose() {} }),
      onDidChangeTextDocument: () => ({ dispose() {} }),
      registerTextDocumentContentProvider: () => ({ dispose() {} }),
    },
    EventEmitter: class { event = () => ({ dispose() {} }); fire() {} dispose() {} },
    languages: {
      createDiagnosticCollection: () => ({ set() {}, delete() {}, clear() {}, dispose() {} }),
    },
    Uri: { joinPath: (base: { path: string }, ...parts: string[]) => ({ path: [base.path, ...parts].join('/') }) },
    commands: {
      registerCommand: (id: string, f: (...args: unknown[]) => unknown) => {
        state.commands.set(id, f);
        return { dispose() {} };
      },
    },
  };
  class LanguageClient {
    constructor(_id: string, _name: string, _server: unknown, options: Record<string, unknown>) {
      state.clientOptions = options;
    }
    onNotification() {
      return { dispose() {} };
    }
    onDidChangeState() {
      return { dispose() {} };
    }
    async start() {}
    async restart() {
      state.restarts++;
    }
  }
  const languageclient = { ...enums, LanguageClient, State: { Stopped: 1, Running: 2, Starting: 3 }, TransportKind: { stdio: 0, ipc: 1 } };
  return { state, vscode, languageclient, enums };
});
vi.mock('vscode', () => fake.vscode);
vi.mock('vscode-languageclient/node', () => fake.languageclient);
vi.mock('vscode-languageclient', () => fake.languageclient);

const { RestartingErrorHandler, CRASH_WINDOW_MS, MAX_RESTARTS } = await import('../client/src/restart');
const { CloseAction, ErrorAction } = fake.enums;

describe('restarting after a crash', () => {
  let now = 1_000_000;
  const clock = () => now;

  beforeEach(() => {
    fake.state.shown.length = 0;
    now = 1_000_000;
  });

  it('restarts and says so once, in Danish, for a burst of crashes', () => {
    const handler = new RestartingErrorHandler(clock);
    for (let i = 0; i < MAX_RESTARTS; i++) {
      now += 1000;
      expect(handler.closed()).toMatchObject({ action: CloseAction.Restart, handled: true });
    }
    expect(fake.state.shown).toEqual([{ kind: 'warning', message: 'Kerneopgave: sproghjælperen stoppede uventet og er startet igen.' }]);
  });

  it('gives up after five crashes in three minutes with one error naming the restart command', () => {
    const handler = new RestartingErrorHandler(clock);
    for (let i = 0; i < MAX_RESTARTS; i++) handler.closed();
    now += 10_000;
    const result = handler.closed();
    expect(result).toMatchObject({ action: CloseAction.DoNotRestart, handled: true });
    expect(fake.state.shown).toHaveLength(2);
    expect(fake.state.shown[1]).toEqual({
      kind: 'error',
      message: 'Kerneopgave: sproghjælperen er stoppet 5 gange på tre minutter og startes ikke igen. Kør kommandoen »Kerneopgave: Genstart sproghjælperen« for at prøve igen.',
    });
    expect(result.message).toBe(fake.state.shown[1].message);
  });

  it('counts crashes in a sliding window: crashes far apart restart for ever, and each is told once', () => {
    const handler = new RestartingErrorHandler(clock);
    for (let i = 0; i < 10; i++) {
      now += CRASH_WINDOW_MS + 1;
      expect(handler.closed().action).toBe(CloseAction.Restart);
    }
    expect(fake.state.shown.map((m) => m.kind)).toEqual(Array(10).fill('warning'));
  });

  it('keeps quiet about connection errors: continues for three, then shuts down, never a notification', () => {
    const handler = new RestartingErrorHandler(clock);
    for (const count of [1, 2, 3]) expect(handler.error(new Error('write EPIPE'), undefined, count)).toEqual({ action: ErrorAction.Continue, handled: true });
    expect(handler.error(new Error('write EPIPE'), undefined, 4)).toEqual({ action: ErrorAction.Shutdown, handled: true });
    expect(fake.state.shown).toEqual([]);
  });

  it('starts counting afresh after a restart by hand', () => {
    const handler = new RestartingErrorHandler(clock);
    for (let i = 0; i < MAX_RESTARTS; i++) handler.closed();
    handler.reset();
    expect(handler.closed().action).toBe(CloseAction.Restart);
    expect(fake.state.shown.map((m) => m.kind)).toEqual(['warning', 'warning']);
  });
});

describe('the extension wires it in', () => {
  it('gives the language client this handler, no notification per failed request, and resets it on the restart command', async () => {
    const { activate } = await import('../client/src/extension');
    await activate({ asAbsolutePath: (p: string) => path.join('/ext', p), subscriptions: [] } as never);
    const options = fake.state.clientOptions!;
    expect(options.errorHandler).toBeInstanceOf(RestartingErrorHandler);
    expect(options.revealOutputChannelOn).toBe(fake.enums.RevealOutputChannelOn.Never);

    const handler = options.errorHandler as InstanceType<typeof RestartingErrorHandler>;
    for (let i = 0; i < MAX_RESTARTS; i++) handler.closed();
    fake.state.shown.length = 0;
    await fake.state.commands.get('kerneopgave.restartServer')!();
    expect(fake.state.restarts).toBe(1);
    // After the restart by hand the next crash is a first crash again: restarted, and told.
    expect(handler.closed().action).toBe(CloseAction.Restart);
    expect(fake.state.shown.map((m) => m.kind)).toEqual(['info', 'warning']);
  });
});

