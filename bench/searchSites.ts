/**
 * `npx tsx bench/searchSites.ts --sites before=DIR,after=DIR [--rounds 3] [--rate 4]`: search
 * latency per keystroke (bench/searchLatency.ts: keystroke to painted results, and the lookup
 * alone) for built sites, measured in turn, round after round, each site in a Chromium of its
 * own at 360 px under CPU throttling: on a shared machine whose load moves from minute to
 * minute, the sites then see the same load and their ratio means something. Prints each
 * round's figures and, per site, the percentiles over all its keystrokes, with the load
 * average (1 minute) before and after. Also the renderer's CPU time per keystroke, from the
 * page's load to the last results (CDP `Performance.getMetrics`, `ProcessTime`: every thread
 * of the page's renderer, the offline worker's and the bench's own polling included): waiting
 * for a core inflates wall time more than CPU time. In one run (2026-11-28, load 3–6.5) two
 * builds measured in turn were within 5% of each other on CPU in each of four rounds while
 * their wall p50s were up to 19% apart; in another (load 4–9) CPU pairs differed by up to 15%
 * and CPU per keystroke rose with the load (124 → 162 ms for one build). Compare sites within
 * a run, over several rounds, never across runs.
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
const all = new Map<string, { p50: number[]; p95: number[]; lookup95: number[]; cpu: number[] }>();
console.log(
  '| Site | Round | Keystrokes | Keystroke p50 / p95 (ms) | Lookup p50 / p95 (ms) | CPU per keystroke (ms) | Load |',
);
console.log('| --- | --: | --: | --: | --: | --: | --: |');
for (let round = 1; round <= Number(values.rounds); round++) {
  for (const site of sites) {
    const server = await serveBuild(site.dir);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      page.setDefaultTimeout(60_000);
      await throttleCpu(page, Number(values.rate));
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const cpuMs = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return (metrics.find((metric) => metric.name === 'ProcessTime')?.value ?? NaN) * 1000;
      };
      const queries = await knownQueries(server.base);
      const cpuBefore = await cpuMs();
      const m = await measureSearchLatency(page, server.base, queries);
      const cpu = Number((((await cpuMs()) - cpuBefore) / m.keystrokes).toFixed(1));
      const figures = all.get(site.label) ?? { p50: [], p95: [], lookup95: [], cpu: [] };
      figures.p50.push(m.keystrokeP50);
      figures.p95.push(m.keystrokeP95);
      figures.lookup95.push(m.lookupP95);
      figures.cpu.push(cpu);
      all.set(site.label, figures);
      console.log(
        `| ${site.label} | ${round} | ${m.keystrokes} | ${m.keystrokeP50} / ${m.keystrokeP95} | ${m.lookupP50} / ${m.lookupP95} | ${cpu} | ${load()} |`,
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
    `${label}: keystroke p50 ${median(figures.p50)} ms, p95 ${median(figures.p95)} ms; lookup p95 ${median(figures.lookup95)} ms; CPU per keystroke ${median(figures.cpu)} ms`,
  );
}
