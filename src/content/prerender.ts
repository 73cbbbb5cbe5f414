import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from 'vite';
import { hashCode, sha1 } from './contentCache.ts';
import { prerenderWithCache, type DataHash } from './pageCache.ts';
import type { PrerenderJob, PrerenderResult, PrerenderTimes } from './prerenderWorker.ts';
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
  // NODE_ENV too: a build run from the tests (NODE_ENV=test) compiles JSX for React's
  // development runtime, which a production build's worker cannot run.
  const kept =
    version && sha1(version, config.base, config.mode, process.env.NODE_ENV ?? '').slice(0, 16);
  const dir = path.join(config.cacheDir, `saywire-ssr-${kept || process.pid}`);
  const worker = path.join(dir, 'prerenderWorker.mjs');
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

/** Runs one worker on `job` to its end. */
function runWorker(file: string, job: PrerenderJob): Promise<PrerenderResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: RENDER_HEAP_MB },
    });
    let result: PrerenderResult | undefined;
    worker.once('message', (answer: PrerenderResult) => (result = answer));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      result ? resolve(result) : reject(new Error(`a prerender worker exited with code ${code}`)),
    );
  });
}

/** Renders `routes` on worker threads that split them, adding each kind's timings to `times`. */
async function renderOnThreads(
  config: ResolvedConfig,
  job: Omit<PrerenderJob, 'routes'>,
  routes: string[],
  times: PrerenderTimes,
  version: string | null,
): Promise<{ deps: Map<string, string[]>; threads: number }> {
  const server = await buildServerEntry(config, version);
  try {
    const threads = threadsFor(routes.length);
    // Round robin, so each thread gets its share of big and small pages.
    const shares = Array.from({ length: threads }, (_, thread) =>
      routes.filter((_route, index) => index % threads === thread),
    );
    const results = await Promise.all(
      shares.map((share) => runWorker(server.worker, { ...job, routes: share })),
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
): Promise<PrerenderStats> {
  const started = performance.now();
  const routes = await listRoutes(outDir);
  const job = { outDir, base: config.base, origin: siteOrigin(), template };
  const times: PrerenderTimes = {};
  let threads = 0;
  const code = cache
    ? await hashCode(config.root, SERVER_CODE.dirs, [
        ...SERVER_CODE.files,
        ...(config.configFile ? [path.relative(config.root, config.configFile)] : []),
      ])
    : null;
  const render = async (toRender: string[]) => {
    const result = await renderOnThreads(config, job, toRender, times, code);
    threads = result.threads;
    return result.deps;
  };
  let rendered = routes.length;
  if (cache && code) {
    const identity = sha1(template, job.base, job.origin, code);
    ({ rendered } = await prerenderWithCache(
      cache.site,
      identity,
      outDir,
      routes,
      cache.hashOf,
      render,
      cache.inPlace,
      cache.unchanged,
    ));
  } else {
    await render(routes);
  }
  const seconds = (performance.now() - started) / 1000;
  return { pages: routes.length, rendered, seconds, threads, times };
}
