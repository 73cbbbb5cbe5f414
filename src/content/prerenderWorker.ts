/**
 * One prerender worker thread: renders its share of the routes with the app's server entry and
 * writes each page. Built for Node together with `src/app/entryServer.tsx` (see `prerender.ts`),
 * so it runs as plain JavaScript. Each page is a pure function of its route, the data files it
 * reads and the template, so pages may be rendered in any order, on any thread.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { renderRoute } from '../app/entryServer.tsx';
import { dataFileFetch } from './dataFileFetch.ts';
import { fillTemplate, htmlFileFor } from './prerenderTemplate.ts';
import { writeWhole } from './writeWhole.ts';

/**
 * What `prerender.ts` starts a render worker with. Only such a thread listens for a job: a
 * thread that merely imports this module (a test runner's worker, whose port carries the
 * runner's own messages) must not take them for one.
 */
export type RenderWorkerData = { saywireRenderWorker: true };

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
 * Renders `job.routes` one after another and writes each page; per route, in route order, the
 * data files the page fetched. Everything a page waits for is at hand: its data files are read
 * synchronously (`dataFileFetch`) and its file is written synchronously, so a render never
 * waits on the disk and a second page in flight would have nothing to fill.
 */
export async function renderPages(job: PrerenderJob): Promise<PrerenderResult> {
  // The data files a route fetches are its inputs. Each render runs in its own async context,
  // so a fetch is charged to the page that made it, whatever the app's loaders await.
  const reads = new AsyncLocalStorage<Set<string>>();
  // The app fetches its data; at build time the answers are the files the build wrote.
  globalThis.fetch = dataFileFetch(job.outDir, job.base, (file) => reads.getStore()?.add(file));
  const site = { origin: job.origin, base: job.base };
  const times: PrerenderTimes = {};
  const deps: [string, string[]][] = [];
  const madeDirs = new Set<string>();
  for (const route of job.routes) {
    const started = performance.now();
    const read = new Set<string>();
    const page = await reads.run(read, () => renderRoute(`${job.base}${route.slice(1)}`, site));
    deps.push([route, [...read].sort()]);
    const file = path.join(job.outDir, htmlFileFor(route));
    const dir = path.dirname(file);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    // Written beside and renamed over (`writeWhole`): a file already there may be a hard link
    // into the page cache, which must never change in place. Synchronously: the promise API's
    // open, write, close and rename, each a trip through libuv's thread pool, cost more CPU than
    // the writing (a cold 10,000-article build, docs/data-layout.md, "The build").
    writeWhole(file, fillTemplate(job.template, page));
    const kind = routeKind(route);
    const entry = (times[kind] ??= { pages: 0, ms: 0 });
    entry.pages += 1;
    entry.ms += performance.now() - started;
  }
  return { times, deps };
}

// The job comes as a message: the worker is started early, to load the app's modules while
// the build still works out which pages need rendering (`startPrerender`).
const isRenderWorker = (workerData as Partial<RenderWorkerData> | null)?.saywireRenderWorker;
const port = isRenderWorker === true ? parentPort : null;
port?.once('message', (job: PrerenderJob) => {
  void renderPages(job).then((result) => port.postMessage(result));
});
