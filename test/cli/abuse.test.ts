// The CLI on a hostile folder: files it cannot read, special files, binary files, symbolic link loops and a
// 50 MB file. It says clearly what it skipped, exits 2, still lints every readable Markdown file, and keeps its
// memory bounded (it never reads what it skips).
//
// Unreadable files: the tests run as root, and root reads a file with mode 000. What really fails to read here:
// a dangling symbolic link, a link to itself (ELOOP), a FIFO (reading it would block for ever, so the CLI must
// not open it), and a mode-000 file read by an unprivileged user (the CLI is run under `setpriv` as nobody when
// the tests run as root and setpriv exists; otherwise as the current user, for whom mode 000 already fails).
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(REPO, 'dist', 'cli.js');
const STATEMENT = 'Vores kerneopgave er at undervise eleverne i dansk og matematik.\n';
const TIME = '/usr/bin/time';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the CLI in MB, when /usr/bin/time is there. */
  peakMb?: number;
}

function hasCommand(file: string): boolean {
  return fs.existsSync(file);
}

/** Runs the CLI in `cwd`; `asNobody` runs it as an unprivileged user (root only). */
function run(args: string[], cwd: string, options: { asNobody?: boolean } = {}): Run {
  let command = process.execPath;
  let argv = [CLI, ...args];
  const measure = hasCommand(TIME);
  if (measure) {
    argv = ['-f', 'PEAK_KB=%M', command, ...argv];
    command = TIME;
  }
  if (options.asNobody) {
    argv = ['--reuid=65534', '--regid=65534', '--clear-groups', command, ...argv];
    command = 'setpriv';
  }
  const r = spawnSync(command, argv, { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  if (r.error) throw r.error;
  // GNU time adds its own lines at the end: an exit status note and the peak.
  const peak = /PEAK_KB=(\d+)\s*$/.exec(r.stderr);
  const stderr = (peak ? r.stderr.slice(0, peak.index) : r.stderr).replace(/^Command exited with non-zero status \d+\n/m, '');
  return { status: r.status, stdout: r.stdout, stderr, peakMb: peak ? Number(peak[1]) / 1024 : undefined };
}

const asRoot = process.getuid?.() === 0;
const canDropPrivileges = asRoot && spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']).status === 0;

describe('CLI on a hostile folder', { timeout: 120_000 }, () => {
  let dir: string;
  const BIG_MB = 50;

  beforeAll(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kerneopgave-abuse-')));
    fs.chmodSync(dir, 0o755);
    const write = (name: string, content: string | Buffer) => {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true, mode: 0o755 });
      fs.writeFileSync(path.join(dir, name), content);
    };
    write('a-grundlag.md', STATEMENT);
    write('sub/b-grundlag.md', STATEMENT);
    // A folder named like a Markdown file is a folder: searched, not read.
    write('c-mappe.md/d-inde.md', STATEMENT);
    // Not UTF-8, but no NUL: linted (with replacement characters), not refused.
    write('e-latin1.md', Buffer.concat([Buffer.from('Vores kerneopgave er at undervise b'), Buffer.from([0xf8, 0x72, 0x6e]), Buffer.from('ene.\n')]));
    // Binary: a PNG header and NULs; UTF-16 with a byte-order mark has NULs too.
    write('f-billede.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    write('g-utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STATEMENT, 'utf16le')]));
    // Symbolic links: dangling, to itself, and a folder loop (sub/op → ..).
    fs.symlinkSync(path.join(dir, 'findes-ikke.md'), path.join(dir, 'h-dangler.md'));
    fs.symlinkSync(path.join(dir, 'i-ring.md'), path.join(dir, 'i-ring.md'));
    fs.symlinkSync('..', path.join(dir, 'sub', 'op'));
    // A FIFO: opening it for reading would wait for a writer for ever.
    execFileSync('mkfifo', [path.join(dir, 'j-fifo.md')]);
    // Unreadable for anyone but root.
    write('k-hemmelig.md', STATEMENT);
    fs.chmodSync(path.join(dir, 'k-hemmelig.md'), 0o000);
    // 50 MB of Markdown: over the 20 MB limit.
    const block = 'Vi mødes hver tirsdag. ' + STATEMENT + '\n';
    write('l-stor.md', Buffer.from(block.repeat(Math.ceil((BIG_MB * 1024 * 1024) / block.length))).subarray(0, BIG_MB * 1024 * 1024));
  });

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  function check(r: Run, unreadable: boolean): void {
    expect(r.status, r.stderr).toBe(2);
    const files = (JSON.parse(r.stdout) as { file: string; messages: { ruleId: string }[] }[]).map((f) => ({ file: f.file, rules: f.messages.map((m) => m.ruleId) }));
    // Every readable Markdown file is linted, once (the folder loop does not repeat them).
    expect(files.map((f) => f.file)).toEqual(['a-grundlag.md', 'c-mappe.md/d-inde.md', 'e-latin1.md', ...(unreadable ? [] : ['k-hemmelig.md']), 'sub/b-grundlag.md']);
    for (const f of files) expect(f.rules, f.file).toContain('aktivitet-uden-effekt');
    // One clear line per problem, naming the file.
    const lines = r.stderr.trimEnd().split('\n');
    const expected = [
      'kerneopgave: f-billede.md: ser ud til at være en binær fil; springes over',
      'kerneopgave: g-utf16.md: ser ud til at være en binær fil; springes over',
      'kerneopgave: h-dangler.md: symbolsk link til noget, der ikke findes',
      'kerneopgave: i-ring.md: symbolsk link i ring',
      'kerneopgave: j-fifo.md: ikke en almindelig fil; springes over',
      ...(unreadable ? ['kerneopgave: k-hemmelig.md: ingen adgang (kan ikke læses)'] : []),
      `kerneopgave: l-stor.md: ${BIG_MB} MB er for stor (grænse 20 MB); springes over`,
    ];
    expect([...lines].sort()).toEqual(expected.sort());
    // The 50 MB file is never read: memory stays far below its size.
    if (r.peakMb !== undefined) expect(r.peakMb).toBeLessThan(BIG_MB * 4);
  }

  it('lints what it can read, names what it cannot, exits 2, and never reads the 50 MB file', () => {
    const r = run(['--format', 'json', '.'], dir);
    check(r, !asRoot);
    console.log(`CLI on the hostile folder: peak RSS ${r.peakMb?.toFixed(0) ?? '?'} MB`);
  });

  it.runIf(canDropPrivileges)('as an unprivileged user, also names the file it has no permission to read', () => {
    check(run(['--format', 'json', '.'], dir, { asNobody: true }), true);
  });

  it('says the same in English, and names files given explicitly that it cannot read', () => {
    const r = run(['--lang', 'en', 'j-fifo.md', 'h-dangler.md', 'i-ring.md', 'findes-heller-ikke.md', 'a-grundlag.md'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'kerneopgave: j-fifo.md: not a regular file; skipped',
      'kerneopgave: h-dangler.md: symbolic link to something that does not exist',
      'kerneopgave: i-ring.md: symbolic link loop',
      'kerneopgave: findes-heller-ikke.md: does not exist',
    ]);
    expect(r.stdout).toContain('a-grundlag.md');
  });
});
