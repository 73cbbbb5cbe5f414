import { readdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from 'vite';
import type { PrerenderJob, PrerenderTimes } from './prerenderWorker.ts';

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
 */
async function buildServerEntry(config: ResolvedConfig): Promise<{ worker: string; dir: string }> {
  const { build } = await import('vite');
  const dir = path.join(config.cacheDir, `saywire-ssr-${process.pid}`);
  await build({
    configFile: config.configFile ?? false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir: dir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      rollupOptions: { input: SERVER_ENTRIES, output: { entryFileNames: '[name].mjs' } },
    },
  });
  return { worker: path.join(dir, 'prerenderWorker.mjs'), dir };
}

/** Every page to prerender: fixed pages, then one per article and speaker data file. */
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
  const [articles, speakers] = await Promise.all([ids('data/articles'), ids('data/speakers')]);
  return [
    '/',
    '/speakers',
    '/settings',
    '/saved',
    // Served by static hosts for any unknown path; the app renders afresh there (other URL).
    '/404',
    ...articles.sort().map((slug) => `/articles/${slug}`),
    ...speakers.sort().map((id) => `/speakers/${id}`),
  ];
}

export type PrerenderStats = {
  pages: number;
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

/** Runs one worker on `job` to its end. */
function runWorker(file: string, job: PrerenderJob): Promise<PrerenderTimes> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: job });
    let result: PrerenderTimes | undefined;
    worker.once('message', (times: PrerenderTimes) => (result = times));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      result ? resolve(result) : reject(new Error(`a prerender worker exited with code ${code}`)),
    );
  });
}

/**
 * Renders every route of the built site in `outDir` to a static HTML file from `template` (the
 * built index.html), on worker threads that split the routes between them.
 */
export async function prerenderSite(
  config: ResolvedConfig,
  outDir: string,
  template: string,
): Promise<PrerenderStats> {
  const started = performance.now();
  const server = await buildServerEntry(config);
  try {
    const routes = await listRoutes(outDir);
    const threads = threadsFor(routes.length);
    // Round robin, so each thread gets its share of big and small pages.
    const shares = Array.from({ length: threads }, (_, thread) =>
      routes.filter((_route, index) => index % threads === thread),
    );
    const job = { outDir, base: config.base, origin: siteOrigin(), template };
    const results = await Promise.all(
      shares.map((share) => runWorker(server.worker, { ...job, routes: share })),
    );
    const times: PrerenderTimes = {};
    for (const result of results) {
      for (const [kind, { pages, ms }] of Object.entries(result)) {
        const entry = (times[kind] ??= { pages: 0, ms: 0 });
        entry.pages += pages;
        entry.ms += ms;
      }
    }
    return { pages: routes.length, seconds: (performance.now() - started) / 1000, threads, times };
  } finally {
    await rm(server.dir, { recursive: true, force: true });
  }
}
