/**
 * `npx tsx bench/scaleTrace.ts --dist DIR [--rate 4] [--hover 0] [--clicks 3] [--facet speaker]`: serves a built
 * site, records a Chromium performance trace (CDP Tracing) around filter clicks under CPU
 * throttling, and prints what the renderer's main thread did between each click and the frame
 * that showed the new list: every task with its main work, the gaps where the thread was idle,
 * network requests and frames. A diagnostic for where a filter's wall time goes; not a bench.
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
import { AFTER_PAINT } from './scaleBrowser.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    rate: { type: 'string', default: '4' },
    hover: { type: 'string', default: '0' },
    clicks: { type: 'string', default: '3' },
    out: { type: 'string' },
    path: { type: 'string', default: '' },
    profile: { type: 'boolean', default: false },
    // Which chips to click: 'topic', or 'speaker' (with `--path /topics/<id>`: combinations).
    facet: { type: 'string', default: 'topic' },
    quiet: { type: 'boolean' },
    // Every part of each task, not the first eight.
    all: { type: 'boolean', default: false },
    // Also list the main thread's tasks for this many ms after each painted frame (at most the
    // 800 ms between clicks): the work a click leaves behind, which a next click would wait for.
    after: { type: 'string', default: '0' },
  },
});
if (!values.dist) throw new Error('usage: tsx bench/scaleTrace.ts --dist DIR');

const server = await serveBuild(values.dist);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.rate) });
  await page.goto(new URL(values.path, server.base).href);
  await page.locator('.article-list .card__headline').first().waitFor();
  await page.waitForTimeout(1500);

  const trace = await startTrace(cdp, [...TIMELINE_CATEGORIES, 'netlog'], values.profile);
  const clicks: { label: string; start: number; painted: number }[] = [];
  for (let run = 0; run < Number(values.clicks); run++) {
    const result = (await page.evaluate(`(async () => {
      const chips = [...document.querySelectorAll('nav[aria-label="Filter by ${values.facet}"] a')]
        .filter((a) => a.getAttribute('aria-current') !== 'page');
      const chip = chips[${run * 7 + 2} % chips.length];
      const label = (chip.childNodes[0] && chip.childNodes[0].textContent || '').trim();
      const hover = ${Number(values.hover)};
      if (hover > 0) {
        chip.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, hover));
      }
      const done = () => (document.querySelector('h1') || {}).textContent.includes(label)
        && document.querySelector('.article-list li .card__headline, .state--empty')
        && !document.querySelector('.card--pending');
      performance.mark('trace:click');
      const start = performance.now();
      chip.click();
      await new Promise((resolve) => {
        const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); resolve(); } });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      });
      ${AFTER_PAINT}
      await afterPaint();
      performance.mark('trace:painted');
      return { label, start, painted: performance.now() - start };
    })()`)) as { label: string; start: number; painted: number };
    clicks.push(result);
    await page.waitForTimeout(800);
  }
  const { events, profile: cpuProfile } = await trace.stop();
  if (cpuProfile && values.out)
    writeFileSync(`${values.out}.cpuprofile`, JSON.stringify(cpuProfile));
  if (values.out) writeFileSync(values.out, JSON.stringify(events));
  if (cpuProfile) {
    // Only the samples between each click and its painted frame (trace and profile share a
    // clock): the work a click waits for, not what follows the paint.
    const at = (name: string) => events.filter((e) => e.name === name && e.ph !== 'e');
    const painted = at('trace:painted');
    // PROFILE_AFTER=1 with --after: the samples after each painted frame instead.
    const afterUs = Number(values.after) * 1000;
    printProfile(
      cpuProfile,
      at('trace:click').map((click, i) =>
        process.env.PROFILE_AFTER && afterUs > 0
          ? [painted[i]?.ts ?? click.ts, (painted[i]?.ts ?? click.ts) + afterUs]
          : [click.ts, painted[i]?.ts ?? click.ts],
      ),
    );
  }

  // The page's renderer main thread is the one that ran our marks.
  const clickMarks = events.filter((e) => e.name === 'trace:click' && e.ph !== 'e');
  const main = clickMarks[0];
  if (!main) throw new Error('no click mark in the trace');
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid)
    .sort((a, b) => a.ts - b.ts);
  const paintedMarks = onMain.filter((e) => e.name === 'trace:painted' && e.ph !== 'e');
  const frames = events.filter(
    (e) => e.pid === main.pid && (e.name === 'DrawFrame' || e.name === 'Commit'),
  );
  const network = events.filter(
    (e) =>
      e.pid === main.pid &&
      (e.name === 'ResourceSendRequest' || e.name === 'ResourceFinish') &&
      e.ph !== 'E',
  );

  const describe = (task: TraceEvent): string => {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter(
      (e) => e !== task && e.ts >= task.ts && e.ts <= end && e.ph === 'X' && (e.dur ?? 0) > 0,
    );
    const parts: string[] = [];
    for (const e of inside) {
      const d = e.args?.data ?? {};
      const ms = ((e.dur ?? 0) / 1000).toFixed(1);
      switch (e.name) {
        case 'FunctionCall':
          parts.push(
            `fn ${String(d.functionName || '?')}@${String(d.url ?? '')
              .split('/')
              .pop()}:${String(d.lineNumber)} ${ms}`,
          );
          break;
        case 'TimerFire':
          parts.push(`timer ${ms}`);
          break;
        case 'FireAnimationFrame':
          parts.push(`rAF ${ms}`);
          break;
        case 'EventDispatch':
          parts.push(`event ${String(d.type)} ${ms}`);
          break;
        case 'RunMicrotasks':
        case 'V8.RunMicrotasks':
          parts.push(`microtasks ${ms}`);
          break;
        case 'Layout':
        case 'UpdateLayoutTree':
        case 'Paint':
        case 'PrePaint':
        case 'Layerize':
        case 'IntersectionObserverController::computeIntersections':
        case 'UpdateLayer':
        case 'HitTest':
        case 'ParseHTML':
        case 'XHRReadyStateChange':
        case 'ResourceReceiveResponse':
        case 'v8.compile':
        case 'EvaluateScript':
        case 'MajorGC':
        case 'MinorGC':
        case 'V8.GC_SCAVENGER':
          parts.push(`${e.name} ${ms}`);
          break;
        default:
      }
    }
    return (values.all ? parts : parts.slice(0, 8)).join(', ');
  };

  const cpus: number[] = [];
  clickMarks.forEach((mark, i) => {
    const painted = paintedMarks[i];
    const click = clicks[i];
    if (!painted || !click) return;
    console.log(
      `\nclick ${i + 1} "${click.label}": painted after ${click.painted.toFixed(1)} ms (page clock)`,
    );
    const from = mark.ts;
    const to = painted.ts;
    const rel = (ts: number) => ((ts - from) / 1000).toFixed(1).padStart(7);
    const tasks = onMain.filter(
      (e) =>
        e.ph === 'X' &&
        e.name === 'ThreadControllerImpl::RunTask' &&
        e.ts + (e.dur ?? 0) >= from &&
        e.ts <= to,
    );
    let busy = 0;
    let cpu = 0;
    const lines: [number, string][] = [];
    for (const task of tasks) {
      busy += task.dur ?? 0;
      cpu += task.tdur ?? 0;
      if ((task.dur ?? 0) < 300) continue;
      lines.push([
        task.ts,
        `${rel(task.ts)} task ${((task.dur ?? 0) / 1000).toFixed(1)} ms: ${describe(task)}`,
      ]);
    }
    for (const e of network) {
      if (e.ts < from || e.ts > to) continue;
      const d = e.args?.data ?? {};
      lines.push([e.ts, `${rel(e.ts)} net ${e.name} ${String(d.url ?? d.requestId ?? '')}`]);
    }
    for (const e of frames) {
      if (e.ts < from || e.ts > to) continue;
      lines.push([e.ts, `${rel(e.ts)} frame ${e.name}`]);
    }
    for (const e of onMain) {
      if (e.ts < from || e.ts > to || e.cat !== 'blink.user_timing' || e.name.startsWith('trace:'))
        continue;
      lines.push([e.ts, `${rel(e.ts)} mark ${e.name} ${e.ph}`]);
    }
    for (const [, line] of lines.sort((a, b) => a[0] - b[0])) console.log(line);
    console.log(
      `main thread busy ${(busy / 1000).toFixed(1)} ms (CPU ${(cpu / 1000).toFixed(1)} ms) of ${((to - from) / 1000).toFixed(1)} ms`,
    );
    const afterMs = Number(values.after);
    if (afterMs > 0) {
      let afterBusy = 0;
      let afterCpu = 0;
      for (const task of onMain) {
        if (task.ph !== 'X' || task.name !== 'ThreadControllerImpl::RunTask') continue;
        if (task.ts <= to || task.ts > to + afterMs * 1000) continue;
        afterBusy += task.dur ?? 0;
        afterCpu += task.tdur ?? 0;
        if ((task.dur ?? 0) >= 1000)
          console.log(
            `  after ${rel(task.ts)} task ${((task.dur ?? 0) / 1000).toFixed(1)} ms: ${describe(task)}`,
          );
      }
      console.log(
        `after the paint, ${afterMs} ms: main thread busy ${(afterBusy / 1000).toFixed(1)} ms (CPU ${(afterCpu / 1000).toFixed(1)} ms)`,
      );
    }
    cpus.push(cpu / 1000);
  });
  if (values.quiet !== undefined) {
    const sorted = [...cpus].sort((a, b) => a - b);
    console.log(
      `CPU per click (ms): ${cpus.map((c) => c.toFixed(1)).join(' ')}; median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}

/** Self and total time per function and self time per file, from a sampled CPU profile. */
function printProfile(profile: CpuProfile, windows: [number, number][]): void {
  // Each sample's time on the trace clock, and whether it falls inside a click's window.
  let now = profile.startTime;
  const inWindow = profile.timeDeltas.map((delta) => {
    now += delta;
    return windows.some(([from, to]) => now >= from && now <= to);
  });
  console.log(`\nprofile: ${inWindow.filter(Boolean).length} samples inside the clicks' windows`);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const files = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    if (!inWindow[i]) return;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const key = (n: typeof node) =>
      `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
    self.set(key(node), (self.get(key(node)) ?? 0) + dt);
    const file = node.callFrame.url.split('/').pop() || node.callFrame.functionName;
    files.set(file, (files.get(file) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: typeof node | undefined = node; n; n = byId.get(parent.get(n.id) ?? -1)) {
      const k = key(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  // FOCUS=name: the time of every function called under `name`, to see what it spends on.
  const focus = process.env.FOCUS;
  if (focus) {
    const within = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      if (!inWindow[i]) return;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const stack: string[] = [];
      for (let n = byId.get(id); n; n = byId.get(parent.get(n.id) ?? -1)) {
        stack.push(
          `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`,
        );
      }
      const at = stack.findIndex((k) => k.startsWith(`${focus} `));
      if (at < 0) return;
      for (const k of new Set(stack.slice(0, at + 1))) within.set(k, (within.get(k) ?? 0) + dt);
    });
    console.log(`\nunder ${focus} (ms):`);
    for (const [k, v] of [...within].sort((a, b) => b[1] - a[1]).slice(0, 60)) {
      console.log(`  ${v.toFixed(1).padStart(7)} ${k}`);
    }
  }
  const top = (map: Map<string, number>, count: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
  console.log('\nself time by file (ms):');
  for (const [k, v] of top(files, 15)) console.log(`  ${v.toFixed(1).padStart(7)} ${k}`);
  console.log('self time by function (ms):');
  for (const [k, v] of top(self, 30)) console.log(`  ${v.toFixed(1).padStart(7)} ${k}`);
  console.log('total time by function (ms):');
  for (const [k, v] of top(total, Number(process.env.TOP ?? 60)))
    console.log(`  ${v.toFixed(1).padStart(7)} ${k}`);
}
