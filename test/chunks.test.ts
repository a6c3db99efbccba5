// Chunked parsing gives the same prose blocks and comments as parsing the whole document at once.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkRanges } from '../server/src/core/text/chunks';
import { parseDocument } from '../server/src/core/text/parse';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { generateDocument } from '../scripts/generate';
import { sourceStart } from '../server/src/core/text/offsets';

function view(md: string, chunked: boolean) {
  const doc = parseDocument(md, { chunked });
  return {
    blocks: doc.blocks.map((b) => ({ kind: b.kind, start: b.start, end: b.end, text: b.text, starts: Array.from({ length: b.text.length }, (_, i) => sourceStart(b, i)) })),
    comments: doc.comments,
  };
}

const tricky = [
  '---\ntitle: x\n\nmore: y\n---\n\nTekst.\n',
  '- a\n\n- b\n\nafsnit\n\n1. en\n\n2. to\n',
  '```\nkode\n\nikke prosa\n```\n\nprosa\n',
  '~~~~\n```\n\nstadig kode\n~~~~\n\nprosa\n',
  '<!--\nkommentar\n\nover flere linjer -->\n\nprosa\n',
  '<div>\nhtml\n\n</div>\n\nprosa\n',
  '> citat\n\n> mere citat\n\nprosa\n',
  '- punkt\n\n  fortsat afsnit\n\n      indrykket kode\n\nprosa\n',
  'Setext\n===\n\n---\n\nefter en streg\n',
  '| a | b |\n|---|---|\n| c | d |\n\nprosa\n',
  'tekst\n\n    kode\n\nmere tekst\n',
  '<script>\nvar a;\n\nvar b;\n</script>\n\nprosa\n',
  'Linje et\r\n\r\nLinje to\r\n\r\n- punkt\r\n',
];

describe('chunked parsing', () => {
  for (const md of tricky) {
    it(`matches the whole parse: ${JSON.stringify(md).slice(0, 50)}`, () => {
      expect(view(md, true)).toEqual(view(md, false));
    });
  }

  it('splits long documents into chunks of a few kilobytes', () => {
    const md = generateDocument(200_000, 3);
    const lengths = chunkRanges(md).map(([from, to]) => to - from);
    expect(lengths.length).toBeGreaterThan(20);
    // Grouped (a parse has a fixed cost), but never so long that micromark's superlinear cases show.
    expect(lengths.slice(0, -1).every((n) => n >= 1024 && n <= 16_384)).toBe(true);
  });

  it('matches the whole parse on generated documents and on the fixtures', () => {
    for (const seed of [1, 2, 3]) {
      const md = generateDocument(30_000, seed);
      expect(view(md, true)).toEqual(view(md, false));
    }
    const dir = path.join(__dirname, 'fixtures', 'rules');
    for (const rule of fs.readdirSync(dir)) {
      for (const file of fs.readdirSync(path.join(dir, rule)).filter((f) => f.endsWith('.md'))) {
        const md = fs.readFileSync(path.join(dir, rule, file), 'utf8');
        expect(view(md, true), file).toEqual(view(md, false));
      }
    }
  });
});

describe('chunks micromark is superlinear on', () => {
  it('reads a line nested past 32 lists or quotes as no prose, and a long rule line as an ordinary rule', () => {
    expect(parseDocument('- '.repeat(40) + 'Vores kerneopgave er at undervise.\n').blocks).toEqual([]);
    expect(parseDocument('> '.repeat(40) + 'Vores kerneopgave er at undervise.\n').blocks).toEqual([]);
    const ruled = parseDocument('Tekst før.\n\n' + '-'.repeat(60) + '\n\nVores kerneopgave er at undervise.\n');
    expect(ruled.blocks.map((b) => b.text)).toEqual(['Tekst før.', 'Vores kerneopgave er at undervise.']);
    expect(parseDocument('> > > Vores kerneopgave er at undervise.\n').blocks.map((b) => b.kind)).toEqual(['blockquote']);
  });
});

function parseMarkdownWithGfm(md: string) {
  const p = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
  const data = p.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
  return p.parse(md);
}

/** Paragraphs and headings of one whole-document parse with every extension (GFM tables included). */
function wholeGfmBlocks(md: string): [string, number, number][] {
  const out: [string, number, number][] = [];
  const walk = (node: { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }) => {
    if (node.type === 'paragraph' || node.type === 'heading') out.push([node.type, node.position!.start.offset!, node.position!.end.offset!]);
    else for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(parseMarkdownWithGfm(md));
  return out;
}

describe('the GFM extensions only on the parts of a chunk that need them', () => {
  const tables = [
    'Før tabellen.\n\n| a | b |\n| - | - |\n| c | d |\n\nEfter tabellen.\n',
    'Overskrift\n\nen kolonne uden lodrette streger\n:-\nrække\n\nEfter.\n',
    '> | a | b |\n> |---|---|\n> | c | d |\n\nEfter citatet.\n',
    '- punkt\n\n  | a | b |\n  |:-:|--:|\n  | c | d |\n\nEfter listen.\n',
    'Tekst med ~~overstreget~~ ord.\n\nAlmindelig tekst | med streg.\n\nOg --- og : uden tabel.\n',
    '---\ntitel: x\n---\n\n| a |\n| - |\n\nTekst.\n',
    '# Titel\n\na | b\n--|--\nc | d\n\n## Næste\n\nSlut.\r\n',
    // Pipe tables that are skipped unparsed, and look-alikes that are not tables or not only a table.
    '| a | b |\n| --- | ---: |\n| c | d |\n\n| e |\n|:-:|\n\nTekst.\n',
    '| a | b |\n| - |\n\nEfter: ingen tabel, for kolonnerne passer ikke.\n',
    '| a |\n| - |\nbar er en række\n\nEfter.\n',
    '| a |\n| - |\n| b |\n# Overskrift\n\nEfter.\n',
    '   | a | b |\r\n   | :-- | --: |\r\n\r\nTekst.\r\n',
    '| a \\| b |\n| - |\n\nEscaped pipe.\n',
    '| `a|b` |\n| - | - |\n\nKode.\n',
    '| a | b |\n| -x- | - |\n\nIkke en skillelinje.\n',
    '| a |\n| - |\n\n    kode efter en blank linje\n\nTekst.\n',
  ];
  for (const md of tables) {
    it(`finds the same prose as one parse with GFM: ${JSON.stringify(md).slice(0, 40)}`, () => {
      const blocks = parseDocument(md).blocks.map((b) => [b.kind === 'heading' ? 'heading' : 'paragraph', b.start, b.end]);
      expect(blocks).toEqual(wholeGfmBlocks(md));
    });
  }

  it('finds the same prose as one parse with GFM in generated documents with tables', () => {
    for (const seed of [1, 2]) {
      const md = generateDocument(40_000, seed, 'prose');
      expect(md).toContain('| --- |');
      const blocks = parseDocument(md).blocks.map((b) => [b.kind === 'heading' ? 'heading' : 'paragraph', b.start, b.end]);
      expect(blocks).toEqual(wholeGfmBlocks(md));
    }
  });
});
