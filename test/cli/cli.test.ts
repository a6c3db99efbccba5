// CLI tests: the built dist/cli.js run as a process against fixture folders written by the tests.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(REPO, 'dist', 'cli.js');
const RULE = 'aktivitet-uden-effekt';

const STATEMENT_V1 = 'Vores kerneopgave er at undervise eleverne i dansk og matematik.';
const GRUNDLAG = ['# Medarbejdergrundlag for Skovbakkeskolen', '', 'Vi har drøftet kerneopgaven på flere personalemøder.', '', STATEMENT_V1, ''].join('\n');
const REFERAT = ['# Referat af personalemødet', '', 'Mødet startede klokken 10.', '', '- Vi sikrer, at der er kaffe.', ''].join('\n');

const MSG_DA = {
  ambition: 'Den fælles ambition: Hvad vil I være stolte af om fem år?',
  tilgang: 'Vores tilgang til opgaven: Hvordan løser I opgaven sammen med dem og ikke kun for dem?',
  vaerdi: 'Værdien vi skaber: Hvad ville borgerne savne, hvis I forsvandt i morgen?',
  undervise: '»undervise« beskriver jeres indsats. Hvilken effekt skal den have for »eleverne«?',
};

interface JsonMessage {
  ruleId: string;
  tags: string[];
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
interface JsonFile {
  file: string;
  messages: JsonMessage[];
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js …` in `cwd`, with `input` on standard input. */
function run(args: string[], options: { cwd: string; input?: string }): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(r: Run): JsonFile[] {
  try {
    return JSON.parse(r.stdout) as JsonFile[];
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.status}):\n${r.stdout}\n--- stderr ---\n${r.stderr}`);
  }
}

const dirs: string[] = [];

