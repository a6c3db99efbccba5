// The command-line front end over the same core, for CI and batch use.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeProblems, findConfigFile, loadConfigFile } from './configFile';
import { defaultSettings, type KerneopgaveSettings } from './core/config';
import { lint } from './core/lint';
import { pick } from './core/rule';
import { RULES, ruleDocsUrl } from './core/rules/index';
import type { Finding, Locale } from './core/types';
import { formatJson, formatSarif, formatStylish, type FileResult } from './formatters';

const VERSION = '0.1.0';
const MARKDOWN = /\.(md|markdown)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
/** Files above this size are skipped with a message: the editor would not show them either. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

interface Options {
  paths: string[];
  stdin: boolean;
  stdinFilename?: string;
  format: 'stylish' | 'json' | 'sarif';
  config?: string;
  maxWarnings: number;
  /** From --lang; otherwise the config file's language, otherwise Danish. */
  lang?: Locale;
  help: boolean;
  version: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const options: Options = { paths: [], stdin: false, format: 'stylish', maxWarnings: -1, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${name} mangler en værdi`);
      return v;
    };
    switch (name) {
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '-v':
      case '--version':
        options.version = true;
        break;
      case '--stdin':
        options.stdin = true;
        break;
      case '--stdin-filename':
        options.stdinFilename = value();
        break;
      case '-f':
      case '--format': {
        const f = value();
        if (f !== 'stylish' && f !== 'json' && f !== 'sarif') throw new UsageError(`ukendt format »${f}«; brug stylish, json eller sarif`);
        options.format = f;
        break;
      }
      case '-c':
      case '--config':
        options.config = value();
        break;
      case '--max-warnings': {
        const v = value();
        if (!/^-?\d+$/.test(v)) throw new UsageError(`--max-warnings skal være et heltal, ikke »${v}«`);
        options.maxWarnings = Number(v);
        break;
      }
      case '--lang': {
        const v = value();
        if (v !== 'da' && v !== 'en') throw new UsageError(`--lang skal være da eller en, ikke »${v}«`);
        options.lang = v;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`ukendt tilvalg »${arg}«`);
        if (arg === '-') options.stdin = true;
        else options.paths.push(arg);
    }
  }
  return options;
}

const HELP = {
  da: `kerneopgave ${VERSION}: stiller en facilitators spørgsmål til kerneopgaver i Markdown.

Brug: kerneopgave [tilvalg] <fil|mappe>...
      kerneopgave --stdin [--stdin-filename navn.kerneopgave.md] < fil.md

Tilvalg:
  -f, --format <stylish|json|sarif>  uddataformat (standard: stylish)
  -c, --config <fil>                 brug denne .kerneopgave.json i stedet for den nærmeste
      --max-warnings <n>             afslut med 1, hvis der er flere end n advarsler
      --stdin                        læs Markdown fra standard input
      --stdin-filename <navn>        filnavn for standard input (fx x.kerneopgave.md)
      --lang <da|en>                 sprog for beskeder (standard: da)
  -h, --help                         vis denne hjælp
  -v, --version                      vis versionen

Afslutningskoder: 0 ingen fejl (og advarsler inden for --max-warnings), 1 fund over grænsen, 2 brugs- eller I/O-fejl.
Regler: ${RULES.map((r) => r.id).join(', ')}`,
  en: `kerneopgave ${VERSION}: asks a facilitator's questions about kerneopgave statements in Markdown.

Usage: kerneopgave [options] <file|folder>...
       kerneopgave --stdin [--stdin-filename name.kerneopgave.md] < file.md

Options:
  -f, --format <stylish|json|sarif>  output format (default: stylish)
  -c, --config <file>                use this .kerneopgave.json instead of the nearest one
      --max-warnings <n>             exit with 1 when there are more than n warnings
      --stdin                        read Markdown from standard input
      --stdin-filename <name>        file name for standard input (e.g. x.kerneopgave.md)
      --lang <da|en>                 message language (default: da)
  -h, --help                         show this help
  -v, --version                      show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings over the limit, 2 usage or I/O errors.
Rules: ${RULES.map((r) => r.id).join(', ')}`,
};

/** Expands folders into Markdown files (recursively, no symlink loops); reports what cannot be read. */
function collectFiles(paths: string[], problems: string[]): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (p: string, explicit: boolean) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (error) {
      problems.push(`${p}: ${errorText(error)}`);
      return;
    }
    let real: string;
    try {
      real = fs.realpathSync(p);
    } catch {
      real = path.resolve(p);
    }
    if (seen.has(real)) return;
    seen.add(real);
    if (stat.isDirectory()) {
      let entries: string[];
      try {
        entries = fs.readdirSync(p).sort();
      } catch (error) {
        problems.push(`${p}: ${errorText(error)}`);
        return;
      }
      for (const entry of entries) {
        if (SKIP_DIRS.has(entry)) continue;
        const child = path.join(p, entry);
        let isDir = false;
        try {
          isDir = fs.statSync(child).isDirectory();
        } catch (error) {
          if (MARKDOWN.test(entry)) problems.push(`${child}: ${errorText(error)}`);
          continue;
        }
        if (isDir || MARKDOWN.test(entry)) visit(child, false);
      }
    } else if (stat.isFile() && (explicit || MARKDOWN.test(p))) {
      files.push(p);
    }
  };
  for (const p of paths) visit(p, true);
  return files;
}

function errorText(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'findes ikke';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'ingen adgang (kan ikke læses)';
  if (e.code === 'ELOOP') return 'symbolsk link i ring';
  return e.message ?? String(error);
}

function settingsForFile(file: string | undefined, options: Options, problems: string[]): KerneopgaveSettings {
  const base = defaultSettings();
  const configFile = options.config ?? (file ? findConfigFile(path.dirname(path.resolve(file))) : findConfigFile(process.cwd()));
  if (!configFile) return base;
  const loaded = loadConfigFile(configFile, base);
  for (const p of describeProblems(loaded)) if (!problems.includes(p)) problems.push(p);
  return loaded.settings;
}

function lintText(text: string, file: string, options: Options, problems: string[]): Finding[] {
  const settings = settingsForFile(file === '<stdin>' ? options.stdinFilename : file, options, problems);
  return lint(text, { fileName: file === '<stdin>' ? options.stdinFilename : file, settings, locale: options.lang ?? (settings.language === 'en' ? 'en' : 'da') }).findings;
}

function readStdin(): string {
  try {
    return fs.readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

/** Runs the CLI; returns the exit code. */
export function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): number {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      const lang = argv.includes('en') && argv.some((a, i) => (a === '--lang' && argv[i + 1] === 'en') || a === '--lang=en') ? 'en' : 'da';
      err(`kerneopgave: ${error.message}\n${pick({ da: 'Se kerneopgave --help.', en: 'See kerneopgave --help.' }, lang)}\n`);
      return 2;
    }
    throw error;
  }
  const lang: Locale = options.lang ?? 'da';
  if (options.help) {
    out(HELP[lang] + '\n');
    return 0;
  }
  if (options.version) {
    out(VERSION + '\n');
    return 0;
  }
  if (!options.stdin && options.paths.length === 0) {
    err(`kerneopgave: ${lang === 'en' ? 'no files given' : 'ingen filer angivet'}\n${lang === 'en' ? 'See' : 'Se'} kerneopgave --help.\n`);
    return 2;
  }
  const problems: string[] = [];
  const results: FileResult[] = [];
  if (options.stdin) {
    const text = readStdin().replace(/^\uFEFF/, '');
    results.push({ file: options.stdinFilename ?? '<stdin>', text, findings: lintText(text, '<stdin>', options, problems) });
  }
  for (const file of collectFiles(options.paths, problems)) {
    let buffer: Buffer;
    try {
      const size = fs.statSync(file).size;
      if (size > MAX_FILE_BYTES) {
        problems.push(`${file}: ${Math.round(size / 1024 / 1024)} MB er for stor (grænse ${MAX_FILE_BYTES / 1024 / 1024} MB); springes over`);
        continue;
      }
      buffer = fs.readFileSync(file);
    } catch (error) {
      problems.push(`${file}: ${errorText(error)}`);
      continue;
    }
    if (buffer.subarray(0, 8192).includes(0)) {
      problems.push(`${file}: ser ud til at være en binær fil; springes over`);
      continue;
    }
    // Editors do not count a byte-order mark; neither do we, so columns agree.
    const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
    results.push({ file, text, findings: lintText(text, file, options, problems) });
  }
  const docsUrl = ruleDocsUrl;
  if (options.format === 'json') out(formatJson(results) + '\n');
  else if (options.format === 'sarif') out(formatSarif(results, lang, docsUrl, VERSION) + '\n');
  else out(formatStylish(results, lang));
  for (const p of problems) err(`kerneopgave: ${p}\n`);

  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (problems.length > 0) return 2;
  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) return 1;
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
