/**
 * `npm run bench:perf`: Lighthouse 12 (mobile preset, simulated throttling) on the production
 * build served by `vite preview`: the list, an article, a topic view and a floor page (the same
 * article as plain HTML). Prints medians of several runs, the article's LCP over the floor's,
 * the first-load bytes, and writes bench/results/perf.json. Not part of `npm test`: too noisy.
 *
 *   npm run bench:perf                  3 runs of each page
 *   npm run bench:perf -- --runs 5      more runs
 *   npm run bench:perf -- --readme      also replace the table in README.md
 *   npm run bench:perf -- --against DIR also measure the list and article of another build (say
 *                                       one of main), interleaved with these: before and after
 *                                       in the same run, with its article LCP / floor
 */
import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import lighthouse from 'lighthouse';
import { format, resolveConfig } from 'prettier';
import { build } from 'vite';
import { decodeArticle, decodeArticleIndex } from '../src/core/decodeWire.ts';
import { firstLoadUrls, measureFirstLoad } from '../scripts/checkBundleBudget.mjs';
import { serveBuild } from '../tests/e2e/builtSite.ts';
import { floorPage } from './perfFloor.ts';
import { median, renderTables, type PageResult, type RunMetrics } from './perfReport.ts';
import { CHROME_PATH, startChrome, stopChrome } from './perfChrome.ts';
import {
  cpuBlockingTime,
  mainThreadTasks,
  observedTimestamps,
  type TraceEvent,
} from './perfTrace.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const runs = Math.max(3, Number(argument('--runs') ?? 3));
const writeReadme = process.argv.includes('--readme');
const against = argument('--against');

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

type LhAudit = { numericValue?: number; details?: { items?: { url?: string }[] } };

/** One Lighthouse run of `url`, reduced to the figures the issue budgets. */
async function measure(url: string, port: number): Promise<RunMetrics> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr, artifacts } = result;
  const trace = (artifacts as unknown as { Trace: { traceEvents: TraceEvent[] } }).Trace;
  const { fcp: tracedFcp, tasks } = mainThreadTasks(trace.traceEvents, {
    observed: observedTimestamps(lhr),
  });
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id] as LhAudit | undefined;
  const value = (id: string) => audit(id)?.numericValue ?? NaN;
  const score = (id: (typeof CATEGORIES)[number]) =>
    Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cpuTbt: cpuBlockingTime(tasks, tracedFcp),
    cls: value('cumulative-layout-shift'),
    renderBlocking: (audit('render-blocking-resources')?.details?.items ?? []).flatMap(
      ({ url: blocking }) => (blocking ? [new URL(blocking).pathname] : []),
    ),
    failing: Object.values(lhr.audits)
      .filter((item) => item.score !== null && item.score < 1 && item.scoreDisplayMode === 'binary')
      .map((item) => item.id),
  };
}

/** Builds the site into `outDir` and adds the floor page; returns the pages to measure. */
async function prepareSite(outDir: string): Promise<{ name: string; path: string }[]> {
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const index = decodeArticleIndex(await readJson(path.join(outDir, 'data/index.json')));
  if (!index.ok) throw new Error(index.error);
  const [summary] = index.value.articles;
  if (!summary) throw new Error('the build has no articles');
  const article = decodeArticle(
    await readJson(path.join(outDir, `data/articles/${summary.slug}.json`)),
  );
  if (!article.ok) throw new Error(article.error);
  const topic = index.value.topics.find(({ count }) => count > 0);
  if (!topic) throw new Error('the build has no tagged articles');
  await mkdir(path.join(outDir, 'bench-floor'), { recursive: true });
  await writeFile(path.join(outDir, 'bench-floor/index.html'), floorPage(article.value));
  return [
    { name: 'list', path: '' },
    { name: 'article', path: `articles/${summary.slug}` },
    { name: 'topic', path: `topics/${encodeURIComponent(topic.id)}` },
    { name: 'floor', path: 'bench-floor/' },
  ];
}

/** Render-blocking requests as the built HTML declares them (stylesheets and classic scripts). */
async function declaredBlocking(outDir: string): Promise<string[]> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const { scripts, styles } = firstLoadUrls(html);
  const classic = scripts.filter((src) =>
    new RegExp(`<script(?![^>]*type="module")(?![^>]*\\b(?:async|defer)\\b)[^>]*src="${src}"`).test(
      html,
    ),
  );
  return [...styles, ...classic];
}

