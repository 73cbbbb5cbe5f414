/**
 * `npx tsx bench/perfTasks.ts [dist…] [--runs 3] [--pages list,article] [--min 5] [--quiet|--detail]`
 *
 * Where the main-thread time of a page load goes, from the trace Lighthouse records (mobile
 * preset, simulated throttling). For each run: the page's main-thread tasks longer than `--min`
 * ms with what ran in them, each with its wall time and its thread (CPU) time (on a loaded
 * machine the first grows, the second does not); the tasks Lighthouse's simulation counts as
 * long (≥ 50 ms once multiplied by its 4× CPU slowdown); its TBT, and the TBT the tasks' CPU
 * time implies (bench/perfTrace.ts). Then the medians per build and page. Serves existing
 * builds (default `dist/`, built with `npx vite build`); given several (say a build of main and
 * one of a branch), it runs them in turn so a noisy moment hits both alike. The load average is
 * printed with each run.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { serveBuild } from '../tests/e2e/builtSite.ts';
import { startChrome, stopChrome } from './perfChrome.ts';
import {
  cpuBlockingTime,
  mainThreadTasks,
  observedTimestamps,
  type TraceEvent,
} from './perfTrace.ts';

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

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;

const work = await mkdtemp(path.join(tmpdir(), 'saywire-tasks-'));
let chrome: ChildProcess | undefined;
const servers = await Promise.all(distDirs.map((dir) => serveBuild(dir)));
const figures = new Map<
  string,
  { tbt: number[]; cpuTbt: number[]; perf: number[]; load: number[] }
>();
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
        const { fcp, tasks } = mainThreadTasks(trace.traceEvents, {
          detail,
          observed: observedTimestamps(lhr),
        });
        const cpuTbt = cpuBlockingTime(tasks, fcp);
        const tbt = lhr.audits['total-blocking-time']?.numericValue ?? NaN;
        const perf = Math.round((lhr.categories.performance?.score ?? NaN) * 100);
        const key = `${path.basename(distDirs[at] ?? '')} ${name}`;
        const entry = figures.get(key) ?? { tbt: [], cpuTbt: [], perf: [], load: [] };
        entry.tbt.push(tbt);
        entry.cpuTbt.push(cpuTbt);
        entry.perf.push(perf);
        entry.load.push(load);
        figures.set(key, entry);
        console.log(
          `\n${key} run ${run + 1}: Performance ${perf}, TBT ${tbt.toFixed(0)} ms ` +
            `(from CPU time ${cpuTbt.toFixed(0)} ms), ` +
            `FCP ${lhr.audits['first-contentful-paint']?.numericValue?.toFixed(0)} ms, ` +
            `LCP ${lhr.audits['largest-contentful-paint']?.numericValue?.toFixed(0)} ms, ` +
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
  console.log('\nmedians (build page: TBT ms, TBT from CPU time ms, Performance, load average)');
  for (const [key, { tbt, cpuTbt, perf, load }] of figures) {
    console.log(
      `  ${key.padEnd(24)} TBT ${median(tbt).toFixed(0).padStart(5)}  ` +
        `CPU ${median(cpuTbt).toFixed(0).padStart(5)}  Perf ${median(perf)}  ` +
        `load ${median(load).toFixed(2)}  (TBT runs: ${tbt.map((v) => v.toFixed(0)).join(', ')})`,
    );
  }
} finally {
  if (chrome) await stopChrome(chrome);
  await Promise.all(servers.map((server) => server.close()));
  await rm(work, { recursive: true, force: true });
}
