/**
 * `npm run gen -- --count N --seed S --out DIR`: writes N synthetic articles and their
 * `topics.json` into DIR, ready for `SAYWIRE_CONTENT_DIR=DIR npx vite build`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './writeCorpus.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});

const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed) || !values.out) {
  console.error('usage: npm run gen -- --count N --seed S --out DIR');
  process.exit(2);
}
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });
const started = performance.now();
const { bytes } = writeCorpus(out, count, seed, { mkdir: mkdirSync, writeFile: writeFileSync });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${count} articles (${(bytes / 1e6).toFixed(1)} MB) and topics.json in ${out} (${seconds} s)`,
);
