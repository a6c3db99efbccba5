// The client's contributions agree with its code, and its thin glue behaves (with a fake `vscode` module).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const root = path.join(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'kerneopgave.schema.json'), 'utf8'));
const clientSource = fs
  .readdirSync(path.join(root, 'client', 'src'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => fs.readFileSync(path.join(root, 'client', 'src', f), 'utf8'))
  .join('\n');

// ---- a fake of the parts of the vscode API the client uses
const fake = vi.hoisted(() => {
  const state = {
    activeTextEditor: undefined as undefined | { document: { uri: { toString(): string }; languageId: string } },
    item: { text: '', tooltip: '', name: '', command: '', visible: false, show() { this.visible = true; }, hide() { this.visible = false; }, dispose() {} },
    listeners: { editor: [] as (() => void)[], close: [] as ((d: { uri: { toString(): string } }) => void)[] },
    quickPicks: [] as { items: unknown[]; options: unknown }[],
    infos: [] as string[],
    executed: [] as string[],
    commands: ['workbench.actions.view.problems'],
  };
  const format = (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
  const vscode = {
    l10n: { t: format },
    StatusBarAlignment: { Left: 1, Right: 2 },
    window: {
      get activeTextEditor() { return state.activeTextEditor; },
      createStatusBarItem: () => state.item,
      onDidChangeActiveTextEditor: (f: () => void) => { state.listeners.editor.push(f); return { dispose() {} }; },
      showQuickPick: async (items: unknown[], options: unknown) => { state.quickPicks.push({ items, options }); return undefined; },
      showInformationMessage: async (m: string) => { state.infos.push(m); return undefined; },
    },
    workspace: {
      onDidCloseTextDocument: (f: (d: { uri: { toString(): string } }) => void) => { state.listeners.close.push(f); return { dispose() {} }; },
    },
    commands: {
      registerCommand: () => ({ dispose() {} }),
      getCommands: async () => state.commands,
      executeCommand: async (c: string) => { state.executed.push(c); },
    },
  };
  return { state, vscode };
});
vi.mock('vscode', () => fake.vscode);

const { StatusBar, statusText, openProblems } = await import('../client/src/status');
const { checklistMiddleware } = await import('../client/src/checklist');

const doc = (uri: string, languageId = 'markdown') => ({ document: { uri: { toString: () => uri }, languageId } });

describe('manifest', () => {
  const commands = (manifest.contributes.commands as { command: string }[]).map((c) => c.command);

  it('contributes the report, template, draft, selection, guidance and restart commands, but not the checklist (it needs arguments)', () => {
    expect(commands.sort()).toEqual([
      'kerneopgave.checkSelection', 'kerneopgave.checkWordDocument', 'kerneopgave.insertTemplate', 'kerneopgave.newDraft', 'kerneopgave.report', 'kerneopgave.restartServer', 'kerneopgave.showGuidance',
    ]);
    // the guidance command needs a rule id: hidden from the command palette
    expect(manifest.contributes.menus.commandPalette).toContainEqual({ command: 'kerneopgave.showGuidance', when: 'false' });
  });

  it('every contributed command is registered by the client', () => {
    for (const command of commands) expect(clientSource, command).toContain(`'${command}'`);
  });

  it('has the code lens and focus mode settings, in the editor and in .kerneopgave.json', () => {
    const settings = manifest.contributes.configuration.properties;
    expect(settings['kerneopgave.codeLens']).toMatchObject({ type: 'boolean', default: true });
    expect(settings['kerneopgave.focusMode']).toMatchObject({ type: 'boolean', default: false });
    expect(schema.properties.codeLens).toMatchObject({ type: 'boolean', default: true });
    expect(schema.properties.focusMode).toMatchObject({ type: 'boolean', default: false });
  });
});

describe('status bar', () => {
  beforeEach(() => {
    fake.state.activeTextEditor = undefined;
    fake.state.item.visible = false;
    fake.state.listeners.editor.length = 0;
    fake.state.listeners.close.length = 0;
    fake.state.executed.length = 0;
  });

  it('counts in singular and plural', () => {
    expect(statusText({ units: 1, complete: 1 })).toBe('$(checklist) 1 kerneopgave unit · 1 complete');
    expect(statusText({ units: 3, complete: 0 })).toBe('$(checklist) 3 kerneopgave units · 0 complete');
  });

  it('shows the active Markdown document with units, and hides otherwise', () => {
    const bar = new StatusBar();
    fake.state.activeTextEditor = doc('file:///a.md');
    bar.update({ uri: 'file:///a.md', units: 3, complete: 1 });
    expect(fake.state.item.visible).toBe(true);
    expect(fake.state.item.text).toContain('3 kerneopgave units');

    fake.state.activeTextEditor = doc('file:///b.md');
    fake.state.listeners.editor.forEach((f) => f());
    expect(fake.state.item.visible).toBe(false);

    bar.update({ uri: 'file:///b.md', units: 0, complete: 0 });
    expect(fake.state.item.visible).toBe(false);

    fake.state.activeTextEditor = doc('file:///a.md');
    fake.state.listeners.editor.forEach((f) => f());
    expect(fake.state.item.visible).toBe(true);

    fake.state.listeners.close.forEach((f) => f({ uri: { toString: () => 'file:///a.md' } }));
    expect(fake.state.item.visible).toBe(false);

    bar.update({ uri: 'file:///a.md', units: 2, complete: 2 });
    fake.state.activeTextEditor = doc('file:///a.md', 'plaintext');
    fake.state.listeners.editor.forEach((f) => f());
    expect(fake.state.item.visible).toBe(false);
    bar.dispose();
  });

  it('a click opens the Problems panel with a command that exists', async () => {
    await openProblems();
    expect(fake.state.executed).toEqual(['workbench.actions.view.problems']);
  });
});

describe('checklist code lens', () => {
  beforeEach(() => {
    fake.state.quickPicks.length = 0;
    fake.state.infos.length = 0;
  });
  const run = checklistMiddleware.executeCommand!;

  it('shows the server’s questions in a quick pick instead of asking the server', async () => {
    const next = vi.fn();
    const questions = [{ label: 'Hvem skal I lykkes sammen med?', detail: 'Målgruppen' }];
    await run('kerneopgave.showChecklist', [{ title: 'Tjekliste', questions }], next);
    expect(next).not.toHaveBeenCalled();
    expect(fake.state.quickPicks).toHaveLength(1);
    expect(fake.state.quickPicks[0].items).toEqual(questions);
    expect(fake.state.quickPicks[0].options).toMatchObject({ title: 'Tjekliste' });
  });

  it('says so when nothing is missing', async () => {
    await run('kerneopgave.showChecklist', [{ title: 'Tjekliste', questions: [] }], vi.fn());
    expect(fake.state.quickPicks).toHaveLength(0);
    expect(fake.state.infos).toHaveLength(1);
  });

  it('passes every other server command on', async () => {
    const next = vi.fn(async () => 'ok');
    expect(await run('kerneopgave.openGuidance', ['x'], next)).toBe('ok');
    expect(next).toHaveBeenCalledWith('kerneopgave.openGuidance', ['x']);
  });
});
