/**
 * `npx tsx bench/scaleClickCpu.ts --sites before=DIR,after=DIR [--runs 40] [--hover 150]
 * [--rate 4] [--css label=RULES]`: the main thread's CPU time per filter click, for built
 * sites whose clicks are interleaved in batches of five (see bench/scaleFilters.ts), each site
 * in a Chromium of its own under CPU throttling, traced (CDP Tracing). A click's CPU is the
 * thread time of every renderer main-thread task from the click to the painted frame (the
 * marks `filter:click` and `filter:painted` of bench/scaleBrowser.ts), split into style,
 * layout, pre-paint and paint, and the rest (scripts, mostly React); and the thread time of the
 * tasks after that frame until the next click (at most 400 ms), and of those the longest task
 * and the tasks other than idle callbacks (the idle-time prefetch fills whatever time the rest
 * leaves, so the whole window's CPU hides a saving elsewhere). Thread time counts no
 * wait for a core, so on a loaded machine it separates builds that wall time cannot. A label
 * may be given twice (`a=DIR,a2=DIR`) to see the spread between identical sites.
 * `--css label=RULES` adds a style sheet to that site's pages (CSP bypassed): a what-if for a
 * style change before building it.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, type CDPSession, type Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveBuild, type ServedBuild } from '../tests/e2e/builtSite.ts';
import { startTrace, type TraceEvent } from './chromeTrace.ts';
import { filterRuns, openList } from './scaleBrowser.ts';

const { values } = parseArgs({
  options: {
    sites: { type: 'string' },
    runs: { type: 'string', default: '40' },
    hover: { type: 'string', default: '150' },
    rate: { type: 'string', default: '4' },
    css: { type: 'string', multiple: true, default: [] },
  },
});
if (!values.sites) throw new Error('usage: tsx bench/scaleClickCpu.ts --sites a=DIR,b=DIR');
const runs = Number(values.runs);
const hover = Number(values.hover);
const sites = values.sites.split(',').map((entry) => {
  const [label = '', dir = ''] = entry.split('=');
  return { label, dir: path.resolve(dir) };
});
const styles = new Map(
  values.css.map((entry) => {
    const at = entry.indexOf('=');
    return [entry.slice(0, at), entry.slice(at + 1)] as const;
  }),
);

/** Milliseconds of thread time by part, for one click. */
type ClickCpu = Record<
  'total' | 'style' | 'layout' | 'paint' | 'rest' | 'after' | 'afterBusy' | 'afterLongest',
  number
>;

const PART: Record<string, 'style' | 'layout' | 'paint'> = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
};

/** Runs `clicks` with the page traced and returns each click's CPU (see the file's comment). */
async function traced(cdp: CDPSession, clicks: () => Promise<unknown>): Promise<ClickCpu[]> {
  const trace = await startTrace(cdp, ['devtools.timeline', 'blink.user_timing', 'toplevel']);
  await clicks();
  const { events } = await trace.stop();
  const marks = (name: string) => events.filter((e) => e.name === name && e.ph !== 'e');
  const painted = marks('filter:painted');
  const [first] = marks('filter:click');
  if (!first) return [];
  const onMain = events
    .filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const clickMarks = marks('filter:click');
  return clickMarks.flatMap((click, i) => {
    const end = painted[i]?.ts;
    if (end === undefined) return [];
    // What the click leaves for after its frame, until the next click (or 400 ms): the router,
    // deferred renders, idle prefetching. A next click that comes meanwhile waits for it.
    const next = Math.min(clickMarks[i + 1]?.ts ?? Infinity, end + 400_000);
    const cpu: ClickCpu = {
      ...{ total: 0, style: 0, layout: 0, paint: 0, rest: 0 },
      ...{ after: 0, afterBusy: 0, afterLongest: 0 },
    };
    // Paint is traced once per painted node, the document's enclosing the others.
    let paintedUntil = 0;
    for (const [at, e] of onMain.entries()) {
      const ms = (e.tdur ?? e.dur ?? 0) / 1000;
      if (e.name === 'ThreadControllerImpl::RunTask') {
        if (e.ts + (e.dur ?? 0) >= click.ts && e.ts <= end) cpu.total += ms;
        else if (e.ts > end && e.ts < next) {
          cpu.after += ms;
          cpu.afterLongest = Math.max(cpu.afterLongest, ms);
          if (!idleCallbackAt(onMain, at)) cpu.afterBusy += ms;
        }
        continue;
      }
      const part = PART[e.name];
      if (e.name === 'Paint') {
        if (e.ts < paintedUntil) continue;
        paintedUntil = e.ts + (e.dur ?? 0);
      }
      if (part && e.ts >= click.ts && e.ts <= end) cpu[part] += ms;
    }
    cpu.rest = cpu.total - cpu.style - cpu.layout - cpu.paint;
    return [cpu];
  });
}

