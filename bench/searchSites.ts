/**
 * `npx tsx bench/searchSites.ts --sites before=DIR,after=DIR [--rounds 3] [--rate 4]`: search
 * latency per keystroke (bench/searchLatency.ts: keystroke to painted results, and the lookup
 * alone) for built sites, measured in turn, round after round, each site in a Chromium of its
 * own at 360 px under CPU throttling: on a shared machine whose load moves from minute to
 * minute, the sites then see the same load and their ratio means something. Prints each
 * round's figures and, per site, the percentiles over all its keystrokes, with the load
 * average (1 minute) before and after.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveBuild } from '../tests/e2e/builtSite.ts';
import { knownQueries, measureSearchLatency, throttleCpu } from './searchLatency.ts';

const { values } = parseArgs({
  options: {
    sites: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    rate: { type: 'string', default: '4' },
  },
});
if (!values.sites) throw new Error('usage: tsx bench/searchSites.ts --sites a=DIR,b=DIR');
const sites = values.sites.split(',').map((entry) => {
  const [label = '', dir = ''] = entry.split('=');
  return { label, dir: path.resolve(dir) };
});
const load = () => (os.loadavg()[0] ?? NaN).toFixed(2);
const before = load();
const all = new Map<string, { p50: number[]; p95: number[]; lookup95: number[] }>();
console.log(
  '| Site | Round | Keystrokes | Keystroke p50 / p95 (ms) | Lookup p50 / p95 (ms) | Load |',
);
console.log('| --- | --: | --: | --: | --: | --: |');
for (let round = 1; round <= Number(values.rounds); round++) {
  for (const site of sites) {
    const server = await serveBuild(site.dir);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      page.setDefaultTimeout(60_000);
      await throttleCpu(page, Number(values.rate));
      const m = await measureSearchLatency(page, server.base, await knownQueries(server.base));
      const figures = all.get(site.label) ?? { p50: [], p95: [], lookup95: [] };
      figures.p50.push(m.keystrokeP50);
      figures.p95.push(m.keystrokeP95);
      figures.lookup95.push(m.lookupP95);
      all.set(site.label, figures);
      console.log(
        `| ${site.label} | ${round} | ${m.keystrokes} | ${m.keystrokeP50} / ${m.keystrokeP95} | ${m.lookupP50} / ${m.lookupP95} | ${load()} |`,
      );
    } finally {
      await browser.close();
      await server.close();
    }
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(`\nMedians of the rounds (load ${before}–${load()}):`);
for (const [label, figures] of all) {
  console.log(
    `${label}: keystroke p50 ${median(figures.p50)} ms, p95 ${median(figures.p95)} ms; lookup p95 ${median(figures.lookup95)} ms`,
  );
}
