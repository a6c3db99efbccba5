// The command-line front end over the same core, for CI and batch use.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeProblems, findConfigFile, loadConfigFile } from './configFile';
import { defaultSettings, type KerneopgaveSettings } from './core/config';
import { lint, type LintResult } from './core/lint';
import { findingsToSource, isPlainTextFile, plainTextToMarkdown, withSourcePositions } from './core/sources/plaintext';
import { formatReport, type ReportFile } from './core/report';
import { formatHtmlReport } from './core/reportHtml';
import { collectFiles, readMarkdown } from './files';
import { describeDocxError, describeParagraph, DocxError, isWordFile, paragraphAt, readDocx } from './sources/docx';
import { pick } from './core/rules/rule';
import { RULES, ruleDocsUrl } from './core/rules/index';
import type { Finding, Locale } from './core/types';
import { formatJson, formatSarif, formatStylish, type FileResult } from './formatters';

const VERSION = '0.1.0';

interface Options {
  paths: string[];
  stdin: boolean;
  stdinFilename?: string;
  format: 'stylish' | 'json' | 'sarif' | 'report' | 'html';
  config?: string;
  maxWarnings: number;
  /** From --lang; otherwise the config file's language, otherwise Danish. */
  lang?: Locale;
  help: boolean;
  version: boolean;
}

class UsageError extends Error {
  constructor(readonly text: { da: string; en: string }) {
    super(text.da);
  }
}

function parseArgs(argv: string[]): Options {
  const options: Options = { paths: [], stdin: false, format: 'stylish', maxWarnings: -1, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError({ da: `${name} mangler en værdi`, en: `${name} needs a value` });
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
        if (f !== 'stylish' && f !== 'json' && f !== 'sarif' && f !== 'report' && f !== 'html') throw new UsageError({ da: `ukendt format »${f}«; brug stylish, json, sarif, report eller html`, en: `unknown format »${f}«; use stylish, json, sarif, report or html` });
        options.format = f;
        break;
      }
      case '-c':
      case '--config':
        options.config = value();
        break;
      case '--max-warnings': {
        const v = value();
        if (!/^-?\d+$/.test(v)) throw new UsageError({ da: `--max-warnings skal være et heltal, ikke »${v}«`, en: `--max-warnings must be a whole number, not »${v}«` });
        options.maxWarnings = Number(v);
        break;
      }
      case '--lang': {
        const v = value();
        if (v !== 'da' && v !== 'en') throw new UsageError({ da: `--lang skal være da eller en, ikke »${v}«`, en: `--lang must be da or en, not »${v}«` });
        options.lang = v;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError({ da: `ukendt tilvalg »${arg}«`, en: `unknown option »${arg}«` });
        if (arg === '-') options.stdin = true;
        else options.paths.push(arg);
    }
  }
  return options;
}

const HELP = {
  da: `kerneopgave ${VERSION}: stiller en facilitators spørgsmål til kerneopgaver i Markdown.

Brug: kerneopgave [tilvalg] <fil|mappe>...   (Markdown, .txt og Word .docx)
      kerneopgave --stdin [--stdin-filename navn.kerneopgave.md] < fil.md

Tilvalg:
  -f, --format <stylish|json|sarif|report|html>  uddataformat (standard: stylish); report = Markdown-rapport,
                                     html = rapporten som én side til udskrift (åbner også i Word)
  -c, --config <fil>                 brug denne .kerneopgave.json i stedet for den nærmeste
      --max-warnings <n>             afslut med 1, hvis der er flere end n advarsler
      --stdin                        læs Markdown fra standard input
      --stdin-filename <navn>        filnavn for standard input (uden navn: én kerneopgave-tekst)
      --lang <da|en>                 sprog for beskeder (standard: da)
  -h, --help                         vis denne hjælp
  -v, --version                      vis versionen

Afslutningskoder: 0 ingen fejl (og advarsler inden for --max-warnings), 1 fund over grænsen, 2 brugs- eller I/O-fejl
(også en fil, der ikke kan læses, fx en beskadiget .docx; de andre filer kontrolleres stadig).
Regler: ${RULES.map((r) => r.id).join(', ')}`,
  en: `kerneopgave ${VERSION}: asks a facilitator's questions about kerneopgave statements in Markdown.

Usage: kerneopgave [options] <file|folder>...   (Markdown, .txt and Word .docx)
       kerneopgave --stdin [--stdin-filename name.kerneopgave.md] < file.md

Options:
  -f, --format <stylish|json|sarif|report|html>  output format (default: stylish); report = Markdown report,
                                     html = the report as one printable page (opens in Word too)
  -c, --config <file>                use this .kerneopgave.json instead of the nearest one
      --max-warnings <n>             exit with 1 when there are more than n warnings
      --stdin                        read Markdown from standard input
      --stdin-filename <name>        file name for standard input (without: one kerneopgave text)
      --lang <da|en>                 message language (default: da)
  -h, --help                         show this help
  -v, --version                      show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings over the limit, 2 usage or I/O errors
(also a file that cannot be read, such as a damaged .docx; the other files are still checked).
Rules: ${RULES.map((r) => r.id).join(', ')}`,
};

