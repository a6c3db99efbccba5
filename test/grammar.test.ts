// Tests for the TextMate injection grammar (grammars/kerneopgave.injection.tmLanguage.json) and the snippets.
// The grammar is injected into a stand-in for VS Code's Markdown grammar (test/fixtures/grammar), which copies
// the shapes that matter: block rules anchored with (^|\G), begin/while paragraphs, lists and quotes, and
// headings whose text is a capture with nested patterns.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import type { IGrammar, IToken, StateStack } from 'vscode-textmate';

const ROOT = new URL('../', import.meta.url);
const read = (relative: string): string => readFileSync(new URL(relative, ROOT), 'utf8');

const GRAMMAR_FILES: Record<string, string> = {
  'text.html.markdown': 'test/fixtures/grammar/markdown-host.tmLanguage.json',
  'markdown.kerneopgave.injection': 'grammars/kerneopgave.injection.tmLanguage.json',
};

const RULE_IDS = [
  'aktivitet-uden-effekt',
  'dimension-vaerdi',
  'dimension-ambition',
  'dimension-tilgang',
  'dimension-maalgruppe',
];

// Italic, not a keyword colour: the opener is the writer's own words, not an error.
const STATEMENT = 'markup.italic.kerneopgave.statement.markdown';
const SECTION = 'entity.name.section.kerneopgave.markdown';
const DIMENSION = 'entity.name.section.dimension.kerneopgave.markdown';
const DIRECTIVE = 'meta.directive.kerneopgave.markdown';
const DIRECTIVE_KEYWORD = 'keyword.control.directive.kerneopgave.markdown';
const RULE_PARAMETER = 'variable.parameter.rule.kerneopgave.markdown';

let grammar: IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(new URL('node_modules/vscode-oniguruma/release/onig.wasm', ROOT));
  await oniguruma.loadWASM(new Uint8Array(wasm).buffer);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      const file = GRAMMAR_FILES[scopeName];
      return file ? vsctm.parseRawGrammar(read(file), file) : null;
    },
    getInjections: (scopeName: string) =>
      scopeName === 'text.html.markdown' ? ['markdown.kerneopgave.injection'] : undefined,
  });
  const loaded = await registry.loadGrammar('text.html.markdown');
  if (!loaded) throw new Error('The Markdown stand-in grammar did not load');
  grammar = loaded;
});

interface TokenizedLine {
  text: string;
  tokens: IToken[];
  stoppedEarly: boolean;
}

function tokenize(source: string, timeLimit = 0): TokenizedLine[] {
  let stack: StateStack = vsctm.INITIAL;
  return source.split('\n').map((text) => {
    const result = grammar.tokenizeLine(text, stack, timeLimit);
    stack = result.ruleStack;
    return { text, tokens: result.tokens, stoppedEarly: result.stoppedEarly };
  });
}

/** The scope lists of the tokens that overlap `fragment` on the given line (its first occurrence). */
function scopesOver(line: TokenizedLine, fragment: string): string[][] {
  const start = line.text.indexOf(fragment);
  if (start < 0) throw new Error(`»${fragment}« is not on the line »${line.text}«`);
  const end = start + fragment.length;
  return line.tokens.filter((t) => t.startIndex < end && t.endIndex > start).map((t) => t.scopes);
}

/** The text covered by tokens carrying `scope` on the line, joined (contiguous runs separated by »|«). */
function textWith(line: TokenizedLine, scope: string): string {
  const runs: string[] = [];
  let last = -1;
  for (const t of line.tokens) {
    if (!t.scopes.includes(scope)) continue;
    const piece = line.text.slice(t.startIndex, Math.min(t.endIndex, line.text.length));
    if (t.startIndex === last && runs.length > 0) runs[runs.length - 1] += piece;
    else runs.push(piece);
    last = t.endIndex;
  }
  return runs.join('|');
}

