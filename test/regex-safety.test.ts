// Every regular expression in server/src and client/src is safe against catastrophic backtracking: each one runs
// against adversarial inputs of 100 000 characters within a generous bound, and so do lint and the tokenizer.
//
// Regex literals are found by parsing the sources with the TypeScript compiler API. Expressions built at run time
// (`new RegExp(…)` over data lists) are recorded by a stand-in for the global RegExp constructor while the core's
// modules load and lint the fixtures; a test checks that every file with `new RegExp` contributed at least one.
// Each run happens in a vm context with a timeout, so a catastrophic pattern fails the test instead of hanging it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const N = 100_000;
/** Generous: a linear scan of 100 000 characters takes about a millisecond. */
const BOUND_MS = 1000;
/** lint builds trees and runs every rule; still far below this on 100 000 characters when nothing is superlinear. */
const LINT_BOUND_MS = 10_000;

// ---- record the expressions built at run time ----
interface Built {
  re: RegExp;
  stack: string;
}
const built: Built[] = [];
const NativeRegExp = RegExp;
const recordingRegExp = new Proxy(NativeRegExp, {
  construct(target, args, newTarget) {
    const re = Reflect.construct(target, args, newTarget === recordingRegExp ? target : newTarget) as RegExp;
    built.push({ re, stack: new Error().stack ?? '' });
    return re;
  },
  apply(target, _this, args) {
    const re = Reflect.construct(target, args) as RegExp;
    built.push({ re, stack: new Error().stack ?? '' });
    return re;
  },
});
globalThis.RegExp = recordingRegExp;
let core: typeof import('./helpers/regex-safety-modules');
try {
  core = await import('./helpers/regex-safety-modules');
  // Exercise the paths that build expressions lazily: front matter, every fixture and example, both locales.
  const samples = [
    ...sourceFiles(path.join(REPO, 'test', 'fixtures')).filter((f) => f.endsWith('.md')),
    ...sourceFiles(path.join(REPO, 'examples')).filter((f) => f.endsWith('.md')),
  ].map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
  samples.push({ name: 'fm.md', text: '---\ntitle: x\n---\n\n# Vores kerneopgave\n\nVores kerneopgave er at undervise.\n' });
  samples.push({ name: 'fm.md', text: '+++\ntitle = "x"\n+++\n\nVores kerneopgave er at undervise.\n' });
  for (const s of samples) for (const locale of ['da', 'en'] as const) core.exercise(s.text, s.name, locale);
} finally {
  globalThis.RegExp = NativeRegExp;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else out.push(full);
  }
  return out.sort();
}

// ---- find the literals and the constructor calls in the sources ----
interface Found {
  re: RegExp;
  where: string;
}
const literals: Found[] = [];
const constructorSites: { file: string; line: number }[] = [];
const SOURCES = [...sourceFiles(path.join(REPO, 'server', 'src')), ...sourceFiles(path.join(REPO, 'client', 'src'))].filter((f) => f.endsWith('.ts'));
for (const file of SOURCES) {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const rel = path.relative(REPO, file);
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const body = literal.slice(1, literal.lastIndexOf('/'));
      const flags = literal.slice(literal.lastIndexOf('/') + 1);
      literals.push({ re: new NativeRegExp(body, flags), where: `${rel}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}` });
    }
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      constructorSites.push({ file: rel, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

const builtFound: Found[] = built
  .map((b) => ({ re: b.re, where: `${/(server|client)\/src\/[\w/.-]+\.ts/.exec(b.stack)?.[0] ?? '?'} (built at run time)` }))
  .filter((b) => !b.where.startsWith('?'));

/** Unique by source and flags; the first place wins. */
const ALL: Found[] = [];
{
  const seen = new Set<string>();
  for (const f of [...literals, ...builtFound]) {
    const key = `/${f.re.source}/${f.re.flags}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ALL.push(f);
  }
}

// ---- adversarial inputs from a pattern ----
const GENERIC_UNITS = [' ', '\t', '\n', '\r\n', 'a', 'a ', 'A', 'æ', '1', '1.', '.', '-', 'a-', 'a.', "a'", ',', ', ', ':', '>', '> ', '*', '_', '`', '#', '|', '&', '\\', '<!--', '--', '\uFFFC', '»', '–', '\u00A0'];

/** Characters and words the pattern mentions: its literal characters, its classes' members, its words. */
function vocabulary(re: RegExp): { chars: string[]; words: string[] } {
  const src = re.source;
  const chars = new Set<string>();
  const classes: Record<string, string[]> = {
    s: [' ', '\t', '\n'],
    S: ['a'],
    w: ['a', '1', '_'],
    W: [' ', '-'],
    d: ['1'],
    D: ['a'],
    b: [],
    B: [],
    n: ['\n'],
    r: ['\r'],
    t: ['\t'],
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const next = src[i + 1];
      if (next === 'p' || next === 'P') {
        const close = src.indexOf('}', i);
        const name = src.slice(i + 3, close);
        for (const x of name.startsWith('N') ? ['1'] : name === 'Lu' ? ['A', 'Æ'] : ['a', 'æ', 'A']) chars.add(x);
        i = close;
      } else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
        chars.add(String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16)));
        i += 5;
      } else {
        for (const x of classes[next] ?? [next]) chars.add(x);
        i++;
      }
    } else if (c === '.') {
      chars.add('a');
    } else if (!'()[]{}|?*+^$'.includes(c)) {
      chars.add(c);
    }
  }
  const stripped = src.replace(/\\[pP]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\./g, ' ');
  const words = [...new Set(stripped.match(/\p{L}{2,}/gu) ?? [])].filter((w) => !/^[?:<=!]/.test(w));
  return { chars: [...chars], words };
}

