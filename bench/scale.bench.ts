/**
 * `npm run bench:scale [-- --sizes 1000,10000,100000 --seed 1 --runs 20]`: for each corpus size,
 * generates the corpus, builds the site (cold, unchanged, after changing one article: see
 * bench/scaleBuild.ts), serves it with `vite preview` and drives Chromium under 4× CPU
 * throttling: build time and peak memory,
 * first-load JS, the list's first-screen data, DOM elements while scrolling, and how long a
 * topic or speaker filter takes to show its list. Writes bench/results/scale.json and prints a
 * Markdown table for the README. Timings are medians/percentiles of one noisy machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { measureFirstLoad } from '../scripts/checkBundleBudget.mjs';
import { writeCorpus } from '../scripts/gen/writeCorpus.ts';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { measureFilters, measureScroll, measureScrollSmoothness } from './scaleBrowser.ts';
import { measureBuilds } from './scaleBuild.ts';
import { knownQueries, measureSearchLatency, throttleCpu } from './searchLatency.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '20' },
    // Browser figures only, for sites already built: `--sites before=DIR,after=DIR`, measured
    // in turn `--rounds` times so that builds are compared within one period of load.
    sites: { type: 'string' },
    rounds: { type: 'string', default: '1' },
    // With `--sites`: also write each site's figures (the table's browser columns) to this file.
    json: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const seed = Number(values.seed);
const runs = Number(values.runs);

/** One row of the table. */
type Row = {
  articles: number;
  buildSeconds: number;
  peakBuildMB: number;
  /** A rebuild with nothing changed. */
  warmSeconds: number;
  /** A rebuild after one article changed: seconds, the pipeline's ms, articles parsed, pages rendered. */
  incrementalSeconds: number;
  incrementalDataMs: number;
  incrementalParsed: number;
  incrementalRendered: number;
  firstLoadJsGzip: number;
  listDataGzip: number;
  maxDomElements: number;
  /** Scrolling the list: frames per second, 95th percentile frame interval, share dropped. */
  scrollFps: number;
  scrollFrameP95: number;
  scrollDropped: number;
  /** Click on a chip to the painted, complete window (see bench/scaleBrowser.ts), cold. */
  filterP50: number;
  filterP95: number;
  /** The same when the pointer rests on the chip for 150 ms first (the app prefetches). */
  filterHoverP50: number;
  filterHoverP95: number;
  /** Keystroke to its results on screen (see bench/searchLatency.ts), 360 px wide. */
  searchP50: number | null;
  searchP95: number | null;
  /** The index lookup alone, per keystroke. */
  searchLookupP50: number;
  searchLookupP95: number;
  /** The machine's 1-minute load average when the browser runs began and ended (2 cores). */
  load: [number, number];
};

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** As the bundle budget counts it: the boot script and the chunks it starts, preloads included. */
const firstLoadJs = (outDir: string): number => measureFirstLoad(outDir).firstLoadJs.gzip;

/** The browser's figures for one built site (see Row). */
async function measureBrowser(outDir: string, port: number) {
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  const browser = await launchBrowser();
  try {
    const base = server.resolvedUrls?.local[0] ?? '';
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const loadBefore = os.loadavg()[0] ?? NaN;
    const maxDomElements = await measureScroll(page, base);
    const scroll = await measureScrollSmoothness(page, base);
    const filter = await measureFilters(page, base, runs);
    const hovered = await measureFilters(page, base, runs, 150);
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    phone.setDefaultTimeout(60_000);
    await throttleCpu(phone, 4);
    const search = await measureSearchLatency(phone, base, await knownQueries(base));
    const load: [number, number] = [
      Number(loadBefore.toFixed(2)),
      Number((os.loadavg()[0] ?? NaN).toFixed(2)),
    ];
    return { maxDomElements, scroll, filter, hovered, search, load };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (values.sites) {
  const sites = values.sites.split(',').map((entry) => {
    const [label = '', dir = ''] = entry.split('=');
    return { label, dir: path.resolve(dir) };
  });
  console.log(
    '| Site | Round | DOM max | Scroll fps (p95 ms) | Filter p50 / p95 | After hover p50 / p95 | Search p50 / p95 | Lookup p50 / p95 | Load |',
  );
  console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: |');
  const measured: object[] = [];
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const [i, site] of sites.entries()) {
      const m = await measureBrowser(site.dir, 4400 + i);
      measured.push({
        site: site.label,
        round,
        firstLoadJsGzip: firstLoadJs(site.dir),
        listDataGzip: gz(path.join(site.dir, 'data/index.json')),
        ...m,
      });
      if (values.json) writeFileSync(values.json, `${JSON.stringify(measured, null, 2)}\n`);
      console.log(
        `| ${site.label} | ${round} | ${m.maxDomElements} | ${m.scroll.fps} (${m.scroll.frameP95}) | ` +
          `${m.filter.p50} / ${m.filter.p95} | ${m.hovered.p50} / ${m.hovered.p95} | ` +
          `${m.search.keystrokeP50} / ${m.search.keystrokeP95} | ${m.search.lookupP50} / ${m.search.lookupP95} | ${m.load.join('–')} |`,
      );
    }
  }
  process.exit(0);
}

