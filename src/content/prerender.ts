import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from 'vite';
import { hashCode, sha1 } from './contentCache.ts';
import { prerenderWithCache, type DataHash } from './pageCache.ts';
import type {
  PrerenderJob,
  PrerenderResult,
  PrerenderTimes,
  RenderWorkerData,
} from './prerenderWorker.ts';
import type { SiteCache } from './siteCache.ts';

/** Where the site is published when `SAYWIRE_SITE_URL` does not say: what `npm start` serves. */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/** The origin canonical and Open Graph URLs start with, from `SAYWIRE_SITE_URL`. */
export function siteOrigin(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.SAYWIRE_SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SAYWIRE_SITE_URL="${raw}" is not an absolute URL (say https://example.org)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SAYWIRE_SITE_URL="${raw}" must be an http or https URL`);
  }
  return url.origin;
}

const SERVER_ENTRIES = {
  entryServer: 'src/app/entryServer.tsx',
  prerenderWorker: 'src/content/prerenderWorker.ts',
};

/**
 * Builds `src/app/entryServer.tsx` and the worker that calls it for Node, with the project's own
 * Vite config (its plugins, aliases and `base`), into a private folder under Vite's cache dir,
 * where Node resolves the externalised dependencies (React, the router) from node_modules.
 * A real build rather than `ssrLoadModule` in a dev server: no second content pipeline run
 * inside the build, and plain module files that worker threads load, one per core.
 * With `version` (a hash of the code it is built from), the build is kept under that name and
 * reused while the code stays the same: a rebuild after one article changed skips it.
 */
async function buildServerEntry(
  config: ResolvedConfig,
  version: string | null,
): Promise<{ worker: string; dir: string; keep: boolean }> {
  const { kept, dir, worker } = serverEntryPlace(config, version);
  if (kept && existsSync(worker)) return { worker, dir, keep: true };
  const { build } = await import('vite');
  const outDir = kept ? `${dir}.${process.pid}.tmp` : dir;
  await build({
    configFile: config.configFile ?? false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      rollupOptions: { input: SERVER_ENTRIES, output: { entryFileNames: '[name].mjs' } },
    },
  });
  if (!kept) return { worker, dir, keep: false };
  // Builds of older code are of no more use.
  for (const name of await readdir(config.cacheDir)) {
    if (/^saywire-ssr-[0-9a-f]{16}$/.test(name) && name !== path.basename(dir)) {
      await rm(path.join(config.cacheDir, name), { recursive: true, force: true });
    }
  }
  try {
    await rename(outDir, dir);
  } catch {
    // Another build of the same code got there first: its files are the same.
    await rm(outDir, { recursive: true, force: true });
  }
  return { worker, dir, keep: true };
}

/** Where the server entry built from code `version` is kept (a folder of its own without one). */
function serverEntryPlace(config: ResolvedConfig, version: string | null) {
  // NODE_ENV too: a build run from the tests (NODE_ENV=test) compiles JSX for React's
  // development runtime, which a production build's worker cannot run.
  const kept =
    version && sha1(version, config.base, config.mode, process.env.NODE_ENV ?? '').slice(0, 16);
  const dir = path.join(config.cacheDir, `saywire-ssr-${kept || process.pid}`);
  return { kept, dir, worker: path.join(dir, 'prerenderWorker.mjs') };
}

