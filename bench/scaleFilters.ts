/**
 * `npx tsx bench/scaleFilters.ts --sites before=DIR,after=DIR [--runs 40] [--batch 5]
 * [--hover 150] [--rate 4] [--no-worker LABEL,…]`: filter latency alone (see bench/scaleBrowser.ts) for built sites,
 * each in a Chromium of its own (a page behind another's tab gets no frames) under CPU
 * throttling, their clicks interleaved in small
 * batches: on a shared machine whose load moves from minute to minute, both sites then see the
 * same load, and their ratio means something where two runs minutes apart would not. Prints the
 * median and 95th percentile of click to painted list per site, cold and after a hover, and the
 * load average (1 minute) before and after. `--no-worker` opens the sites it names with service
 * workers blocked (the same build may be given twice under two labels): what the offline
 * worker's round trip costs a click.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, type Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveBuild, type ServedBuild } from '../tests/e2e/builtSite.ts';
import { filterRuns, openList, summariseFilters, type FilterRun } from './scaleBrowser.ts';

const { values } = parseArgs({
  options: {
    sites: { type: 'string' },
    runs: { type: 'string', default: '40' },
    batch: { type: 'string', default: '5' },
    hover: { type: 'string', default: '150' },
    rate: { type: 'string', default: '4' },
    'no-worker': { type: 'string', default: '' },
  },
});
if (!values.sites) throw new Error('usage: tsx bench/scaleFilters.ts --sites a=DIR,b=DIR');
const runs = Number(values.runs);
const batch = Number(values.batch);
const hovers = [0, Number(values.hover)];
const noWorker = new Set(values['no-worker'].split(',').filter(Boolean));

const sites = values.sites.split(',').map((entry) => {
  const [label = '', dir = ''] = entry.split('=');
  return { label, dir: path.resolve(dir) };
});
const servers: ServedBuild[] = [];
const browsers: Browser[] = [];
const load = (os.loadavg()[0] ?? NaN).toFixed(2);
try {
  const pages: Page[] = [];
  for (const site of sites) {
    const server = await serveBuild(site.dir);
    servers.push(server);
    const browser = await launchBrowser();
    browsers.push(browser);
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: noWorker.has(site.label) ? 'block' : 'allow',
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.rate) });
    await openList(page, server.base);
    pages.push(page);
  }
  const results = sites.map(() => hovers.map((): FilterRun[] => []));
  for (let from = 0; from < runs; from += batch) {
    for (const [h, hover] of hovers.entries()) {
      for (const [i, page] of pages.entries()) {
        const batchRuns = filterRuns(page, Math.min(batch, runs - from), hover, from);
        results[i]?.[h]?.push(
          ...(await batchRuns.catch(async (error: unknown) => {
            const state = await page.evaluate(
              `JSON.stringify({ url: location.href, h1: document.querySelector('h1')?.textContent, rows: [...document.querySelectorAll('.article-list > li')].map((li) => li.textContent.slice(0, 40)), scrollY })`,
            );
            throw new Error(`${sites[i]?.label}: ${String(error)} ${String(state)}`);
          })),
        );
      }
    }
  }
  console.log(
    `| Site | Runs | Filter p50 / p95 (ms) | After hover p50 / p95 (ms) | Clicks never shown | Load (1 min) |`,
  );
  console.log('| --- | --: | --: | --: | --: | --: |');
  const after = (os.loadavg()[0] ?? NaN).toFixed(2);
  for (const [i, site] of sites.entries()) {
    const [cold, hovered] = (results[i] ?? []).map(summariseFilters);
    console.log(
      `| ${site.label} | ${cold?.runs} | ${cold?.p50} / ${cold?.p95} | ${hovered?.p50} / ${hovered?.p95} | ${(cold?.failed ?? 0) + (hovered?.failed ?? 0)} | ${load}–${after} |`,
    );
  }
} finally {
  for (const browser of browsers) await browser.close();
  for (const server of servers) await server.close();
}
