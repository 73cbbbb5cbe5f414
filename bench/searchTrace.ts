/**
 * `npx tsx bench/searchTrace.ts --dist DIR [--rate 4] [--queries 4] [--out FILE] [--profile]`:
 * serves a built site, types known queries (bench/searchLatency.ts) into the search field at
 * 360 px under CPU throttling while recording a Chromium performance trace (CDP Tracing), and
 * prints, per keystroke, the time from its key press (`bench:key`, see searchLatency.ts) to its
 * `saywire:search-rendered` mark split into what the renderer's main thread did: the input
 * event's task, React's work, the frame's style, layout and paint, the thread's idle time, and
 * the requests in between. `--profile` adds a sampled CPU profile's self time per function over
 * the keystrokes' windows; `--css RULES` adds a style sheet to the page (a what-if). A diagnostic for where a keystroke's time goes; not a bench.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveBuild } from '../tests/e2e/builtSite.ts';
import {
  startTrace,
  TIMELINE_CATEGORIES,
  type CpuProfile,
  type TraceEvent,
} from './chromeTrace.ts';
import { knownQueries, MARK_KEYS } from './searchLatency.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    rate: { type: 'string', default: '4' },
    queries: { type: 'string', default: '4' },
    out: { type: 'string' },
    profile: { type: 'boolean', default: false },
    // A what-if: a style sheet added to the page (CSP bypassed), before building the change.
    css: { type: 'string' },
  },
});
if (!values.dist) throw new Error('usage: tsx bench/searchTrace.ts --dist DIR');

const PART: Record<string, string> = {
  EventDispatch: 'event',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  RunMicrotasks: 'microtasks',
  TimerFire: 'timers',
  FireAnimationFrame: 'rAF',
  FunctionCall: 'calls',
};

const server = await serveBuild(values.dist);
const browser = await launchBrowser();
try {
  const queries = (await knownQueries(server.base)).slice(0, Number(values.queries));
  const page = await browser.newPage({
    viewport: { width: 360, height: 740 },
    bypassCSP: values.css !== undefined,
  });
  if (values.css !== undefined) {
    await page.addInitScript(
      `document.addEventListener('DOMContentLoaded', () => { const s = document.createElement('style'); s.textContent = ${JSON.stringify(values.css)}; document.head.append(s); });`,
    );
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.rate) });
  await page.goto(server.base);
  const field = page.getByRole('searchbox', { name: 'Search headlines, quotes and speakers' });
  await field.waitFor();
  await page.evaluate(MARK_KEYS);
  // One query first, untraced: the engine, the manifest and the first shards load.
  await field.fill('');
  await page.keyboard.type('warm');
  await page.waitForTimeout(1500);

  const trace = await startTrace(cdp, TIMELINE_CATEGORIES, values.profile);
  for (const query of queries) {
    await field.fill('');
    await page.waitForTimeout(400);
    for (let typed = 1; typed <= query.length; typed += 1) {
      const text = query.slice(0, typed);
      await page.keyboard.type(query.charAt(typed - 1));
      if (text.trim().length < 2) continue;
      const check = `performance.getEntriesByName('saywire:search-rendered').some((e) => e.detail === ${JSON.stringify(text)})`;
      const deadline = Date.now() + 30_000;
      while (!(await page.evaluate(check))) {
        if (Date.now() > deadline) throw new Error(`no results for "${text}"`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
  }
  const { events, profile } = await trace.stop();
  if (values.out) writeFileSync(values.out, JSON.stringify(events));

  const marks = events.filter((e) => e.cat === 'blink.user_timing' && e.ph !== 'e');
  const inputs = marks.filter((e) => e.name === 'bench:key');
  const rendered = marks.filter((e) => e.name === 'saywire:search-rendered');
  const first = inputs[0];
  if (!first) throw new Error('no keystroke in the trace');
  const onMain = events.filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X');
  const detail = (e: TraceEvent) => {
    const data = e.args?.data as { detail?: string } | undefined;
    const raw = data?.detail ?? e.args?.detail;
    try {
      return typeof raw === 'string' ? (JSON.parse(raw) as string) : '';
    } catch {
      return String(raw);
    }
  };
  const windows: [number, number][] = [];
  const rows: Record<string, number>[] = [];
  for (const end of rendered) {
    const text = detail(end);
    const start = inputs.filter((e) => e.ts <= end.ts && detail(e) === text).at(-1);
    if (!start) continue;
    windows.push([start.ts, end.ts]);
    const tasks = onMain.filter(
      (e) =>
        e.name === 'ThreadControllerImpl::RunTask' &&
        e.ts + (e.dur ?? 0) >= start.ts &&
        e.ts <= end.ts,
    );
    const row: Record<string, number> = { wall: (end.ts - start.ts) / 1000, busy: 0, cpu: 0 };
    for (const task of tasks) {
      row.busy = (row.busy ?? 0) + (task.dur ?? 0) / 1000;
      row.cpu = (row.cpu ?? 0) + (task.tdur ?? 0) / 1000;
    }
    for (const e of onMain) {
      const part = PART[e.name];
      if (!part || e.ts < start.ts - 50_000 || e.ts > end.ts) continue;
      row[part] = (row[part] ?? 0) + (e.dur ?? 0) / 1000;
    }
    row.requests = events.filter(
      (e) =>
        e.name === 'ResourceSendRequest' &&
        e.ts >= start.ts &&
        e.ts <= end.ts &&
        e.pid === first.pid,
    ).length;
    console.log(
      `${JSON.stringify(text).padEnd(28)} ${Object.entries(row)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(', ')}`,
    );
    rows.push(row);
  }
  const median = (key: string) => {
    const sorted = rows.map((r) => r[key] ?? 0).sort((a, b) => a - b);
    return (sorted[Math.floor(sorted.length / 2)] ?? NaN).toFixed(1);
  };
  console.log(
    `\nmedians over ${rows.length} keystrokes: ${['wall', 'busy', 'cpu', 'event', 'microtasks', 'style', 'layout', 'paint', 'timers', 'rAF'].map((k) => `${k} ${median(k)}`).join(', ')}`,
  );
  if (profile) printSelfTime(profile, windows);
} finally {
  await browser.close();
  await server.close();
}

/** Self and total time per function over the samples inside the keystrokes' windows. */
function printSelfTime(profile: CpuProfile, windows: [number, number][]): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (node: CpuProfile['nodes'][number]) =>
    `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let now = profile.startTime;
  profile.samples.forEach((id, i) => {
    now += profile.timeDeltas[i] ?? 0;
    if (!windows.some(([from, to]) => now >= from && now <= to)) return;
    const node = byId.get(id);
    if (!node) return;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let n: typeof node | undefined = node; n; n = byId.get(parent.get(n.id) ?? -1)) {
      if (seen.has(keyOf(n))) continue;
      seen.add(keyOf(n));
      total.set(keyOf(n), (total.get(keyOf(n)) ?? 0) + ms);
    }
  });
  for (const [title, map] of [
    ['self', self],
    ['total', total],
  ] as const) {
    console.log(`\n${title} time by function (ms):`);
    for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, 60)) {
      console.log(`  ${ms.toFixed(1).padStart(7)} ${key}`);
    }
  }
}