function settingsForFile(file: string | undefined, options: Options, problems: string[]): KerneopgaveSettings {
  const base = defaultSettings();
  const configFile = options.config ?? (file ? findConfigFile(path.dirname(path.resolve(file))) : findConfigFile(process.cwd()));
  if (!configFile) return base;
  const loaded = loadConfigFile(configFile, base);
  for (const p of describeProblems(loaded, options.lang ?? (loaded.settings.language === 'en' ? 'en' : 'da'))) if (!problems.includes(p)) problems.push(p);
  return loaded.settings;
}

function lintText(text: string, file: string, options: Options, problems: string[]): { findings: Finding[]; result: LintResult } {
  const settings = settingsForFile(file === '<stdin>' ? options.stdinFilename : file, options, problems);
  // Unnamed standard input is one kerneopgave text, as a *.kerneopgave.md file is (issue 14).
  const fileName = file === '<stdin>' ? options.stdinFilename ?? 'stdin.kerneopgave.md' : file;
  const locale = options.lang ?? (settings.language === 'en' ? 'en' : 'da');
  if (isPlainTextFile(fileName)) {
    // Plain text is linted as the Markdown it converts to; findings are placed back in the original text.
    const conversion = plainTextToMarkdown(text);
    const result = lint(conversion.markdown, { fileName, settings, locale });
    return { findings: findingsToSource(conversion, result.findings), result: withSourcePositions(result, conversion) };
  }
  const result = lint(text, { fileName, settings, locale });
  return { findings: result.findings, result };
}

function readStdin(): string {
  try {
    return fs.readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      const lang = argv.includes('en') && argv.some((a, i) => (a === '--lang' && argv[i + 1] === 'en') || a === '--lang=en') ? 'en' : 'da';
      err(`kerneopgave: ${error.text[lang]}\n${pick({ da: 'Se kerneopgave --help.', en: 'See kerneopgave --help.' }, lang)}\n`);
      return 2;
    }
    throw error;
  }
  // Without --lang, the nearest .kerneopgave.json (or --config) decides the language of the whole output.
  const configLanguage = settingsForFile(undefined, options, []).language;
  const lang: Locale = options.lang ?? (configLanguage === 'en' ? 'en' : 'da');
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
    results.push({ file: options.stdinFilename ?? '<stdin>', text, ...lintText(text, '<stdin>', options, problems) });
  }
  for (const file of collectFiles(options.paths, problems, lang)) {
    if (isWordFile(file)) {
      // A Word document is linted as the Markdown it converts to; findings also name its Word paragraph.
      try {
        const docx = await readDocx(file);
        results.push({ file, text: docx.markdown, docx, ...lintText(docx.markdown, file, options, problems) });
      } catch (error) {
        if (!(error instanceof DocxError)) throw error;
        problems.push(describeDocxError(error, lang));
      }
      continue;
    }
    const text = readMarkdown(file, problems, lang);
    if (text === undefined) continue;
    results.push({ file, text, ...lintText(text, file, options, problems) });
  }
  const docsUrl = ruleDocsUrl;
  if (options.format === 'json') out(formatJson(results) + '\n');
  else if (options.format === 'sarif') out(formatSarif(results, lang, docsUrl, VERSION) + '\n');
  else if (options.format === 'report' || options.format === 'html') {
    const inputs: ReportFile[] = results.map((r) => {
      const docx = r.docx;
      return {
        file: r.file,
        result: r.result!,
        ...(docx ? { placeOf: (line: number, locale: Locale) => { const p = paragraphAt(docx, line); return p && describeParagraph(p, locale); } } : {}),
      };
    });
    out(options.format === 'html' ? formatHtmlReport(inputs, lang) : formatReport(inputs, lang));
  }
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
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      process.stderr.write(`kerneopgave: ${(error as Error)?.stack ?? error}\n`);
      process.exitCode = 2;
    },
  );
}