const rows: Row[] = [];
for (const count of sizes) {
  const work = path.join(root, 'bench/.work', `scale-${count}`);
  const contentDir = path.join(work, 'content');
  const outDir = path.join(work, 'dist');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeCorpus(contentDir, count, seed, {
    mkdir: (dir, options) => mkdirSync(dir, options),
    writeFile: (file, text) => writeFileSync(file, text),
  });
  console.log(`\n${count} articles: builds…`);
  const builds = measureBuilds(root, contentDir, outDir, count);
  const { cold, changed } = builds;

  const { maxDomElements, scroll, filter, hovered, search, load } = await measureBrowser(
    outDir,
    4300 + rows.length,
  );
  console.log({ scroll, filter, hovered, search });
  rows.push({
    articles: count,
    buildSeconds: cold.seconds,
    peakBuildMB: Math.round(cold.mb),
    warmSeconds: builds.warm.seconds,
    incrementalSeconds: changed.seconds,
    incrementalDataMs: changed.dataMs,
    incrementalParsed: changed.parsed,
    incrementalRendered: changed.rendered,
    firstLoadJsGzip: firstLoadJs(outDir),
    listDataGzip: gz(path.join(outDir, 'data/index.json')),
    maxDomElements,
    scrollFps: scroll.fps,
    scrollFrameP95: scroll.frameP95,
    scrollDropped: scroll.dropped,
    filterP50: filter.p50,
    filterP95: filter.p95,
    filterHoverP50: hovered.p50,
    filterHoverP95: hovered.p95,
    searchP50: search.keystrokeP50,
    searchP95: search.keystrokeP95,
    searchLookupP50: search.lookupP50,
    searchLookupP95: search.lookupP95,
    load,
  });
  console.log(rows.at(-1));
}

const date = new Date().toISOString().slice(0, 10);
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root })
  .toString()
  .trim();
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
const resultsFile = path.join(root, 'bench/results/scale.json');
// Other benches keep their figures in the same file (`builds`, from npm run bench:build).
const earlier = existsSync(resultsFile)
  ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as object)
  : {};
writeFileSync(
  resultsFile,
  `${JSON.stringify({ ...earlier, date, commit, cpuThrottling: 4, rows }, null, 2)}\n`,
);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const cell = (value: number | null) => (value === null ? '–' : value.toFixed(1));
console.log(`\nMeasured ${date} at ${commit} (npm run bench:scale; 4× CPU throttling):\n`);
console.log(
  '| Articles | Build (s) | Peak build memory (MB) | One article changed (s / data ms) | First-load JS (KB gzip) | List data (KB gzip) | DOM elements (max) | Scroll fps (p95 frame ms) | Filter p50 / p95 (ms) | Filter after hover p50 / p95 (ms) | Search p50 / p95 (ms) | Search lookup p50 / p95 (ms) | Load (1 min) |',
);
console.log('| --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
for (const r of rows) {
  console.log(
    `| ${r.articles.toLocaleString('en')} | ${r.buildSeconds.toFixed(1)} | ${r.peakBuildMB} | ` +
      `${r.incrementalSeconds.toFixed(1)} / ${r.incrementalDataMs} | ${kb(r.firstLoadJsGzip)} | ` +
      `${kb(r.listDataGzip)} | ${r.maxDomElements} | ` +
      `${r.scrollFps.toFixed(0)} (${r.scrollFrameP95.toFixed(1)}) | ${cell(r.filterP50)} / ${cell(r.filterP95)} | ` +
      `${cell(r.filterHoverP50)} / ${cell(r.filterHoverP95)} | ` +
      `${cell(r.searchP50)} / ${cell(r.searchP95)} | ` +
      `${cell(r.searchLookupP50)} / ${cell(r.searchLookupP95)} | ${r.load.join('–')} |`,
  );
}
