/**
 * One prerender worker thread: renders its share of the routes with the app's server entry and
 * writes each page. Built for Node together with `src/app/entryServer.tsx` (see `prerender.ts`),
 * so it runs as plain JavaScript. Each page is a pure function of its route, the data files it
 * reads and the template, so pages may be rendered in any order, on any thread.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
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

/** The kind of a route for the timing table: its first path segment. */
export const routeKind = (route: string): string => route.split('/')[1] || '/';

async function run(job: PrerenderJob): Promise<PrerenderTimes> {
  // The app fetches its data; at build time the answers are the files the build wrote.
  globalThis.fetch = dataFileFetch(job.outDir, job.base);
  const site = { origin: job.origin, base: job.base };
  const times: PrerenderTimes = {};
  const madeDirs = new Set<string>();
  for (const route of job.routes) {
    const started = performance.now();
    const page = await renderRoute(`${job.base}${route.slice(1)}`, site);
    const file = path.join(job.outDir, htmlFileFor(route));
    const dir = path.dirname(file);
    if (!madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      madeDirs.add(dir);
    }
    await writeFile(file, fillTemplate(job.template, page));
    const kind = routeKind(route);
    const entry = (times[kind] ??= { pages: 0, ms: 0 });
    entry.pages += 1;
    entry.ms += performance.now() - started;
  }
  return times;
}

if (parentPort) parentPort.postMessage(await run(workerData as PrerenderJob));
