// An esbuild plugin for the playground's worker: the tagger's data (server/src/core/data/tagger/*.json) deflated
// and in base64, unpacked by web/playground/unpack.ts when the worker starts. The JSON is four tenths of the page's
// JavaScript, and the page has a budget (scripts/build.mjs); gzip on the wire makes the two about the same size.
import * as fs from 'node:fs';
import * as zlib from 'node:zlib';

const UNPACK = new URL('../web/playground/unpack.ts', import.meta.url).pathname;

/** The module that stands for one JSON file: its value, packed, with the call that unpacks it. */
export function packedModule(file) {
  const packed = zlib.deflateRawSync(fs.readFileSync(file), { level: 9 }).toString('base64');
  return `import { unpackJson } from ${JSON.stringify(UNPACK)};\nexport default unpackJson(${JSON.stringify(packed)});\n`;
}

export const packedTaggerData = {
  name: 'packed-tagger-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]core[\\/]data[\\/]tagger[\\/][^\\/]+\.json$/ }, (args) => ({ contents: packedModule(args.path), loader: 'js' }));
  },
};
