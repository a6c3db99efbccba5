// Word documents: the .docx fixtures are built here with jszip (mammoth's own zip library), the bad ones by hand.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { makeDocx, type Para } from './helpers/docx';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../server/src/core/lint';
import { LineIndex } from '../server/src/core/text/lines';
import { collectFiles } from '../server/src/files';
import { checkZip, DocxError, MAX_DOCX_UNCOMPRESSED, paragraphAt, readDocx } from '../server/src/sources/docx';


const REPO = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(REPO, 'dist', 'cli.js');
/** A one-entry zip written by hand (CRC left 0: the size check comes first), with the sizes it claims. */
function handZip(name: string, data: Buffer, claimedSize = data.length): Buffer {
  const deflated = zlib.deflateRawSync(data);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(claimedSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(claimedSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + nameBytes.length + deflated.length;
  const cdSize = central.length + nameBytes.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(cdSize, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, nameBytes, deflated, central, nameBytes, eocd]);
}

/** handZip's zip with the central directory's sizes in a ZIP64 extra field, as some writers store even small files. */
function zip64(data: Buffer, claimedSize = data.length): Buffer {
  const plain = handZip('word/document.xml', data);
  const name = Buffer.from('word/document.xml');
  const deflatedLength = plain.length - 30 - name.length - 46 - name.length - 22;
  const head = plain.subarray(0, 30 + name.length + deflatedLength);
  const central = Buffer.from(plain.subarray(head.length, head.length + 46));
  central.writeUInt32LE(0xffffffff, 20);
  central.writeUInt32LE(0xffffffff, 24);
  const extra = Buffer.alloc(20);
  extra.writeUInt16LE(1, 0);
  extra.writeUInt16LE(16, 2);
  extra.writeBigUInt64LE(BigInt(claimedSize), 4);
  extra.writeBigUInt64LE(BigInt(deflatedLength), 12);
  central.writeUInt16LE(extra.length, 30);
  const eocd = Buffer.from(plain.subarray(plain.length - 22));
  eocd.writeUInt32LE(46 + name.length + extra.length, 12);
  return Buffer.concat([head, central, name, extra, eocd]);
}

/** An OLE compound file header followed by directory names in UTF-16, as Word writes them. */
function compoundFile(...streams: string[]): Buffer {
  const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([magic, Buffer.alloc(504), ...streams.map((s) => Buffer.from(s + '\0', 'utf16le'))]);
}

async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'read';
  } catch (error) {
    expect(error).toBeInstanceOf(DocxError);
    return (error as DocxError).kind;
  }
}

const STATEMENT = 'Vi tilbyder undervisning til eleverne.';
const DOC: Para[] = [
  { text: 'Medarbejdergrundlag for Lærkeskolen', style: 'Heading1' },
  'Vi har talt om kerneopgaven på tre personalemøder i foråret.',
  { text: 'Kerneopgave', style: 'Heading2' },
  STATEMENT,
  { text: 'Vi holder møder med forældrene hver måned.', list: true },
  { text: 'Vi laver en plan for hver elev.', list: true },
];

const tmp: string[] = [];
afterAll(() => {
  for (const d of tmp) fs.rmSync(d, { recursive: true, force: true });
});
function tmpDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'kerneopgave-docx-'));
  tmp.push(d);
  return d;
}

