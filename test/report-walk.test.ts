import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { insideWorkspace, walkFolder } from '../server/src/reportWalk';

describe('insideWorkspace', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ko-ws-'));
  fs.mkdirSync(path.join(root, 'sub'));
  fs.symlinkSync('/etc', path.join(root, 'out'));

  it('accepts the workspace folder and a folder inside it', () => {
    expect(insideWorkspace(root, [root])).toBe(fs.realpathSync(root));
    expect(insideWorkspace(path.join(root, 'sub'), [root])).toBe(fs.realpathSync(path.join(root, 'sub')));
  });
  it('refuses folders outside, the file system root and links that lead out', () => {
    expect(insideWorkspace('/etc', [root])).toBeUndefined();
    expect(insideWorkspace('/', [root])).toBeUndefined();
    expect(insideWorkspace('/proc/self', [root])).toBeUndefined();
    expect(insideWorkspace(path.join(root, 'out'), [root])).toBeUndefined();
    expect(insideWorkspace(path.join(root, '..', path.basename(root) + 'x'), [root])).toBeUndefined();
  });
  it('refuses everything when there is no workspace folder', () => {
    expect(insideWorkspace(root, [])).toBeUndefined();
  });
});

describe('walkFolder', () => {
  const never = { maxFiles: 1000, deadline: Number.MAX_SAFE_INTEGER, cancelled: () => false };
  const md = (name: string) => /\.md$/.test(name);
  const make = () => {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ko-walk-')));
    fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    fs.mkdirSync(path.join(root, 'node_modules', 'pkg'), { recursive: true });
    fs.mkdirSync(path.join(root, '.git'));
    fs.writeFileSync(path.join(root, 'a', 'one.md'), 'x');
    fs.writeFileSync(path.join(root, 'a', 'b', 'two.md'), 'x');
    fs.writeFileSync(path.join(root, 'z.md'), 'x');
    fs.writeFileSync(path.join(root, 'z.png'), 'x');
    fs.writeFileSync(path.join(root, 'node_modules', 'pkg', 'README.md'), 'x');
    fs.writeFileSync(path.join(root, '.git', 'x.md'), 'x');
    return root;
  };

  it('finds the files in name order, depth first, and skips dependencies and version control', async () => {
    const root = make();
    const { files, stopped } = await walkFolder(root, md, never);
    expect(files.map((f) => path.relative(root, f))).toEqual([path.join('a', 'b', 'two.md'), path.join('a', 'one.md'), 'z.md']);
    expect(stopped).toBeUndefined();
  });

  it('never follows a link out of the folder, and ends in a link loop', async () => {
    const root = make();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ko-out-'));
    fs.writeFileSync(path.join(outside, 'secret.md'), 'x');
    fs.symlinkSync(outside, path.join(root, 'out'));
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'secret.md'));
    fs.symlinkSync('/', path.join(root, 'slash'));
    fs.symlinkSync(root, path.join(root, 'a', 'b', 'loop'));
    fs.symlinkSync(path.join(root, 'a'), path.join(root, 'again'));
    const { files } = await walkFolder(root, md, never);
    expect(files.some((f) => f.includes('secret'))).toBe(false);
    // each real folder once: a/ is reached directly and through the link, its files are listed once
    expect(files.filter((f) => f.endsWith('one.md'))).toHaveLength(1);
  });

  it('stops at the file count, at the deadline and when cancelled, and says which', async () => {
    const root = make();
    expect(await walkFolder(root, md, { ...never, maxFiles: 2 })).toMatchObject({ stopped: 'files', files: [expect.any(String), expect.any(String)] });
    expect((await walkFolder(root, md, { ...never, deadline: Date.now() - 1 })).stopped).toBe('time');
    expect((await walkFolder(root, md, { ...never, cancelled: () => true })).stopped).toBe('cancelled');
  });
});