/** Whether the task at `at` in `onMain` (sorted by start) runs an idle callback. */
function idleCallbackAt(onMain: TraceEvent[], at: number): boolean {
  const task = onMain[at];
  if (!task) return false;
  const end = task.ts + (task.dur ?? 0);
  for (let i = at + 1; i < onMain.length; i++) {
    const e = onMain[i];
    if (!e || e.ts > end) return false;
    if (e.name === 'FireIdleCallback') return true;
  }
  return false;
}

const servers: ServedBuild[] = [];
const browsers: Browser[] = [];
const loadBefore = (os.loadavg()[0] ?? NaN).toFixed(2);
try {
  const pages: { page: Page; cdp: CDPSession }[] = [];
  for (const site of sites) {
    const server = await serveBuild(site.dir);
    servers.push(server);
    const browser = await launchBrowser();
    browsers.push(browser);
    const css = styles.get(site.label);
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      bypassCSP: css !== undefined,
    });
    if (css !== undefined) {
      await context.addInitScript(
        `document.addEventListener('DOMContentLoaded', () => { const s = document.createElement('style'); s.textContent = ${JSON.stringify(css)}; document.head.append(s); });`,
      );
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.rate) });
    await openList(page, server.base);
    pages.push({ page, cdp });
  }
  const results = sites.map((): ClickCpu[] => []);
  for (let from = 0; from < runs; from += 5) {
    for (const [i, { page, cdp }] of pages.entries()) {
      const batch = Math.min(5, runs - from);
      results[i]?.push(...(await traced(cdp, () => filterRuns(page, batch, hover, from))));
    }
  }
  const percentile = (values: number[], p: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    const value = sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    return value === undefined ? '–' : value.toFixed(1);
  };
  console.log(
    `Main-thread CPU per filter click (ms), ${hover > 0 ? `after a ${hover} ms hover` : 'cold'}, ` +
      `${values.rate}× throttling, load ${loadBefore}–${(os.loadavg()[0] ?? NaN).toFixed(2)}`,
  );
  console.log(
    '| Site | Clicks | p25 / p50 / p95 | Style p50 | Layout p50 | Pre-paint + paint p50 | Rest p50 | After the frame p50 / p95 | Without idle callbacks p50 / p95 | Longest task after p50 / p95 |',
  );
  console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
  for (const [i, site] of sites.entries()) {
    const clicks = results[i] ?? [];
    const of = (part: keyof ClickCpu) => clicks.map((c) => c[part]);
    console.log(
      `| ${site.label} | ${clicks.length} | ${percentile(of('total'), 0.25)} / ` +
        `${percentile(of('total'), 0.5)} / ${percentile(of('total'), 0.95)} | ` +
        `${percentile(of('style'), 0.5)} | ${percentile(of('layout'), 0.5)} | ` +
        `${percentile(of('paint'), 0.5)} | ${percentile(of('rest'), 0.5)} | ` +
        `${percentile(of('after'), 0.5)} / ${percentile(of('after'), 0.95)} | ` +
        `${percentile(of('afterBusy'), 0.5)} / ${percentile(of('afterBusy'), 0.95)} | ` +
        `${percentile(of('afterLongest'), 0.5)} / ${percentile(of('afterLongest'), 0.95)} |`,
    );
  }
} finally {
  for (const browser of browsers) await browser.close();
  for (const server of servers) await server.close();
}
