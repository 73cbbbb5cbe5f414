/**
 * `npm run bench:search:browser -- --count 10000`: search latency in Chromium under 4× CPU
 * throttling against a site built from `npm run gen` articles. Generates the corpus and builds
 * the site under bench/.work (reused on the next run), serves it with `vite preview`, types
 * known queries (a quotation's words, a speaker's name) keystroke by keystroke and records the
 * figures under `browser` in bench/results/search.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { writeCorpus } from '../scripts/gen/writeCorpus.ts';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { knownQueries, measureSearchLatency, throttleCpu } from './searchLatency.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    throttle: { type: 'string', default: '4' },
    out: { type: 'string', default: 'bench/results/search.json' },
  },
});
const count = Number(values.count);
const throttle = Number(values.throttle);
const work = path.resolve('bench/.work');
const corpusDir = path.join(work, `search-corpus-${count}`);
const outDir = path.join(work, `search-site-${count}`);

async function buildSite(): Promise<number> {
  if (existsSync(path.join(outDir, 'data/search/meta.json'))) return 0;
  if (!existsSync(path.join(corpusDir, 'topics.json'))) {
    writeCorpus(corpusDir, count, 1, { mkdir: mkdirSync, writeFile: writeFileSync });
  }
  process.env.SAYWIRE_CONTENT_DIR = corpusDir;
  const started = performance.now();
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return performance.now() - started;
}

type Json = Record<string, unknown>;

async function main() {
  const buildMs = await buildSite();
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 4190 + (count % 7), strictPort: false, open: false },
  });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('vite preview has no local URL');
  const browser = await launchBrowser();
  try {
    const queries = await knownQueries(base);
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    page.setDefaultTimeout(60_000);
    await throttleCpu(page, throttle);
    const latency = await measureSearchLatency(page, base, queries);
    const row = {
      count,
      cpuThrottling: throttle,
      queries,
      ...(buildMs ? { buildMs: Math.round(buildMs) } : {}),
      ...latency,
    };
    console.log(JSON.stringify(row));
    const results = existsSync(values.out)
      ? (JSON.parse(readFileSync(values.out, 'utf8')) as Json)
      : {};
    const browserRuns = (results.browser ?? {}) as Json;
    browserRuns[String(count)] = { measured: new Date().toISOString(), ...row };
    writeFileSync(values.out, `${JSON.stringify({ ...results, browser: browserRuns }, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
