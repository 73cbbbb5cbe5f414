import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from 'vite';
import { hashCode, sha1 } from './contentCache.ts';
import { listRoutes } from './listRoutes.ts';
import { prerenderWithCache, type DataHash } from './pageCache.ts';
import type { PrerenderJob, PrerenderTimes } from './prerenderWorker.ts';
import { renderOnThreads, startWorker, type RenderWorker } from './renderWorkers.ts';
import { SERVER_CODE, serverEntryPlace } from './serverEntry.ts';
import type { SiteCache } from './siteCache.ts';
import { siteOrigin } from './siteOrigin.ts';

export type PrerenderStats = {
  pages: number;
  /** Pages rendered this build; the rest were linked from the page cache. */
  rendered: number;
  seconds: number;
  threads: number;
  /** Rendering and writing time per page, by kind of page, summed over threads. */
  times: PrerenderTimes;
};

export function logPrerender(config: ResolvedConfig, stats: PrerenderStats): void {
  const perKind = Object.entries(stats.times)
    .map(([kind, { pages, ms }]) => `${kind} ${(ms / pages).toFixed(2)} ms × ${pages}`)
    .join(', ');
  config.logger.info(
    `prerendered ${stats.pages} pages (${stats.rendered} rendered, ` +
      `${stats.pages - stats.rendered} from the cache) in ${stats.seconds.toFixed(1)} s` +
      (stats.rendered > 0 ? ` on ${stats.threads} thread(s); per page: ${perKind}` : ''),
  );
}

/**
 * What rendering needs before the routes to render are known, started early: the hash of the
 * server code (with a cache), from the start of the build, and once `warmRenderWorker` says
 * some page will likely be rendered, one render worker of an already built server entry,
 * loading the app's modules meanwhile.
 */
export type PrerenderStart = {
  code: Promise<string | null>;
  worker: Promise<RenderWorker | null>;
  /** Whether `warmRenderWorker` started the worker. */
  warming: boolean;
};

/** Starts what `prerenderSite` needs first (see `PrerenderStart`): the server code's hash. */
export function startPrerender(
  config: ResolvedConfig,
  { cached }: { cached: boolean },
): PrerenderStart {
  const code = cached
    ? hashCode(config.root, SERVER_CODE.dirs, [
        ...SERVER_CODE.files,
        ...(config.configFile ? [path.relative(config.root, config.configFile)] : []),
      ])
    : Promise.resolve(null);
  // An early failure is the render's to report, when it asks for it.
  code.catch(() => {});
  return { code, worker: Promise.resolve(null), warming: false };
}

/**
 * Starts a render worker for `start` (once): it loads the app's modules (~0.3 s, more on a
 * busy machine) while the pipeline and Vite still work, so a rebuild's one page does not wait
 * for them. Called as soon as an article is found to need parsing, or after the content of a
 * build with no pages from an earlier one.
 */
export function warmRenderWorker(config: ResolvedConfig, start: PrerenderStart): void {
  if (start.warming) return;
  start.warming = true;
  start.worker = start.code.then((version) => {
    const { kept, worker: file } = serverEntryPlace(config, version);
    // An entry not built yet is built once the routes are known, as before.
    return kept && existsSync(file) ? startWorker(file) : null;
  });
  start.worker.catch(() => {});
}

/**
 * The site's cache, the hashes of the data files this build wrote, and whether the page
 * folders still hold the last build's pages (see `prerenderWithCache`).
 */
export type PrerenderCache = {
  site: SiteCache;
  hashOf: DataHash;
  inPlace: boolean;
  /** Whether a data file is as the last build wrote it (see `prerenderWithCache`). */
  unchanged: (file: string) => boolean;
};

/**
 * Renders every route of the built site in `outDir` to a static HTML file from `template` (the
 * built index.html), on worker threads that split the routes between them. With `cache`, a
 * page whose template, server code and fetched data files are unchanged since the last build
 * is linked from the page cache instead (see `pageCache.ts`); the server entry is then built
 * only when some page must be rendered.
 */
export async function prerenderSite(
  config: ResolvedConfig,
  outDir: string,
  template: string,
  cache: PrerenderCache | null = null,
  start: PrerenderStart = startPrerender(config, { cached: cache !== null }),
): Promise<PrerenderStats> {
  const started = performance.now();
  const routes = await listRoutes(outDir);
  const job = { outDir, base: config.base, origin: siteOrigin(), template };
  const times: PrerenderTimes = {};
  let threads = 0;
  const code = await start.code;
  let warm = await start.worker;
  const render = async (toRender: string[]) => {
    const result = await renderOnThreads(config, job, toRender, times, code, warm);
    warm = null;
    threads = result.threads;
    return result.deps;
  };
  try {
    const rendered = await renderAll(routes, cache, code, job, render);
    const seconds = (performance.now() - started) / 1000;
    return { pages: routes.length, rendered, seconds, threads, times };
  } finally {
    // Nothing to render after all (or a failure): the warm worker was not needed.
    (warm as RenderWorker | null)?.stop();
  }
}

/** Renders what must be (every route without a cache); how many pages were rendered. */
async function renderAll(
  routes: string[],
  cache: PrerenderCache | null,
  code: string | null,
  job: Omit<PrerenderJob, 'routes'>,
  render: (toRender: string[]) => Promise<Map<string, string[]>>,
): Promise<number> {
  let rendered = routes.length;
  if (cache && code) {
    const identity = sha1(job.template, job.base, job.origin, code);
    ({ rendered } = await prerenderWithCache(
      cache.site,
      identity,
      job.outDir,
      routes,
      cache.hashOf,
      render,
      cache.inPlace,
      cache.unchanged,
    ));
  } else {
    await render(routes);
  }
  return rendered;
}