interface Attack {
  input: string;
  label: string;
}

function attacks(re: RegExp): Attack[] {
  const { chars, words } = vocabulary(re);
  const own = [...new Set([...chars.slice(0, 12), ...chars.slice(0, 6).map((c) => c + ' '), ...words.slice(0, 4).flatMap((w) => [w + ' ', w + 's '])])];
  const pairs = chars.slice(0, 4).flatMap((a) => chars.slice(0, 4).filter((b) => b !== a).map((b) => a + b));
  const units = [...new Set([...GENERIC_UNITS, ...own, ...pairs])];
  // An anchored pattern is attacked after each of its first words (»^det\s+er\s+(…)«: »det « + »er « × n).
  const prefixes = re.source.startsWith('^') ? words.slice(0, 2).map((w) => w + ' ') : [];
  const out: Attack[] = [];
  const body = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
  const label = (prefix: string, unit: string, suffix: string) => `${JSON.stringify(prefix)} + ${JSON.stringify(unit)} × ${Math.ceil(N / unit.length)} + ${JSON.stringify(suffix)}`;
  const last = words[words.length - 1];
  for (const unit of units) {
    out.push({ input: body(unit) + '\u0000', label: label('', unit, '\u0000') });
    if (last) out.push({ input: body(unit) + last, label: label('', unit, last) });
  }
  for (const prefix of prefixes) for (const unit of own) out.push({ input: prefix + body(unit) + '\u0000', label: label(prefix, unit, '\u0000') });
  return out;
}

const context = vm.createContext({});

/** Runs `re` over the whole input (every match for a global pattern); undefined when within the bound. */
function tooSlow(re: RegExp, input: string, boundMs = BOUND_MS): string | undefined {
  context.re = re;
  context.s = input;
  re.lastIndex = 0;
  try {
    vm.runInContext(re.global || re.sticky ? '(() => { let n = 0; for (const _ of s.matchAll(re)) n++; return n; })()' : 're.test(s)', context, { timeout: boundMs });
    return undefined;
  } catch (error) {
    if (/timed out/.test((error as Error).message)) return `over ${boundMs} ms`;
    throw error;
  }
}

describe('regular expressions', () => {
  it('finds the literals and the expressions built at run time', () => {
    expect(literals.length).toBeGreaterThan(40);
    // Every file that calls new RegExp built at least one expression while the fixtures were linted.
    const builtFiles = new Set(builtFound.map((b) => b.where.split(' ')[0]));
    for (const site of constructorSites) {
      expect(builtFiles.has(site.file), `new RegExp at ${site.file}:${site.line} was never built: import its module in test/helpers/regex-safety-modules.ts or exercise its path`).toBe(true);
    }
    expect(constructorSites.length).toBeGreaterThan(0);
  });

  it('the attack generator catches classic catastrophic patterns (so that a pass means something)', () => {
    for (const bad of [/(a+)+$/, /^(\w+\s?)*$/, /\s+$/, /-+$/, /(x|x)*y/, /^(?:[\p{L}.]+s\s+){0,3}(?:\p{L}+\s*)*!/u]) {
      expect(attacks(bad).some((a) => tooSlow(bad, a.input, 300) !== undefined), String(bad)).toBe(true);
    }
  });

  for (const found of ALL) {
    const key = `/${found.re.source}/${found.re.flags}`;
    const title = `${key.length > 90 ? key.slice(0, 87) + '…' : key} (${found.where})`;
    it(`${title} runs in linear time on adversarial input`, () => {
      const slow: string[] = [];
      for (const attack of attacks(found.re)) {
        const verdict = tooSlow(found.re, attack.input);
        if (verdict) slow.push(`${attack.label}: ${verdict}`);
        if (slow.length >= 3) break;
      }
      expect(slow, `${key} at ${found.where}`).toEqual([]);
    });
  }
});