function expectScope(line: TokenizedLine, fragment: string, scope: string): void {
  const scopes = scopesOver(line, fragment);
  expect(scopes.length, `no tokens over »${fragment}«`).toBeGreaterThan(0);
  for (const s of scopes) expect(s, `»${fragment}« in »${line.text}«`).toContain(scope);
}

function expectNoScope(line: TokenizedLine, fragment: string, scope: string): void {
  for (const s of scopesOver(line, fragment)) expect(s, `»${fragment}« in »${line.text}«`).not.toContain(scope);
}

function only(source: string): TokenizedLine {
  const lines = tokenize(source);
  if (lines.length !== 1) throw new Error('expected one line');
  return lines[0];
}

describe('kerneopgave injection grammar', () => {
  describe('statement openers', () => {
    it('scopes the opener phrase and not the rest of the sentence', () => {
      const line = only('Vores kerneopgave er at skabe trivsel');
      expect(textWith(line, STATEMENT)).toBe('Vores kerneopgave er at');
      expectNoScope(line, 'skabe', STATEMENT);
      expectNoScope(line, 'trivsel', STATEMENT);
    });

    it('keeps the paragraph and its inline Markdown after the opener', () => {
      const line = only('Vores kerneopgave er at **skabe** trivsel med `kode`');
      expectScope(line, 'Vores kerneopgave er at', 'meta.paragraph.markdown');
      expectScope(line, 'trivsel', 'meta.paragraph.markdown');
      expectScope(line, 'skabe', 'markup.bold.markdown');
      expectScope(line, 'kode', 'markup.inline.raw.string.markdown');
      expectNoScope(line, 'skabe', STATEMENT);
    });

    it.each([
      ['Vores kerneopgave er: at skabe trivsel', 'Vores kerneopgave er:'],
      ['Kerneopgaven er, at borgerne bliver selvforsørgende', 'Kerneopgaven er, at'],
      ['Kerneopgaven for hjemmeplejen er at borgerne kan klare sig selv', 'Kerneopgaven for hjemmeplejen er at'],
      ['Det er skolens kerneopgave at give børn lyst til at lære', 'Det er skolens kerneopgave at'],
      ['Det er Nyborg Kommunes kerneopgave at skabe gode liv', 'Det er Nyborg Kommunes kerneopgave at'],
      ['VORES KERNEOPGAVE ER AT skabe trivsel', 'VORES KERNEOPGAVE ER AT'],
      ['Kerneopgaven for ældreplejen på Østerbro er at borgerne føler sig trygge', 'Kerneopgaven for ældreplejen på Østerbro er at'],
      ['Vores fælles kerneopgave er derfor at skabe læring', 'Vores fælles kerneopgave er derfor at'],
      ['Som kerneopgave har vi at styrke fællesskabet', 'Som kerneopgave har vi'],
    ])('recognises the opener in »%s«', (source, opener) => {
      expect(textWith(only(source), STATEMENT)).toBe(opener);
    });

    it('recognises an opener inside a list item and keeps the list scopes', () => {
      const line = only('- Det er skolens kerneopgave at give børn lyst til at lære');
      expect(textWith(line, STATEMENT)).toBe('Det er skolens kerneopgave at');
      expectScope(line, '-', 'punctuation.definition.list.begin.markdown');
      expectScope(line, 'lære', 'markup.list.unnumbered.markdown');
      expectNoScope(line, 'give', STATEMENT);
    });

    it.each([
      ['* Vores kerneopgave er at skabe trivsel', 'Vores kerneopgave er at'],
      ['1. Kerneopgaven er, at borgerne klarer sig selv', 'Kerneopgaven er, at'],
      ['> Vores kerneopgave er at skabe trivsel', 'Vores kerneopgave er at'],
      ['> - Det er skolens kerneopgave at give børn lyst til at lære', 'Det er skolens kerneopgave at'],
    ])('recognises the opener after a container marker in »%s«', (source, opener) => {
      expect(textWith(only(source), STATEMENT)).toBe(opener);
    });

    it('recognises an opener on a continuation line of a list item', () => {
      const lines = tokenize('- Første punkt\n  Vores kerneopgave er at skabe trivsel');
      expect(textWith(lines[1], STATEMENT)).toBe('Vores kerneopgave er at');
    });

    it.each([
      'Vi har drøftet vores kerneopgave i dag',
      'Vores kerneopgave er vigtig for os alle',
      'I fjor skrev vi: Vores kerneopgave er at skabe trivsel',
      'Hvad er kerneopgaven egentlig?',
      '**Vores kerneopgave er at** skabe trivsel',
    ])('gives no statement scope to »%s«', (source) => {
      expect(textWith(only(source), STATEMENT)).toBe('');
    });

    it('gives no statement scope inside inline code', () => {
      const line = only('`Vores kerneopgave er at` står i skabelonen');
      expect(textWith(line, STATEMENT)).toBe('');
      expectScope(line, 'Vores kerneopgave er at', 'markup.inline.raw.string.markdown');
    });

    it('gives no statement scope inside a fenced code block', () => {
      const lines = tokenize('```\nVores kerneopgave er at skabe trivsel\n```\nVores kerneopgave er at lære');
      expectScope(lines[1], 'Vores', 'markup.fenced_code.block.markdown');
      expect(textWith(lines[1], STATEMENT)).toBe('');
      expect(textWith(lines[3], STATEMENT)).toBe('Vores kerneopgave er at');
    });

    it('gives no statement scope inside an indented code block', () => {
      const lines = tokenize('Indledning\n\n    Vores kerneopgave er at skabe trivsel');
      expectScope(lines[2], 'Vores', 'markup.raw.block.markdown');
      expect(textWith(lines[2], STATEMENT)).toBe('');
    });

    it('gives no statement scope inside an HTML comment', () => {
      const lines = tokenize('<!--\nVores kerneopgave er at skabe trivsel\n-->');
      expectScope(lines[1], 'Vores', 'comment.block.html');
      expect(textWith(lines[1], STATEMENT)).toBe('');
    });
  });

  describe('headings', () => {
    it('gives the section scope to the text of "## Vores kerneopgave" and keeps the heading scopes', () => {
      const line = only('## Vores kerneopgave');
      expect(textWith(line, SECTION)).toBe('Vores kerneopgave');
      expectScope(line, 'Vores kerneopgave', 'markup.heading.markdown');
      expectScope(line, 'Vores kerneopgave', 'entity.name.section.markdown');
      expectScope(line, '##', 'punctuation.definition.heading.markdown');
      expectNoScope(line, '##', SECTION);
    });

    it.each([
      ['# Vores kerneopgave', 'Vores kerneopgave'],
      ['## Kerneopgaven for hjemmeplejen', 'Kerneopgaven for hjemmeplejen'],
      ['## Kerneopgaven for hjemmeplejen ##', 'Kerneopgaven for hjemmeplejen'],
      ['### Kerneopgaven: ældreplejen', 'Kerneopgaven: ældreplejen'],
      ['## 1. Vores fælles kerneopgave', '1. Vores fælles kerneopgave'],
      ['> ## Vores kerneopgave', 'Vores kerneopgave'],
    ])('gives the section scope to »%s«', (source, text) => {
      expect(textWith(only(source), SECTION)).toBe(text);
    });

    it.each([
      ['### Værdien vi skaber', 'Værdien vi skaber'],
      ['### Den fælles ambition', 'Den fælles ambition'],
      ['### Ambition', 'Ambition'],
      ['### Vision', 'Vision'],
      ['### Vores tilgang til opgaven', 'Vores tilgang til opgaven'],
      ['### Tilgang', 'Tilgang'],
      ['### Målgruppen', 'Målgruppen'],
      ['## Målgruppe', 'Målgruppe'],
      ['### Målgruppen – hvem skal vi lykkes sammen med?', 'Målgruppen – hvem skal vi lykkes sammen med?'],
    ])('gives the dimension scope to »%s«', (source, text) => {
      const line = only(source);
      expect(textWith(line, DIMENSION)).toBe(text);
      expectScope(line, text, 'markup.heading.markdown');
      expect(textWith(line, SECTION)).toBe('');
    });

    it.each([
      '## Hvad er en kerneopgave?',
      '## Arbejdet med kerneopgaver',
      '## Kerneopgaven?',
      '## Vores værdier',
      'Læs afsnittet # Vores kerneopgave',
    ])('gives no section or dimension scope to »%s«', (source) => {
      const line = only(source);
      expect(textWith(line, SECTION)).toBe('');
      expect(textWith(line, DIMENSION)).toBe('');
    });
  });

  describe('control comments', () => {
    it('scopes the whole comment, the directive name and each rule id', () => {
      const source = '<!-- kerneopgave-disable aktivitet-uden-effekt dimension-vaerdi -->';
      const line = only(source);
      expect(textWith(line, DIRECTIVE)).toBe(source);
      expect(textWith(line, DIRECTIVE_KEYWORD)).toBe('kerneopgave-disable');
      expect(textWith(line, RULE_PARAMETER)).toBe('aktivitet-uden-effekt|dimension-vaerdi');
      expectScope(line, '<!--', 'comment.block.html');
    });

    it.each([
      ['<!-- kerneopgave-enable dimension-tilgang -->', 'kerneopgave-enable', 'dimension-tilgang'],
      ['<!-- kerneopgave-disable-next-line dimension-maalgruppe -->', 'kerneopgave-disable-next-line', 'dimension-maalgruppe'],
      ['<!--kerneopgave-disable-->', 'kerneopgave-disable', ''],
      ['<!-- kerneopgave-disable dimension-ambition, dimension-vaerdi -->', 'kerneopgave-disable', 'dimension-ambition|dimension-vaerdi'],
      ['<!-- kerneopgave-disable dimension-ambition -- vi arbejder på den -->', 'kerneopgave-disable', 'dimension-ambition'],
    ])('recognises »%s«', (source, keyword, ids) => {
      const line = only(source);
      expect(textWith(line, DIRECTIVE)).toBe(source);
      expect(textWith(line, DIRECTIVE_KEYWORD)).toBe(keyword);
      expect(textWith(line, RULE_PARAMETER)).toBe(ids);
    });

    it('recognises a control comment inside a paragraph and a list item', () => {
      const inline = only('Tekst <!-- kerneopgave-disable-next-line aktivitet-uden-effekt --> mere tekst');
      expect(textWith(inline, DIRECTIVE)).toBe('<!-- kerneopgave-disable-next-line aktivitet-uden-effekt -->');
      expectNoScope(inline, 'mere tekst', DIRECTIVE);
      const item = only('- <!-- kerneopgave-disable dimension-vaerdi -->');
      expect(textWith(item, RULE_PARAMETER)).toBe('dimension-vaerdi');
    });

    it('leaves other comments and code alone', () => {
      expect(textWith(only('<!-- en almindelig kommentar -->'), DIRECTIVE)).toBe('');
      expect(textWith(only('<!-- kerneopgave-disabled aktivitet-uden-effekt -->'), DIRECTIVE)).toBe('');
      expect(textWith(only('`<!-- kerneopgave-disable aktivitet-uden-effekt -->`'), DIRECTIVE)).toBe('');
      const fenced = tokenize('```\n<!-- kerneopgave-disable aktivitet-uden-effekt -->\n```');
      expect(textWith(fenced[1], DIRECTIVE)).toBe('');
    });
  });

  describe('regular expressions', () => {
    it('compiles every regular expression with Oniguruma', () => {
      const found: string[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          for (const [key, value] of Object.entries(node)) {
            if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') found.push(value);
            else walk(value);
          }
        }
      };
      walk(JSON.parse(read(GRAMMAR_FILES['markdown.kerneopgave.injection'])));
      expect(found.length).toBeGreaterThanOrEqual(8);
      for (const source of found) expect(() => new oniguruma.OnigScanner([source]), source).not.toThrow();
    });

    it.each([
      ['a long run of owner words', 'Vores '.repeat(3000) + 'kerneopgave'],
      ['a long run of genitives', 'Det er ' + 'skolens '.repeat(3000) + 'opgave'],
      ['a long qualifier', 'Kerneopgaven for ' + 'hjemmeplejen '.repeat(2000) + 'er ikke'],
      ['an unclosed control comment full of dashes', '<!-- kerneopgave-disable ' + '- '.repeat(5000)],
      ['an unclosed control comment full of ids', '<!-- kerneopgave-disable ' + 'a-'.repeat(5000)],
      ['a long heading', '## ' + 'Vores '.repeat(3000) + 'kerneopgave?'],
      ['a long dimension heading', '### Målgruppen ' + '– '.repeat(5000)],
    ])('tokenizes %s without backtracking', (_name, source) => {
      const started = performance.now();
      const [line] = tokenize(source, 5000);
      expect(line.stoppedEarly).toBe(false);
      expect(performance.now() - started).toBeLessThan(1500);
    });
  });
});