const work = await mkdtemp(path.join(tmpdir(), 'saywire-perf-'));
let chrome: ChildProcess | undefined;
try {
  const outDir = path.join(work, 'dist');
  const pages = await prepareSite(outDir);
  const server = await serveBuild(outDir);
  const other = against ? await serveBuild(path.resolve(against)) : undefined;
  try {
    const { base } = server;
    const started = await startChrome(path.join(work, 'chrome'));
    chrome = started.chrome;
    const results: PageResult[] = pages.map((page) => ({
      ...page,
      url: new URL(page.path, base).href,
      runs: [],
    }));
    if (other) {
      for (const page of pages.filter(({ name }) => name === 'list' || name === 'article')) {
        results.push({
          ...page,
          name: `${page.name} (against)`,
          url: new URL(page.path, other.base).href,
          runs: [],
        });
      }
    }
    const loadBefore = loadavg()[0] ?? NaN;
    // Interleaved (list, article, topic, floor, list, …) so a noisy moment hits every page alike.
    for (let run = 0; run < runs; run += 1) {
      for (const page of results) {
        process.stderr.write(`run ${run + 1}/${runs}: ${page.name}\n`);
        page.runs.push(await measure(page.url, started.port));
      }
    }
    const firstLoad = measureFirstLoad(outDir);
    const article = results.find(({ name }) => name === 'article');
    const floor = results.find(({ name }) => name === 'floor');
    const floorRatio =
      article && floor
        ? median(article.runs.map(({ lcp }) => lcp)) / median(floor.runs.map(({ lcp }) => lcp))
        : NaN;
    const chromeVersion = execFileSync(CHROME_PATH, ['--version'], { encoding: 'utf8' }).trim();
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    const report = {
      date: new Date().toISOString(),
      commit,
      chrome: chromeVersion,
      lighthouse: '12.2.3, mobile preset, simulated throttling',
      runs,
      declaredRenderBlocking: await declaredBlocking(outDir),
      firstLoadJsGzip: firstLoad.firstLoadJs.gzip,
      cssGzip: firstLoad.css.gzip,
      listDataGzip: firstLoad.listData.gzip,
      articleLcpOverFloor: floorRatio,
      loadAverage: { before: loadBefore, after: loadavg()[0] ?? NaN },
      pages: results,
    };
    const { terminal, markdown } = renderTables(report);
    console.log(terminal);
    const otherArticle = results.find(({ name }) => name === 'article (against)');
    if (otherArticle && floor) {
      const ratio =
        median(otherArticle.runs.map(({ lcp }) => lcp)) / median(floor.runs.map(({ lcp }) => lcp));
      console.log(`Against ${against}: article LCP / floor LCP ${ratio.toFixed(2)}`);
    }
    await mkdir(path.join(root, 'bench/results'), { recursive: true });
    // Formatted as the repository's Prettier would, so `prettier --check` stays green.
    const resultFile = path.join(root, 'bench/results/perf.json');
    const options = { ...(await resolveConfig(resultFile)), parser: 'json' };
    await writeFile(resultFile, await format(JSON.stringify(report), options));
    console.log('\nwrote bench/results/perf.json');
    if (writeReadme) {
      const readmePath = path.join(root, 'README.md');
      const readme = await readFile(readmePath, 'utf8');
      const marked = /(<!-- perf:start -->\n)[\s\S]*?(<!-- perf:end -->)/;
      if (!marked.test(readme))
        throw new Error('README.md has no <!-- perf:start --> … <!-- perf:end --> block');
      // Prettier aligns the table, so `prettier --check` stays green.
      const updated = readme.replace(marked, `$1${markdown}$2`);
      const markdownOptions = { ...(await resolveConfig(readmePath)), parser: 'markdown' };
      await writeFile(readmePath, await format(updated, markdownOptions));
      console.log('updated the table in README.md');
    }
  } finally {
    await server.close();
    await other?.close();
  }
} finally {
  if (chrome) await stopChrome(chrome);
  await rm(work, { recursive: true, force: true });
}
