/**
 * `npx tsx bench/perfTasks.ts [dist…] [--runs 3] [--pages list,article] [--min 5] [--quiet|--detail]`:
 * where the main-thread time of a page load goes, from the trace Lighthouse records (mobile
 * preset, simulated throttling). For each run it prints the tasks of the page's main thread
 * longer than `--min` ms (unthrottled, as traced) with what ran in them, the tasks Lighthouse's
 * simulation counts as long (≥ 50 ms once multiplied by its 4× CPU slowdown) and the TBT it
 * derives; then the median TBT and Performance per build and page. Each task shows its thread
 * (CPU) time beside its wall time: on a loaded machine the wall time grows, the CPU time does not. Serves existing builds
 * (default `dist/`, built with `npx vite build`); given several (a build of main and one of a
 * branch), runs them in turn so a noisy moment hits both alike. The load average is printed with
 * each run, since the durations move with it.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { serveBuild } from '../tests/e2e/builtSite.ts';
import { startChrome, stopChrome } from './perfChrome.ts';

type TraceEvent = {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, when the trace has it: unlike `dur`, it does not grow with the load. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; type?: string } };
};

const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const FLAGS_WITH_VALUES = new Set(['--runs', '--pages', '--min']);
const positional = process.argv.slice(2).filter((arg, at, all) => {
  const previous = all[at - 1];
  return !arg.startsWith('--') && !(previous !== undefined && FLAGS_WITH_VALUES.has(previous));
});
const distDirs = (positional.length ? positional : ['dist']).map((dir) => path.resolve(dir));
const quiet = process.argv.includes('--quiet');
/** Every traced event inside a task, user timing marks included, not only the usual suspects. */
const detail = process.argv.includes('--detail');
const runs = Number(argument('--runs') ?? 1);
const minMs = Number(argument('--min') ?? 5);
const PAGES: Record<string, string> = {
  list: '',
  article: 'articles/russian-president-vladimir-putin-values-prime-1761b8',
  topic: 'topics/brics',
};
const pages = (argument('--pages') ?? 'list,article').split(',');

/** What a child event says about the work: its name and, for script, the file it ran. */
function describe(event: TraceEvent): string {
  const url = event.args?.data?.url;
  const file = url ? ` ${url.split('/').pop()}` : '';
  const fn = event.args?.data?.functionName ? ` ${event.args.data.functionName}` : '';
  const type = event.name === 'EventDispatch' ? ` ${event.args?.data?.type ?? ''}` : '';
  return `${event.name}${file}${fn}${type}`;
}

const INTERESTING = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compileModule',
  'v8.compile',
  'FunctionCall',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'ParseHTML',
  'Layout',
  'UpdateLayoutTree',
  'Paint',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'RunMicrotasks',
  'v8.run',
  'ParseAuthorStyleSheet',
]);

/** The page's main-thread tasks, in ms from navigation start. */
function mainThreadTasks(events: TraceEvent[]) {
  const fcp = events.find((event) => event.name === 'firstContentfulPaint');
  if (!fcp) throw new Error('the trace has no first contentful paint');
  const thread = events.filter((event) => event.pid === fcp.pid && event.tid === fcp.tid);
  const navigation = thread
    .filter((event) => event.name === 'navigationStart' && event.ts <= fcp.ts)
    .at(-1);
  const origin = navigation?.ts ?? thread[0]?.ts ?? 0;
  const tasks = thread
    .filter(
      (event) =>
        event.ph === 'X' &&
        (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') &&
        event.ts >= origin,
    )
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const children = thread.filter(
        (event) =>
          event !== task &&
          (event.ph === 'X' || (detail && event.cat === 'blink.user_timing')) &&
          (INTERESTING.has(event.name) || detail) &&
          event.ts >= task.ts &&
          event.ts < end &&
          ((event.dur ?? 0) >= 500 || event.ph !== 'X'),
      );
      return {
        start: (task.ts - origin) / 1000,
        duration: (task.dur ?? 0) / 1000,
        cpu: (task.tdur ?? NaN) / 1000,
        what: children
          .slice(0, detail ? 40 : 8)
          .map((child) => `${describe(child)} ${((child.dur ?? 0) / 1000).toFixed(1)}`),
      };
    });
  return { fcp: (fcp.ts - origin) / 1000, tasks };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;

const work = await mkdtemp(path.join(tmpdir(), 'saywire-tasks-'));
let chrome: ChildProcess | undefined;
const servers = await Promise.all(distDirs.map((dir) => serveBuild(dir)));
const figures = new Map<string, { tbt: number[]; perf: number[]; load: number[] }>();
try {
  const started = await startChrome(path.join(work, 'chrome'));
  chrome = started.chrome;
  for (let run = 0; run < runs; run += 1) {
    for (const name of pages) {
      for (const [at, server] of servers.entries()) {
        const url = new URL(PAGES[name] ?? name, server.base).href;
        const load = loadavg()[0] ?? NaN;
        const result = await lighthouse(url, {
          port: started.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { lhr, artifacts } = result;
        const trace = (artifacts as unknown as { Trace: { traceEvents: TraceEvent[] } }).Trace;
        const { fcp, tasks } = mainThreadTasks(trace.traceEvents);
        const tbt = lhr.audits['total-blocking-time']?.numericValue ?? NaN;
        const perf = Math.round((lhr.categories.performance?.score ?? NaN) * 100);
        const key = `${path.basename(distDirs[at] ?? '')} ${name}`;
        const entry = figures.get(key) ?? { tbt: [], perf: [], load: [] };
        entry.tbt.push(tbt);
        entry.perf.push(perf);
        entry.load.push(load);
        figures.set(key, entry);
        console.log(
          `\n${key} run ${run + 1}: Performance ${perf}, TBT ${tbt.toFixed(0)} ms, ` +
            `traced FCP ${fcp.toFixed(0)} ms, load ${load.toFixed(2)}`,
        );
        if (quiet) continue;
        for (const task of tasks.filter(({ duration }) => duration >= minMs)) {
          console.log(
            `  task at ${task.start.toFixed(0).padStart(5)} ms: ${task.duration.toFixed(1).padStart(6)} ms` +
              ` (cpu ${task.cpu.toFixed(1).padStart(5)})` +
              `  ${task.what.join(' | ')}`,
          );
        }
        const long = (
          lhr.audits['long-tasks']?.details as
            { items?: { url?: string; startTime?: number; duration?: number }[] } | undefined
        )?.items;
        for (const item of long ?? []) {
          console.log(
            `  simulated long task at ${item.startTime?.toFixed(0)} ms: ${item.duration?.toFixed(0)} ms ${item.url?.split('/').pop() ?? ''}`,
          );
        }
      }
    }
  }
  console.log('\nmedians (build page: TBT ms, Performance, load average)');
  for (const [key, { tbt, perf, load }] of figures) {
    console.log(
      `  ${key.padEnd(24)} TBT ${median(tbt).toFixed(0).padStart(5)}  Perf ${median(perf)}  ` +
        `load ${median(load).toFixed(2)}  (TBT runs: ${tbt.map((v) => v.toFixed(0)).join(', ')})`,
    );
  }
} finally {
  if (chrome) await stopChrome(chrome);
  await Promise.all(servers.map((server) => server.close()));
  await rm(work, { recursive: true, force: true });
}