describe('readDocx', () => {
  it('turns Word headings into # headings and numbered paragraphs into list items, one line per paragraph', async () => {
    const text = await readDocx('grundlag.docx', await makeDocx(DOC));
    expect(text.markdown).toBe(
      [
        '# Medarbejdergrundlag for Lærkeskolen',
        '',
        'Vi har talt om kerneopgaven på tre personalemøder i foråret.',
        '',
        '## Kerneopgave',
        '',
        STATEMENT,
        '',
        '- Vi holder møder med forældrene hver måned.',
        '- Vi laver en plan for hver elev.',
        '',
      ].join('\n'),
    );
    expect(text.paragraphs.map((p) => [p.number, p.line])).toEqual([
      [1, 0],
      [2, 2],
      [3, 4],
      [4, 6],
      [5, 8],
      [6, 9],
    ]);
    expect(text.paragraphs[1].firstWords).toBe('Vi har talt om kerneopgaven …');
    expect(text.paragraphs[3].firstWords).toBe('Vi tilbyder undervisning til eleverne.');
    expect(paragraphAt(text, 7)?.number).toBe(4);
    expect(paragraphAt(text, 9)?.number).toBe(6);
  });

  it('skips empty paragraphs in the count and escapes Markdown characters in the text', async () => {
    const text = await readDocx('x.docx', await makeDocx(['', '# ikke en overskrift', 'stjerner *her* og [klammer]']));
    expect(text.markdown).toBe('\\# ikke en overskrift\n\nstjerner \\*her\\* og \\[klammer\\]\n');
    expect(text.paragraphs.map((p) => p.number)).toEqual([1, 2]);
  });

  it('gives the version-1 finding in the statement paragraph, with its Word paragraph and converted line', async () => {
    const text = await readDocx('grundlag.docx', await makeDocx(DOC));
    const findings = lint(text.markdown, { fileName: 'grundlag.docx' }).findings;
    const finding = findings.find((f) => f.ruleId === 'aktivitet-uden-effekt');
    expect(finding).toBeDefined();
    const line = new LineIndex(text.markdown).position(finding!.start).line;
    expect(line).toBe(6);
    expect(paragraphAt(text, line)).toEqual({ number: 4, line: 6, firstWords: STATEMENT });
  });

  it('reads a whole *.kerneopgave.docx as one statement, as a *.kerneopgave.md', async () => {
    const text = await readDocx('grundlag.kerneopgave.docx', await makeDocx([STATEMENT]));
    const result = lint(text.markdown, { fileName: 'grundlag.kerneopgave.docx' });
    expect(result.units).toHaveLength(1);
    expect(result.findings.map((f) => f.ruleId)).toContain('aktivitet-uden-effekt');
  });

  it('refuses a corrupt zip, an encrypted document, an old .doc, a file over the size limit and a zip bomb', async () => {
    expect(await kindOf(readDocx('a.docx', Buffer.from('PK\x03\x04 not really a zip')))).toBe('corrupt');
    expect(await kindOf(readDocx('a.docx', Buffer.from('just text')))).toBe('corrupt');
    // A valid zip that is not a Word document.
    const notWord = new JSZip();
    notWord.file('readme.txt', 'hej');
    expect(await kindOf(readDocx('a.docx', await notWord.generateAsync({ type: 'nodebuffer' })))).toBe('corrupt');
    expect(await kindOf(readDocx('a.docx', compoundFile('Root Entry', 'EncryptionInfo', 'EncryptedPackage')))).toBe('encrypted');
    expect(await kindOf(readDocx('a.doc', compoundFile('Root Entry', 'WordDocument', '1Table')))).toBe('old-doc');
    expect(await kindOf(readDocx('a.doc', Buffer.from('{\\rtf1 gammelt format}')))).toBe('old-doc');
    expect(await kindOf(readDocx('a.docx', Buffer.alloc(21 * 1024 * 1024)))).toBe('too-large');
    // The central directory claims more than the bound.
    expect(await kindOf(readDocx('a.docx', handZip('word/document.xml', Buffer.from('<x/>'), MAX_DOCX_UNCOMPRESSED + 1)))).toBe('zip-bomb');
    // It claims a few bytes, but the data inflates past the bound (about 100 KB compressed).
    expect(await kindOf(readDocx('a.docx', handZip('word/document.xml', Buffer.alloc(MAX_DOCX_UNCOMPRESSED + 1024, 0x20), 10)))).toBe('zip-bomb');
  });

  it('reads the sizes of a ZIP64 entry and still bounds them', () => {
    expect(() => checkZip('a.docx', zip64(Buffer.from('<w:document/>')))).not.toThrow();
    expect(() => checkZip('a.docx', zip64(Buffer.from('<w:document/>'), 2 ** 40))).toThrow(expect.objectContaining({ kind: 'zip-bomb' }));
    expect(() => checkZip('a.docx', handZip('word/document.xml', Buffer.from('<w:document/>')))).not.toThrow();
  });

  it('is found by the folder walk, with .doc (to be refused) and without Word lock files', () => {
    const dir = tmpDir();
    for (const f of ['a.docx', 'b.doc', '~$a.docx', 'c.md', 'd.pdf']) fs.writeFileSync(path.join(dir, f), 'x');
    expect(collectFiles([dir], []).map((f) => path.basename(f))).toEqual(['a.docx', 'b.doc', 'c.md']);
  });
});

describe('CLI with Word documents', () => {
  const run = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });

  it('names the Word paragraph in stylish output and in JSON', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'grundlag.docx'), await makeDocx(DOC));
    const stylish = run(['grundlag.docx'], dir);
    expect(stylish.status).toBe(0);
    expect(stylish.stdout.split('\n')[0]).toBe('grundlag.docx  (Word: linje:kolonne i den omsatte tekst, afsnit i dokumentet)');
    expect(stylish.stdout).toMatch(/7:4 +advarsel .*aktivitet-uden-effekt {2}afsnit 4 \(»Vi tilbyder undervisning til eleverne\.«\)/);
    const json = JSON.parse(run(['-f', 'json', 'grundlag.docx'], dir).stdout);
    const message = json[0].messages.find((m: { ruleId: string }) => m.ruleId === 'aktivitet-uden-effekt');
    expect(message).toMatchObject({ line: 7, column: 4, paragraph: 4, paragraphStart: STATEMENT });
    const sarif = JSON.parse(run(['-f', 'sarif', 'grundlag.docx'], dir).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'aktivitet-uden-effekt');
    expect(result.properties).toEqual({ paragraph: 4, paragraphStart: STATEMENT, convertedLine: 7 });
  });

  it('exits 2 for a corrupt .docx, names it, and still reports the Markdown file next to it', () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'skadet.docx'), 'PK\x03\x04 ødelagt');
    fs.writeFileSync(path.join(dir, 'gammel.doc'), compoundFile('Root Entry', 'WordDocument'));
    fs.writeFileSync(path.join(dir, 'grundlag.md'), `## Kerneopgave\n\n${STATEMENT}\n`);
    const r = run(['-f', 'json', '.'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('skadet.docx: ikke et læsbart Word-dokument (.docx)');
    expect(r.stderr).toContain('gammel.doc: et gammelt Word-dokument (.doc) kan ikke læses; åbn det i Word, og vælg »Gem som .docx«');
    const json = JSON.parse(r.stdout);
    expect(json.map((f: { file: string }) => f.file)).toEqual(['grundlag.md']);
    expect(json[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('aktivitet-uden-effekt');
    const en = run(['--lang', 'en', 'skadet.docx'], dir);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('skadet.docx: not a readable Word document (.docx)');
  });
});