/** Every page to prerender: fixed pages, then one per article, speaker and topic data file. */
export async function listRoutes(outDir: string): Promise<string[]> {
  const ids = async (dir: string) => {
    try {
      const names = await readdir(path.join(outDir, dir));
      return names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  };
  const [articles, speakers, topics] = await Promise.all([
    ids('data/articles'),
    ids('data/speakers'),
    ids('data/list/topics'),
  ]);
  return [
    '/',
    '/speakers',
    '/settings',
    '/saved',
    // Served by static hosts for any unknown path; the app renders afresh there (other URL).
    '/404',
    ...articles.sort().map((slug) => `/articles/${slug}`),
    ...speakers.sort().map((id) => `/speakers/${id}`),
    ...topics.sort().map((id) => `/topics/${id}`),
  ];
}

export type PrerenderStats = {
  pages: number;
  /** Pages rendered this build; the rest were linked from the page cache. */
  rendered: number;
  seconds: number;
  threads: number;
  /** Rendering and writing time per page, by kind of page, summed over threads. */
  times: PrerenderTimes;
};

/**
 * A thread per core, but no more than a few hundred pages keep busy, or
 * `SAYWIRE_PRERENDER_THREADS` when set (say 1, to measure a page's cost on a busy machine).
 */
function threadsFor(pages: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.SAYWIRE_PRERENDER_THREADS);
  if (Number.isInteger(asked) && asked > 0) return asked;
  return Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(pages / 200)));
}

/**
 * A render worker's heap limit. A page needs a few megabytes (the 5,000-quotation test article
 * included), but without a limit V8 lets each worker's heap grow with the garbage of thousands
 * of renders, and two workers sit beside the main thread's heap at a big build's peak. Near its
 * limit a heap is collected more often, which costs little next to rendering.
 */
const RENDER_HEAP_MB = 256;

/**
 * A render worker, started before it is given its routes: it loads the app's modules
 * meanwhile (~0.3 s of a rebuild that renders one page). `run` gives it its one job and
 * resolves when it has rendered them; `stop` ends it unused.
 */
type RenderWorker = { run: (job: PrerenderJob) => Promise<PrerenderResult>; stop: () => void };

function startWorker(file: string): RenderWorker {
  const worker = new Worker(file, {
    workerData: { saywireRenderWorker: true } satisfies RenderWorkerData,
    resourceLimits: { maxOldGenerationSizeMb: RENDER_HEAP_MB },
  });
  let result: PrerenderResult | undefined;
  // Listened to from the start: an error while the worker waits for its job must not go unheard.
  let failure: unknown = null;
  let exit: number | null = null;
  const ended = new Promise<void>((resolve) => {
    worker.once('error', (error) => (failure = error));
    worker.once('exit', (code) => {
      exit = code;
      resolve();
    });
  });
  worker.once('message', (answer: PrerenderResult) => (result = answer));
  return {
    run: async (job) => {
      if (exit === null) worker.postMessage(job);
      await ended;
      if (result) return result;
      throw failure ?? new Error(`a prerender worker exited with code ${exit}`);
    },
    stop: () => void worker.terminate(),
  };
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

/** Renders `routes` on worker threads that split them, adding each kind's timings to `times`. */
async function renderOnThreads(
  config: ResolvedConfig,
  job: Omit<PrerenderJob, 'routes'>,
  routes: string[],
  times: PrerenderTimes,
  version: string | null,
  warm: RenderWorker | null,
): Promise<{ deps: Map<string, string[]>; threads: number }> {
  const server = await buildServerEntry(config, version);
  try {
    const threads = threadsFor(routes.length);
    // Round robin, so each thread gets its share of big and small pages.
    const shares = Array.from({ length: threads }, (_, thread) =>
      routes.filter((_route, index) => index % threads === thread),
    );
    // The warm worker runs the same entry: `startPrerender` found it under the same version.
    const results = await Promise.all(
      shares.map((share, thread) =>
        (thread === 0 && warm ? warm : startWorker(server.worker)).run({ ...job, routes: share }),
      ),
    );
    const deps = new Map<string, string[]>();
    for (const result of results) {
      for (const [route, files] of result.deps) deps.set(route, files);
      for (const [kind, { pages, ms }] of Object.entries(result.times)) {
        const entry = (times[kind] ??= { pages: 0, ms: 0 });
        entry.pages += pages;
        entry.ms += ms;
      }
    }
    return { deps, threads };
  } finally {
    if (!server.keep) await rm(server.dir, { recursive: true, force: true });
  }
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

/** Whatever the server code is built from: a change to any of it re-renders every page. */
const SERVER_CODE = { dirs: ['src'], files: ['package-lock.json', 'package.json'] };

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
