// Settings: per-rule severity, enable, language. Validates user input and explains what is wrong.
import { RULES, ruleById } from './rules/index';
import type { Localized } from './rules/rule';
import type { Locale, SeveritySetting } from './types';
import { emptyOrdliste, type Ordliste } from './reading/lexicon';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';

export interface KerneopgaveSettings {
  enable: boolean;
  /** Severity per rule id; a rule not listed uses its default. */
  rules: Record<string, SeveritySetting>;
  language: 'auto' | Locale;
  /** LIX above this gives a hint (rule lix). */
  lixThreshold: number;
  /** Show the checklist code lens above each unit. */
  codeLens: boolean;
  /** Hold back findings on the sentence being typed until the writer pauses. */
  focusMode: boolean;
  /** Labels read besides »kerneopgave« (»mission«, »formål«, »vision«, »vores opgave«); none by default. */
  labels: string[];
  /** The workplace's own words: target groups, effect phrases, activity verbs; they extend the built-in lists. */
  ordliste: Ordliste;
}

export const ORDLISTE_KEYS = ['maalgrupper', 'effekter', 'aktiviteter'] as const;

export const DEFAULT_LIX_THRESHOLD = 45;

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

/** The defaults: every rule at its own default severity. */
export function defaultSettings(): KerneopgaveSettings {
  return { enable: true, rules: {}, language: 'auto', lixThreshold: DEFAULT_LIX_THRESHOLD, codeLens: true, focusMode: false, labels: [], ordliste: emptyOrdliste() };
}

export interface ConfigProblem {
  /** A JSON-path-like place (»rules.aktivitet-uden-effekt«). */
  path: string;
  message: Localized;
  /** Where in the file's text the problem is (set by `parseConfigText`): offsets of the key or the bad spot. */
  start?: number;
  end?: number;
}

/** A wrong value as the message quotes it: JSON, cut short (a setting can hold a megabyte). */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/** Validates a settings object (from .kerneopgave.json or the editor); keeps what is valid, reports the rest. */
export function validateSettings(input: unknown, base: KerneopgaveSettings = defaultSettings()): {
  settings: KerneopgaveSettings;
  problems: ConfigProblem[];
} {
  const settings: KerneopgaveSettings = {
    ...base,
    rules: { ...base.rules },
    labels: [...base.labels],
    ordliste: { maalgrupper: [...base.ordliste.maalgrupper], effekter: [...base.ordliste.effekter], aktiviteter: [...base.ordliste.aktiviteter] },
  };
  const problems: ConfigProblem[] = [];
  if (input === undefined || input === null) return { settings, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push({ path: '', message: { da: 'forventede et JSON-objekt', en: 'expected a JSON object' } });
    return { settings, problems };
  }
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    switch (key) {
      case '$schema':
        break;
      case 'enable':
      case 'codeLens':
      case 'focusMode':
        if (typeof value === 'boolean') settings[key] = value;
        else problems.push({ path: key, message: { da: `skal være true eller false, ikke ${shown(value)}`, en: `must be true or false, not ${shown(value)}` } });
        break;
      case 'language':
        if (value === 'auto' || value === 'da' || value === 'en') settings.language = value;
        else problems.push({ path: 'language', message: { da: `skal være "auto", "da" eller "en", ikke ${shown(value)}`, en: `must be "auto", "da" or "en", not ${shown(value)}` } });
        break;
      case 'lixThreshold':
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100) settings.lixThreshold = value;
        else problems.push({ path: 'lixThreshold', message: { da: `skal være et tal mellem 0 og 100, ikke ${shown(value)}`, en: `must be a number from 0 to 100, not ${shown(value)}` } });
        break;
      case 'labels':
        if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim().length > 0 && v.length <= 60)) {
          settings.labels = (value as string[]).map((v) => v.trim());
        } else {
          problems.push({
            path: 'labels',
            message: { da: `skal være en liste af ord, fx ["mission", "formål"], ikke ${shown(value)}`, en: `must be a list of words, e.g. ["mission", "formål"], not ${shown(value)}` },
          });
        }
        break;
      case 'ordliste':
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          problems.push({
            path: 'ordliste',
            message: { da: `skal være et objekt med maalgrupper, effekter og aktiviteter, ikke ${shown(value)}`, en: `must be an object with maalgrupper, effekter and aktiviteter, not ${shown(value)}` },
          });
          break;
        }
        for (const [list, words] of Object.entries(value as Record<string, unknown>)) {
          if (!(ORDLISTE_KEYS as readonly string[]).includes(list)) {
            problems.push({ path: `ordliste.${list}`, message: { da: `ukendt liste; kendte lister: ${ORDLISTE_KEYS.join(', ')}`, en: `unknown list; known lists: ${ORDLISTE_KEYS.join(', ')}` } });
            continue;
          }
          const key = list as (typeof ORDLISTE_KEYS)[number];
          const single = key === 'aktiviteter';
          if (Array.isArray(words) && words.every((v) => typeof v === 'string' && v.trim().length > 0 && v.length <= 80 && (!single || !/\s/.test(v.trim())))) {
            // Extends what the editor's settings gave (a word in both is kept once).
            const merged = new Set([...settings.ordliste[key], ...(words as string[]).map((v) => v.trim().toLowerCase())]);
            settings.ordliste[key] = [...merged];
          } else {
            problems.push({
              path: `ordliste.${list}`,
              message: single
                ? { da: `skal være en liste af enkeltord, fx ["guide"], ikke ${shown(words)}`, en: `must be a list of single words, e.g. ["guide"], not ${shown(words)}` }
                : { da: `skal være en liste af ord eller udtryk, fx ["beboerne"], ikke ${shown(words)}`, en: `must be a list of words or phrases, e.g. ["beboerne"], not ${shown(words)}` },
            });
          }
        }
        break;
      case 'rules':
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          problems.push({ path: 'rules', message: { da: 'skal være et objekt med regel-id som nøgler', en: 'must be an object with rule ids as keys' } });
          break;
        }
        for (const [id, severity] of Object.entries(value as Record<string, unknown>)) {
          if (!ruleById(id)) {
            problems.push({ path: `rules.${id}`, message: { da: `ukendt regel; kendte regler: ${RULES.map((r) => r.id).join(', ')}`, en: `unknown rule; known rules: ${RULES.map((r) => r.id).join(', ')}` } });
          } else if (typeof severity === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
            settings.rules[id] = severity as SeveritySetting;
          } else if (severity === false) {
            settings.rules[id] = 'off';
          } else {
            problems.push({ path: `rules.${id}`, message: { da: `skal være en af ${SEVERITY_SETTINGS.join(', ')}, ikke ${shown(severity)}`, en: `must be one of ${SEVERITY_SETTINGS.join(', ')}, not ${shown(severity)}` } });
          }
        }
        break;
      default:
        problems.push({ path: key, message: { da: 'ukendt indstilling', en: 'unknown setting' } });
    }
  }
  return { settings, problems };
}

