import { generateDocument } from './generate';
import { lint } from '../server/src/core/lint';
import { clearParseCache } from '../server/src/core/text/parse';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { performance } from 'node:perf_hooks';
const doc = generateDocument(20_000, 1, 'prose');
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1];
for (let w = 0; w < 40; w++) { clearParseCache(); lint(doc); unified().use(remarkParse).parse(doc); }
const tl: number[] = [], tr: number[] = [];
for (let r = 0; r < 80; r++) {
  clearParseCache();
  let t = performance.now(); lint(doc); tl.push(performance.now() - t);
  t = performance.now(); unified().use(remarkParse).parse(doc); tr.push(performance.now() - t);
}
console.log('lint', med(tl).toFixed(2), 'remark', med(tr).toFixed(2), 'ratio', (med(tl) / med(tr)).toFixed(2));