/** A fresh folder under the OS temp dir with these files (relative path → content). */
function fixture(files: Record<string, string | Buffer>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kerneopgave-cli-')));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

/** The 1-based, end-exclusive slice a message points at (single-line ranges). */
function pointedAt(text: string, m: JsonMessage): string {
  expect(m.endLine).toBe(m.line);
  return text.split(/\r\n|\r|\n/)[m.line - 1].slice(m.column - 1, m.endColumn - 1);
}

beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} not found: run \`npm run build\` first`);
});

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('kerneopgave CLI', { timeout: 60_000 }, () => {
  it('prints stylish output and exits 0 when there are only warnings', () => {
    const cwd = fixture({ 'grundlag.md': GRUNDLAG, 'referat.md': REFERAT });
    const r = run(['grundlag.md', 'referat.md'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        'grundlag.md',
        `  5:1   info      ${MSG_DA.ambition}  dimension-ambition`,
        `  5:1   info      ${MSG_DA.tilgang}  dimension-tilgang`,
        `  5:1   info      ${MSG_DA.vaerdi}  dimension-vaerdi`,
        `  5:25  advarsel  ${MSG_DA.undervise}  ${RULE}`,
        '',
        '4 fund (1 advarsel, 3 info) i 2 filer.',
        '',
      ].join('\n'),
    );
  });

  it('says so when there are no findings', () => {
    const cwd = fixture({ 'referat.md': REFERAT });
    const r = run(['referat.md'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Ingen fund i 1 fil.\n');
  });

  it('prints the documented JSON shape with 1-based, end-exclusive positions', () => {
    const cwd = fixture({ 'grundlag.md': GRUNDLAG, 'referat.md': REFERAT });
    const r = run(['--format', 'json', 'grundlag.md', 'referat.md'], { cwd });
    expect(r.status).toBe(0);
    const out = json(r);
    expect(out.map((f) => f.file)).toEqual(['grundlag.md', 'referat.md']);
    for (const f of out) expect(Object.keys(f).sort()).toEqual(['file', 'messages', 'statements']);
    expect(out[1].messages).toEqual([]);
    const messages = out[0].messages;
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(Object.keys(m).sort()).toEqual(['column', 'endColumn', 'endLine', 'line', 'message', 'ruleId', 'severity', 'tags']);
      expect(typeof m.ruleId).toBe('string');
      expect(Array.isArray(m.tags) && m.tags.every((t) => typeof t === 'string')).toBe(true);
      expect(['error', 'warning', 'information', 'hint']).toContain(m.severity);
      for (const n of [m.line, m.column, m.endLine, m.endColumn]) expect(Number.isInteger(n) && n >= 1).toBe(true);
    }
    const finding = messages.find((m) => m.ruleId === RULE);
    expect(finding).toEqual({
      ruleId: RULE,
      tags: ['version-1'],
      severity: 'warning',
      message: MSG_DA.undervise,
      line: 5,
      column: 25,
      endLine: 5,
      endColumn: 34,
    });
    expect(pointedAt(GRUNDLAG, finding!)).toBe('undervise');
    // Unit-wide findings cover the whole stating sentence.
    expect(pointedAt(GRUNDLAG, messages.find((m) => m.ruleId === 'dimension-ambition')!)).toBe('Vores kerneopgave');
  });

  it('counts columns in UTF-16 code units and accepts CRLF line endings', () => {
    const text = '# Skolen 😀\r\n\r\nDet er skolens kerneopgave at 😀 undervise eleverne.\r\n';
    const cwd = fixture({ 'crlf.md': text });
    const finding = json(run(['--format=json', 'crlf.md'], { cwd }))[0].messages.find((m) => m.ruleId === RULE);
    expect(finding).toMatchObject({ line: 3, column: 34, endLine: 3, endColumn: 43 });
    expect(pointedAt(text, finding!)).toBe('undervise');
  });

  it('prints SARIF 2.1.0 with the rules and located results', () => {
    const cwd = fixture({ 'grundlag.md': GRUNDLAG });
    const r = run(['--format', 'sarif', 'grundlag.md'], { cwd });
    expect(r.status).toBe(0);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const ruleIds: string[] = sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id);
    // The rules the extension offers settings for are exactly the rules SARIF declares.
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const settingIds = Object.keys(pkg.contributes.configuration.properties)
      .filter((k) => k.startsWith('kerneopgave.rules.'))
      .map((k) => k.slice('kerneopgave.rules.'.length));
    expect([...ruleIds].sort()).toEqual([...settingIds].sort());
    const results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[] =
      sarif.runs[0].results;
    expect(results).toHaveLength(json(run(['--format', 'json', 'grundlag.md'], { cwd }))[0].messages.length);
    for (const x of results) {
      expect(ruleIds[x.ruleIndex]).toBe(x.ruleId);
      // Warnings stay warnings; hints and information become SARIF notes.
      expect(x.level).toBe(x.ruleId.startsWith('dimension-') || ['maalbarhed', 'tidshorisont'].includes(x.ruleId) ? 'note' : 'warning');
      expect(x.locations[0].physicalLocation.artifactLocation.uri).toBe('grundlag.md');
    }
    const finding = results.find((x) => x.ruleId === RULE);
    expect(finding?.locations[0].physicalLocation.region).toEqual({ startLine: 5, startColumn: 25, endLine: 5, endColumn: 34 });
  });

  it('exits 1 when warnings exceed --max-warnings', () => {
    const cwd = fixture({ 'grundlag.md': GRUNDLAG });
    const warnings = json(run(['--format', 'json', 'grundlag.md'], { cwd }))[0].messages.filter((m) => m.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(0);
    expect(run(['--max-warnings', '0', 'grundlag.md'], { cwd }).status).toBe(1);
    expect(run(['--max-warnings', String(warnings - 1), 'grundlag.md'], { cwd }).status).toBe(1);
    expect(run(['--max-warnings', String(warnings), 'grundlag.md'], { cwd }).status).toBe(0);
    expect(run(['--max-warnings', '0', 'referat.md'], { cwd: fixture({ 'referat.md': REFERAT }) }).status).toBe(0);
  });

  it('exits 1 when .kerneopgave.json raises a rule to error', () => {
    const cwd = fixture({ '.kerneopgave.json': JSON.stringify({ rules: { [RULE]: 'error' } }), 'docs/grundlag.md': GRUNDLAG });
    const r = run(['docs/grundlag.md'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`  5:25  fejl  ${MSG_DA.undervise}  ${RULE}\n`);
    expect(r.stdout).toContain('4 fund (1 fejl, 3 info) i 1 fil.');
    const finding = json(run(['--format', 'json', 'docs/grundlag.md'], { cwd }))[0].messages.find((m) => m.ruleId === RULE);
    expect(finding?.severity).toBe('error');
  });

  it('uses the file given with --config instead of the nearest one', () => {
    const cwd = fixture({
      '.kerneopgave.json': JSON.stringify({ rules: { [RULE]: 'error' } }),
      'other/quiet.json': JSON.stringify({ rules: { [RULE]: 'off' } }),
      'grundlag.md': GRUNDLAG,
    });
    const out = json(run(['--format', 'json', '--config', 'other/quiet.json', 'grundlag.md'], { cwd }));
    expect(out[0].messages.map((m) => m.ruleId)).not.toContain(RULE);
    expect(out[0].messages.map((m) => m.ruleId)).toContain('dimension-ambition');
  });

  it('reports an invalid .kerneopgave.json, still lints with the defaults and exits 2', () => {
    const cwd = fixture({ '.kerneopgave.json': '{ "rules": { "aktivitet-uden-effekt": "error", } ', 'grundlag.md': GRUNDLAG });
    const r = run(['--format', 'json', 'grundlag.md'], { cwd });
    expect(r.status).toBe(2);
    const configFile = path.join(cwd, '.kerneopgave.json');
    expect(r.stderr).toContain(`kerneopgave: ${configFile}: ugyldig JSON på linje 1, kolonne 48: `);
    const finding = json(r)[0].messages.find((m) => m.ruleId === RULE);
    expect(finding?.severity).toBe('warning');
  });

  it('honours the ordliste of .kerneopgave.json: a target group of its own is no longer asked for', () => {
    const statement = 'Vores kerneopgave er at skabe en tryg hverdag, hvor lejerne oplever at kunne klare mest muligt selv.\n';
    const without = fixture({ 'grundlag.md': statement });
    expect(json(run(['--format', 'json', 'grundlag.md'], { cwd: without }))[0].messages.map((m) => m.ruleId)).toContain('dimension-maalgruppe');
    const cwd = fixture({ '.kerneopgave.json': '{\n  // our own words\n  "ordliste": { "maalgrupper": ["lejerne"] }\n}\n', 'grundlag.md': statement });
    const r = run(['--format', 'json', 'grundlag.md'], { cwd });
    expect(r.stderr).toBe('');
    expect(json(r)[0].messages.map((m) => m.ruleId)).not.toContain('dimension-maalgruppe');
  });

  it('names the file and the place of a wrong ordliste and lints with the rest', () => {
    const cwd = fixture({ '.kerneopgave.json': JSON.stringify({ ordliste: { maalgrupper: 'lejerne' }, farve: 'rød' }), 'grundlag.md': GRUNDLAG });
    const r = run(['--format', 'json', 'grundlag.md'], { cwd });
    expect(r.status).toBe(2);
    const file = path.join(cwd, '.kerneopgave.json');
    expect(r.stderr).toBe(
      `kerneopgave: ${file} (ordliste.maalgrupper): skal være en liste af ord eller udtryk, fx ["beboerne"], ikke "lejerne"\n` +
        `kerneopgave: ${file} (farve): ukendt indstilling\n`,
    );
    expect(json(r)[0].messages.map((m) => m.ruleId)).toContain(RULE);
  });

  it('reports a wrong value in .kerneopgave.json by its place and keeps the valid parts', () => {
    const cwd = fixture({
      '.kerneopgave.json': JSON.stringify({ rules: { [RULE]: 'loud', 'dimension-ambition': 'off' } }),
      'grundlag.md': GRUNDLAG,
    });
    const r = run(['--format', 'json', 'grundlag.md'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `kerneopgave: ${path.join(cwd, '.kerneopgave.json')} (rules.${RULE}): skal være en af off, hint, information, warning, error, ikke "loud"\n`,
    );
    const ids = json(r)[0].messages.map((m) => m.ruleId);
    expect(ids).toContain(RULE);
    expect(ids).not.toContain('dimension-ambition');
  });

  it.each([
    [['--bogus', 'x.md'], 'kerneopgave: ukendt tilvalg »--bogus«\n'],
    [['--format', 'xml', 'x.md'], 'kerneopgave: ukendt format »xml«; brug stylish, json, sarif, report eller html\n'],
    [['--max-warnings', 'many', 'x.md'], 'kerneopgave: --max-warnings skal være et heltal, ikke »many«\n'],
    [['--lang', 'de', 'x.md'], 'kerneopgave: --lang skal være da eller en, ikke »de«\n'],
    [['x.md', '--format'], 'kerneopgave: --format mangler en værdi\n'],
  ])('rejects bad usage %j with exit 2 and a message', (args, message) => {
    const cwd = fixture({ 'x.md': GRUNDLAG });
    const r = run(args, { cwd });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${message}Se kerneopgave --help.\n`);
  });

  it('exits 2 when no files are given', () => {
    const r = run([], { cwd: fixture({}) });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ingen filer angivet');
  });

  it('exits 2 for a missing file and still lints the others', () => {
    const cwd = fixture({ 'a.md': GRUNDLAG, 'b.md': GRUNDLAG });
    const r = run(['--format', 'json', 'a.md', 'mangler.md', 'b.md'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('kerneopgave: mangler.md: findes ikke\n');
    const out = json(r);
    expect(out.map((f) => f.file)).toEqual(['a.md', 'b.md']);
    for (const f of out) expect(f.messages.map((m) => m.ruleId)).toContain(RULE);
  });

  it('treats standard input named *.kerneopgave.md as one whole-file unit', () => {
    const cwd = fixture({});
    // No »Vores kerneopgave er …« opener: only the file name makes this a unit.
    const input = 'Vi underviser eleverne i dansk.\n';
    const named = run(['--stdin', '--stdin-filename', 'x.kerneopgave.md', '--format', 'json'], { cwd, input });
    expect(named.status).toBe(0);
    const out = json(named);
    expect(out).toHaveLength(1);
    expect(out[0].file).toBe('x.kerneopgave.md');
    const finding = out[0].messages.find((m) => m.ruleId === RULE);
    expect(finding).toMatchObject({ line: 1, column: 4, endLine: 1, endColumn: 14, message: '»underviser« beskriver jeres indsats. Hvilken effekt skal den have for »eleverne«?' });

    const plain = run(['--stdin', '--stdin-filename', 'x.md', '--format', 'json'], { cwd, input });
    expect(json(plain)).toEqual([{ file: 'x.md', messages: [], statements: [] }]);
  });

  it('treats unnamed standard input as one kerneopgave text', () => {
    const cwd = fixture({});
    const unnamed = run(['--stdin', '--format', 'json'], { cwd, input: 'Vi tilbyder undervisning til eleverne.\n' });
    expect(unnamed.status).toBe(0);
    const out = json(unnamed);
    expect(out[0].file).toBe('<stdin>');
    expect(out[0].messages.map((m) => m.ruleId)).toContain(RULE);
  });

  it('searches a folder recursively for Markdown and .txt files and skips node_modules', () => {
    const cwd = fixture({
      'sub/a.md': GRUNDLAG,
      'deep/er/b.markdown': GRUNDLAG,
      'deep/er/c.MD': REFERAT,
      'node_modules/pkg/README.md': GRUNDLAG,
      'sub/node_modules/x/y.md': GRUNDLAG,
      '.git/notes.md': GRUNDLAG,
      'notes.txt': GRUNDLAG,
    });
    const out = json(run(['--format', 'json', '.'], { cwd }));
    // Plain-text files are walked too (text pasted from Word).
    expect(out.map((f) => f.file).sort()).toEqual(['deep/er/b.markdown', 'deep/er/c.MD', 'notes.txt', 'sub/a.md']);
    // A file named explicitly is linted whatever its extension.
    const explicit = json(run(['--format', 'json', 'notes.txt'], { cwd }));
    expect(explicit[0].messages.map((m) => m.ruleId)).toContain(RULE);
  });

  it('handles an empty file', () => {
    const cwd = fixture({ 'tom.md': '' });
    const r = run(['--format', 'json', 'tom.md'], { cwd });
    expect(r.status).toBe(0);
    expect(json(r)).toEqual([{ file: 'tom.md', messages: [], statements: [] }]);
  });

  it('skips a binary file named .md with a message and exit 2, linting the rest', () => {
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256));
    const cwd = fixture({ 'billede.md': binary, 'grundlag.md': GRUNDLAG });
    const r = run(['--format', 'json', 'billede.md', 'grundlag.md'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('kerneopgave: billede.md: ser ud til at være en binær fil; springes over\n');
    const out = json(r);
    expect(out.map((f) => f.file)).toEqual(['grundlag.md']);
  });

  it('speaks English with --lang en', () => {
    const cwd = fixture({ 'grundlag.md': GRUNDLAG });
    const r = run(['--lang', 'en', 'grundlag.md'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`  5:25  warning  »undervise« describes what you do. What effect should it have for »eleverne«?  ${RULE}\n`);
    expect(r.stdout).toContain('  5:1   info     The shared ambition: What will you be proud of in five years?  dimension-ambition\n');
    expect(r.stdout).toContain('4 findings (1 warning, 3 info) in 1 file.');
    expect(r.stdout).not.toContain('advarsel');
  });

  it('prints help and the version and exits 0', () => {
    const cwd = fixture({});
    const da = run(['--help'], { cwd });
    expect(da.status).toBe(0);
    expect(da.stdout).toContain('Brug: kerneopgave [tilvalg] <fil|mappe>...');
    expect(da.stdout).toContain(RULE);
    const en = run(['--lang', 'en', '-h'], { cwd });
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('Usage: kerneopgave [options] <file|folder>...');
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const version = run(['--version'], { cwd });
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`${pkg.version}\n`);
  });
});

describe('CLI details', () => {
  it('does not count a byte-order mark in columns', () => {
    const cwd = fixture({ 'bom.md': `\uFEFF${STATEMENT_V1}\n` });
    const [file] = json(run(['--format', 'json', 'bom.md'], { cwd }));
    const m = file.messages.find((x) => x.ruleId === RULE)!;
    expect(m.column).toBe(STATEMENT_V1.indexOf('undervise') + 1);
  });

  it('gives usage errors in English with --lang en', () => {
    const cwd = fixture({ 'a.md': GRUNDLAG });
    const r = run(['--lang', 'en', '--bogus', 'a.md'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('See kerneopgave --help.');
  });

  it('writes absolute paths as file URIs in SARIF', () => {
    const cwd = fixture({ 'a.md': GRUNDLAG });
    const r = run(['--format', 'sarif', path.join(cwd, 'a.md')], { cwd });
    const sarif = JSON.parse(r.stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/\/.*\/a\.md$/);
  });
});

describe('CLI report', () => {
  it('writes the Markdown report for the bundled examples as in its golden file', () => {
    const r = run(['--format', 'report', 'examples'], { cwd: REPO });
    expect(r.status).toBe(0);
    const golden = path.join(REPO, 'test', 'fixtures', 'report', 'examples.da.md');
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, r.stdout);
    expect(r.stdout).toBe(fs.readFileSync(golden, 'utf8'));
  });

  it('writes the report in English with --lang en', () => {
    const r = run(['--format', 'report', '--lang', 'en', 'examples'], { cwd: REPO });
    const golden = path.join(REPO, 'test', 'fixtures', 'report', 'examples.en.md');
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, r.stdout);
    expect(r.stdout).toBe(fs.readFileSync(golden, 'utf8'));
  });
});

describe('CLI messages in English', () => {
  it('reports a missing file and a wrong config in English with --lang en', () => {
    const cwd = fixture({ 'a.md': GRUNDLAG, '.kerneopgave.json': '{ "rules": { "aktivitet-uden-effekt": "loud" } }' });
    const r = run(['--lang', 'en', 'a.md', 'missing.md'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('missing.md: does not exist');
    expect(r.stderr).toContain('(rules.aktivitet-uden-effekt): must be one of off, hint, information, warning, error, not "loud"');
    expect(r.stderr).not.toMatch(/findes ikke|skal være/);
  });
});

describe('--format json statements', () => {
  it('lists each statement beside the messages: text without its label, place, version and dimensions', () => {
    const md = 'Kerneopgaverne er:\n\nLÆRING: At hvert barn bliver klar til skolen.\n\nOMSORG: At vi tilbyder pasning.\n\n## Spørgsmål\n\n## Vores kerneopgave\n\nHvilken forskel gør I?\n';
    const cwd = fixture({ 'plan.md': md });
    const [file] = JSON.parse(run(['--format', 'json', 'plan.md'], { cwd }).stdout);
    expect(file.statements.map((s: { text: string; label: string; line: number; column: number; version: unknown }) => [s.text, s.label, s.line, s.column, s.version])).toEqual([
      ['At hvert barn bliver klar til skolen.', 'LÆRING', 3, 9, 2],
      ['At vi tilbyder pasning.', 'OMSORG', 5, 9, 1],
      ['Hvilken forskel gør I?', 'Vores kerneopgave', 11, 1, null],
    ]);
    expect(Object.keys(file.statements[0].dimensions).sort()).toEqual(['ambition', 'maalgruppe', 'tilgang', 'vaerdi']);
  });
});
