/**
 * One prerender worker thread: renders its share of the routes with the app's server entry and
 * writes each page. Built for Node together with `src/app/entryServer.tsx` (see `prerender.ts`),
 * so it runs as plain JavaScript. Each page is a pure function of its route, the data files it
 * reads and the template, so pages may be rendered in any order, on any thread.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { renderRoute } from '../app/entryServer.tsx';
import { dataFileFetch } from './dataFileFetch.ts';
import { fillTemplate, htmlFileFor } from './prerenderTemplate.ts';

/** What the main thread hands a worker. */
export type PrerenderJob = {
  outDir: string;
  base: string;
  origin: string;
  template: string;
  routes: string[];
};

/** Milliseconds spent and pages rendered, per kind of page (`articles`, `speakers`, `/`…). */
export type PrerenderTimes = Record<string, { pages: number; ms: number }>;

/** What a worker answers: its timings, and per route the data files the page fetched. */
export type PrerenderResult = { times: PrerenderTimes; deps: [string, string[]][] };

/** The kind of a route for the timing table: its first path segment. */
export const routeKind = (route: string): string => route.split('/')[1] || '/';

/**
 * Pages a worker renders at once. A render waits while its page is written and renamed (and
 * for the app's own promises), and one page at a time left the thread idle then: with a few in
 * flight it renders another meanwhile. With synchronous data reads (`dataFileFetch`), 3–13%
 * less CPU for the same pages (docs/data-layout.md, "The build").
 */
const PAGES_IN_FLIGHT = 3;

/**
 * Pages in flight overlap, so their own times add up to more than the thread spent: the
 * thread's time is shared out among the kinds of page in proportion to them.
 */
function shareOut(times: PrerenderTimes, threadMs: number): PrerenderTimes {
  const total = Object.values(times).reduce((sum, { ms }) => sum + ms, 0);
  const scale = total > 0 ? threadMs / total : 0;
  return Object.fromEntries(
    Object.entries(times).map(([kind, { pages, ms }]) => [kind, { pages, ms: ms * scale }]),
  );
}

/**
 * Renders `job.routes` and writes each page, a few at once; per route, in route order, the data
 * files the page fetched, each charged to the page that fetched it.
 */
export async function renderPages(job: PrerenderJob): Promise<PrerenderResult> {
  // The data files a route fetches are its inputs. Each render runs in its own async context,
  // so a fetch is charged to the page that made it, even while other pages are in flight.
  const reads = new AsyncLocalStorage<Set<string>>();
  // The app fetches its data; at build time the answers are the files the build wrote.
  globalThis.fetch = dataFileFetch(job.outDir, job.base, (file) => reads.getStore()?.add(file));
  const site = { origin: job.origin, base: job.base };
  const times: PrerenderTimes = {};
  // In route order, whatever order the pages finish in.
  const deps: [string, string[]][] = new Array(job.routes.length);
  const madeDirs = new Map<string, Promise<unknown>>();
  const renderPage = async (index: number, route: string) => {
    const started = performance.now();
    const read = new Set<string>();
    const page = await reads.run(read, () => renderRoute(`${job.base}${route.slice(1)}`, site));
    deps[index] = [route, [...read].sort()];
    const file = path.join(job.outDir, htmlFileFor(route));
    const dir = path.dirname(file);
    let made = madeDirs.get(dir);
    if (!made) madeDirs.set(dir, (made = mkdir(dir, { recursive: true })));
    await made;
    // Written beside and renamed over: a file already there may be a hard link into the page
    // cache, which must never change in place. With the promise API: on this busy disk a
    // write or rename may block for a millisecond, and two workers writing synchronously
    // took ~30% longer (1,500 pages, same CPU time).
    await writeFile(`${file}.tmp`, fillTemplate(job.template, page));
    await rename(`${file}.tmp`, file);
    const kind = routeKind(route);
    const entry = (times[kind] ??= { pages: 0, ms: 0 });
    entry.pages += 1;
    entry.ms += performance.now() - started;
  };
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < job.routes.length; index = next++) {
      await renderPage(index, job.routes[index] ?? '');
    }
  };
  await Promise.all(Array.from({ length: PAGES_IN_FLIGHT }, lane));
  return { times: shareOut(times, performance.now() - started), deps };
}

// The job comes as a message: the worker is started early, to load the app's modules while
// the build still works out which pages need rendering (`startPrerender`).
const port = parentPort;
port?.once('message', (job: PrerenderJob) => {
  void renderPages(job).then((result) => port.postMessage(result));
});
