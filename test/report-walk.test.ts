import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { insideWorkspace } from '../server/src/reportWalk';

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