describe('lint and the tokenizer on adversarial input', () => {
  // In `npm test` a selection (a cold lint of 100 000 characters takes 0.2–2 s); `npm run fuzz` runs them all.
  const LONG = Number(process.env.FUZZ_RUNS) >= 1000;
  const UNITS = LONG
    ? ['a', 'a ', 'kerneopgave ', 'at ', 'undervise ', 'borgerne ', 'og ', ', ', '-', 'a-', '--a', '.', 'a.', 'bl.a. ', '»', '_a', '`', '[', '](', '&amp;', '&', '\\', '<', '-->', '|', '| a ', '#', '\t', '\r\n', '\r', '\n', '\n\n', '\u200B', '\uD800', '\uFFFC', '~~', ':', '?']
    : ['a ', 'undervise ', '| a '];
  const PREFIXES = LONG ? ['', 'Vores kerneopgave er at ', '# Vores kerneopgave\n\n', 'Det er skolens kerneopgave at '] : ['Vores kerneopgave er at '];
  // Known, in files under rewrite (see the skipped tests below): nested list markers and quotes on one line.
  const cases: { label: string; input: string }[] = [];
  for (const unit of UNITS) {
    for (const prefix of PREFIXES) {
      if (prefix && /^[\r\n]+$/.test(unit)) continue;
      cases.push({ label: `${JSON.stringify(prefix)} + ${JSON.stringify(unit)} × ${Math.ceil(N / unit.length)}`, input: prefix + unit.repeat(Math.ceil(N / unit.length)).slice(0, N) + '!' });
    }
  }

  it(`lints each of ${cases.length} inputs of ${N} characters within ${LINT_BOUND_MS / 1000} s, and tokenizes them within ${BOUND_MS / 1000} s`, () => {
    context.run = (f: () => unknown) => f();
    const slow: string[] = [];
    for (const c of cases) {
      for (const [what, f, bound] of [
        ['lint', () => core.lintCold(c.input), LINT_BOUND_MS],
        ...(LONG ? [['lint *.kerneopgave.md', () => core.lintCold(c.input, 'x.kerneopgave.md'), LINT_BOUND_MS] as const] : []),
        ['sentencesOf', () => core.tokenize(c.input), BOUND_MS],
      ] as const) {
        context.f = f;
        try {
          vm.runInContext('run(f)', context, { timeout: bound });
        } catch (error) {
          if (/timed out/.test((error as Error).message)) slow.push(`${what}: ${c.label} over ${bound} ms`);
          else throw new Error(`${what} threw on ${c.label}: ${(error as Error).stack}`);
        }
      }
      if (slow.length >= 3) break;
    }
    expect(slow).toEqual([]);
  });

  // Once known failures of parse.ts (quadratic comment scan, superlinear micromark cases, recursion), now fixed:
  // comments are found with indexOf, chunks micromark is superlinear on are read as no prose, the walk is a loop.
  // Repro: lint('<!--'.repeat(25_000)) spends 1.7 s in collectBlocks (parse.ts) on the quadratic comment pattern.
  it('lints many unclosed HTML comments within the bound (parse.ts collectBlocks)', () => {
    context.f = () => core.lintCold('<!--'.repeat(N / 4));
    vm.runInContext('run(f)', context, { timeout: BOUND_MS });
  });
  // Repro: remark-parse (micromark) is superlinear on list markers nested on one line: parsing '- '.repeat(2000)
  // + 'x') takes 1.5 s for 4 KB, and 50 000 of them do not finish in minutes. parse.ts would have to refuse or
  // flatten such nesting before micromark sees it.
  it('lints 50 000 nested list markers on one line within the bound (micromark via parse.ts)', () => {
    context.f = () => core.lintCold('- '.repeat(N / 2) + 'x');
    vm.runInContext('run(f)', context, { timeout: LINT_BOUND_MS });
  });
  // Repro: remark-parse (micromark) is superlinear on many unmatched emphasis markers: parsing '**a'.repeat(n)
  // takes 0.6 s for n = 8 000, 5 s for 16 000 and 15 s for 33 334 (100 KB).
  it('lints 33 334 unmatched »**« within the bound (micromark attention via parse.ts)', () => {
    context.f = () => core.lintCold('Vores kerneopgave er at ' + '**a'.repeat(N / 3));
    vm.runInContext('run(f)', context, { timeout: LINT_BOUND_MS });
  });
  // Repro: lint('> '.repeat(50_000) + 'x') overflows the stack in collectBlocks (see properties.test.ts).
  it('lints 50 000 nested block quotes on one line (parse.ts collectBlocks recursion)', () => {
    context.f = () => core.lintCold('> '.repeat(N / 2) + 'x');
    vm.runInContext('run(f)', context, { timeout: LINT_BOUND_MS });
  });
});