/** Parses the text of a .kerneopgave.json file (JSON with comments). Invalid JSON gives one problem, with its line
 * and column, and the base settings; every problem carries its place in the text. */
export function parseConfigText(text: string, base?: KerneopgaveSettings): { settings: KerneopgaveSettings; problems: ConfigProblem[] } {
  const source = text.replace(/^\uFEFF/, '');
  const shift = text.length - source.length;
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { allowTrailingComma: false, disallowComments: false });
  if (errors.length > 0 || !tree) {
    const error = errors[0];
    const offset = error?.offset ?? 0;
    const { line, column } = lineColumn(source, offset);
    const what = error ? printParseErrorCode(error.error) : 'ValueExpected';
    return {
      settings: base ?? defaultSettings(),
      problems: [
        {
          path: '',
          message: {
            da: `ugyldig JSON på linje ${line}, kolonne ${column}: ${PARSE_ERRORS_DA[what] ?? what}`,
            en: `invalid JSON at line ${line}, column ${column}: ${PARSE_ERRORS_EN[what] ?? what}`,
          },
          start: offset + shift,
          end: offset + shift + Math.max(1, error?.length ?? 1),
        },
      ],
    };
  }
  const result = validateSettings(getNodeValue(tree), base);
  for (const problem of result.problems) {
    const node = problem.path ? placeOf(tree, problem.path) : tree;
    if (node) {
      problem.start = node.offset + shift;
      problem.end = node.offset + node.length + shift;
    }
  }
  return result;
}

/** The key of a setting (»rules.aktivitet-uden-effekt«) in a parsed file, or the nearest enclosing one. */
function placeOf(tree: JsonNode, path: string): JsonNode | undefined {
  const segments = path.split('.');
  for (let n = segments.length; n > 0; n--) {
    const value = findNodeAtLocation(tree, segments.slice(0, n));
    // The property's key, not its (maybe long) value: »"rules"«.
    const key = value?.parent?.type === 'property' ? value.parent.children?.[0] : undefined;
    if (key) return key;
  }
  return undefined;
}

/** 1-based line and column of an offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

const PARSE_ERRORS_DA: Record<string, string> = {
  InvalidSymbol: 'ugyldigt tegn',
  InvalidNumberFormat: 'ugyldigt tal',
  PropertyNameExpected: 'forventede et navn i anførselstegn (et komma for meget?)',
  ValueExpected: 'forventede en værdi',
  ColonExpected: 'forventede et kolon',
  CommaExpected: 'forventede et komma',
  CloseBraceExpected: 'forventede }',
  CloseBracketExpected: 'forventede ]',
  EndOfFileExpected: 'forventede slutningen af filen',
  InvalidCommentToken: 'ugyldig kommentar',
  UnexpectedEndOfComment: 'kommentaren slutter ikke',
  UnexpectedEndOfString: 'teksten slutter ikke (mangler et anførselstegn?)',
  UnexpectedEndOfNumber: 'tallet slutter ikke',
  InvalidUnicode: 'ugyldig unicode-escape',
  InvalidEscapeCharacter: 'ugyldig escape',
  InvalidCharacter: 'ugyldigt tegn',
};

const PARSE_ERRORS_EN: Record<string, string> = {
  InvalidSymbol: 'invalid symbol',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in quotes (a comma too many?)',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected }',
  CloseBracketExpected: 'expected ]',
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'the comment does not end',
  UnexpectedEndOfString: 'the string does not end (a missing quote?)',
  UnexpectedEndOfNumber: 'the number does not end',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape',
  InvalidCharacter: 'invalid character',
};

/** The effective severity of a rule under these settings. */
export function severityOf(settings: KerneopgaveSettings, ruleId: string): SeveritySetting {
  return settings.rules[ruleId] ?? ruleById(ruleId)?.defaultSeverity ?? 'warning';
}