interface ExpandedSnippet {
  text: string;
  tabstops: number[];
  choices: string[][];
}

/** Expands a VS Code snippet body to its default text (placeholders' defaults, first choices); throws on bad syntax. */
function expandSnippet(body: string): ExpandedSnippet {
  let i = 0;
  const tabstops: number[] = [];
  const choices: string[][] = [];
  const parse = (insidePlaceholder: boolean): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
        out += body[i + 1];
        i += 2;
        continue;
      }
      if (c === '}' && insidePlaceholder) {
        i++;
        return out;
      }
      if (c === '$') {
        const rest = body.slice(i);
        const simple = /^\$(\d+)/.exec(rest);
        if (simple) {
          tabstops.push(Number(simple[1]));
          i += simple[0].length;
          continue;
        }
        const open = /^\$\{(\d+)([:|}])/.exec(rest);
        if (!open) throw new Error(`unexpected »$« at ${i} in ${JSON.stringify(body)}`);
        tabstops.push(Number(open[1]));
        i += open[0].length;
        if (open[2] === ':') out += parse(true);
        else if (open[2] === '|') {
          const end = body.indexOf('|}', i);
          if (end < 0) throw new Error(`unclosed choice in ${JSON.stringify(body)}`);
          const options = body.slice(i, end).split(',');
          choices.push(options);
          out += options[0];
          i = end + 2;
        }
        continue;
      }
      out += c;
      i++;
    }
    if (insidePlaceholder) throw new Error(`unclosed placeholder in ${JSON.stringify(body)}`);
    return out;
  };
  const text = parse(false);
  return { text, tabstops, choices };
}

interface Snippet {
  prefix: unknown;
  body: unknown;
  description: unknown;
}

describe('snippets', () => {
  const raw = read('snippets/kerneopgave.code-snippets.json');
  const snippets = JSON.parse(raw) as Record<string, Snippet>;
  const byPrefix = new Map<string, { body: string; expanded: ExpandedSnippet }>();
  for (const snippet of Object.values(snippets)) {
    if (typeof snippet.prefix !== 'string') continue;
    const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : String(snippet.body);
    byPrefix.set(snippet.prefix, { body, expanded: expandSnippet(body) });
  }

  it('is strict JSON and every snippet has a prefix, a body and a description', () => {
    expect(() => JSON.parse(raw)).not.toThrow();
    for (const [name, snippet] of Object.entries(snippets)) {
      expect(typeof snippet.prefix, name).toBe('string');
      expect((snippet.prefix as string).length, name).toBeGreaterThan(0);
      expect(typeof snippet.description, name).toBe('string');
      expect((snippet.description as string).length, name).toBeGreaterThan(0);
      const body = snippet.body;
      const isLines = Array.isArray(body) && body.length > 0 && body.every((l) => typeof l === 'string');
      expect(typeof body === 'string' || isLines, name).toBe(true);
    }
  });

  it('has the expected prefixes', () => {
    expect([...byPrefix.keys()].sort()).toEqual(
      [
        'kerneopgave',
        'kerneopgave-disable',
        'kerneopgave-disable-next-line',
        'kerneopgave-enable',
        'kerneopgave-formulering',
        'medarbejdergrundlag',
      ].sort(),
    );
  });

  it('has well-formed bodies with tab stops numbered from 1 and a final $0', () => {
    for (const [prefix, { body, expanded }] of byPrefix) {
      const numbered = [...new Set(expanded.tabstops.filter((n) => n > 0))].sort((a, b) => a - b);
      expect(numbered, prefix).toEqual(numbered.map((_, k) => k + 1));
      expect(expanded.tabstops.filter((n) => n === 0), prefix).toHaveLength(1);
      expect(body.endsWith('$0'), prefix).toBe(true);
    }
  });

  it('offers exactly the rule ids in the control-comment snippets', () => {
    for (const prefix of ['kerneopgave-disable', 'kerneopgave-enable', 'kerneopgave-disable-next-line']) {
      const { expanded } = byPrefix.get(prefix)!;
      expect(expanded.choices, prefix).toEqual([RULE_IDS]);
    }
  });

  it('expands the control-comment snippets to comments the grammar recognises', () => {
    for (const prefix of ['kerneopgave-disable', 'kerneopgave-enable', 'kerneopgave-disable-next-line']) {
      const line = only(byPrefix.get(prefix)!.expanded.text);
      expect(textWith(line, DIRECTIVE_KEYWORD), prefix).toBe(prefix);
      expect(textWith(line, RULE_PARAMETER), prefix).toBe(RULE_IDS[0]);
    }
  });

  it('lays out the kerneopgave snippet with the four dimensions and their questions', () => {
    const { body, expanded } = byPrefix.get('kerneopgave')!;
    const lines = expanded.text.split('\n');
    expect(lines[0]).toBe('## Vores kerneopgave');
    for (const heading of ['### Værdien vi skaber', '### Den fælles ambition', '### Vores tilgang til opgaven', '### Målgruppen']) {
      expect(lines).toContain(heading);
    }
    for (const question of [
      'Hvad ville borgerne savne, hvis I forsvandt i morgen?',
      'Hvad vil I være stolte af om fem år?',
      'Hvordan løser I opgaven sammen med dem og ikke kun for dem?',
      'Hvem skal I lykkes sammen med?',
    ]) {
      expect(body).toMatch(new RegExp(`\\$\\{\\d+:${question.replace(/[?]/g, '\\?')}\\}`));
    }
    const doc = tokenize(expanded.text);
    expect(textWith(doc[0], SECTION)).toBe('Vores kerneopgave');
    expect(doc.filter((l) => textWith(l, DIMENSION) !== '')).toHaveLength(4);
  });

  it('lays out the medarbejdergrundlag snippet', () => {
    const lines = byPrefix.get('medarbejdergrundlag')!.expanded.text.split('\n');
    expect(lines[0]).toMatch(/^# \S/);
    const headings = lines.filter((l) => l.startsWith('## ') || l.startsWith('### '));
    expect(headings).toEqual([
      '## Vores kerneopgave',
      '### Værdien vi skaber',
      '### Den fælles ambition',
      '### Vores tilgang til opgaven',
      '### Målgruppen',
      '## De tre perspektiver',
      '### Den formelle kerneopgave',
      '### Den udførte kerneopgave',
      '### Den oplevede kerneopgave',
      '## Kompetencer og forudsætninger',
      '## Sådan følger vi op',
    ]);
  });

  it('expands the formulation snippet to a version-2 statement with an effect clause', () => {
    const { text } = byPrefix.get('kerneopgave-formulering')!.expanded;
    expect(text).toMatch(/^Vores kerneopgave er, at .+, så .+\.$/);
    expect(textWith(only(text), STATEMENT)).toBe('Vores kerneopgave er, at');
  });
});
