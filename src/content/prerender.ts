import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ResolvedConfig } from 'vite';
import type { renderRoute } from '../app/entryServer.tsx';
import { dataFileFetch } from './dataFileFetch.ts';
import { fillTemplate, htmlFileFor } from './prerenderTemplate.ts';

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

const SERVER_ENTRY = 'src/app/entryServer.tsx';

/**
 * Builds `src/app/entryServer.tsx` for Node with the project's own Vite config (its plugins,
 * aliases and `base`), into a private folder under Vite's cache dir, where Node resolves the
 * externalised dependencies (React, the router) from the project's node_modules.
 * A real build rather than `ssrLoadModule`: no dev server (and no second content pipeline run)
 * inside the build, and a plain module file that worker threads could load too.
 */
async function buildServerEntry(config: ResolvedConfig): Promise<{ file: string; dir: string }> {
  const { build } = await import('vite');
  const dir = path.join(config.cacheDir, `saywire-ssr-${process.pid}`);
  await build({
    configFile: config.configFile ?? false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'warn',
    build: {
      ssr: SERVER_ENTRY,
      outDir: dir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'entryServer.mjs' } },
    },
  });
  return { file: path.join(dir, 'entryServer.mjs'), dir };
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

export type PrerenderStats = { pages: number; seconds: number; msPerPage: number };

/**
 * Renders every route of the built site in `outDir` to a static HTML file from `template` (the
 * built index.html). Each page is a pure function of its route, the data files it reads and the
 * template; `fetch` is pointed at the data files for the duration and restored after.
 */
export async function prerenderSite(
  config: ResolvedConfig,
  outDir: string,
  template: string,
): Promise<PrerenderStats> {
  const started = performance.now();
  const server = await buildServerEntry(config);
  const originalFetch = globalThis.fetch;
  try {
    const entry = (await import(pathToFileURL(server.file).href)) as {
      renderRoute: typeof renderRoute;
    };
    const site = { origin: siteOrigin(), base: config.base };
    const routes = await listRoutes(outDir);
    globalThis.fetch = dataFileFetch(outDir, config.base);
    const renderStarted = performance.now();
    const madeDirs = new Set<string>();
    for (const route of routes) {
      const page = await entry.renderRoute(`${config.base}${route.slice(1)}`, site);
      const file = path.join(outDir, htmlFileFor(route));
      const dir = path.dirname(file);
      if (!madeDirs.has(dir)) {
        await mkdir(dir, { recursive: true });
        madeDirs.add(dir);
      }
      await writeFile(file, fillTemplate(template, page));
    }
    const renderMs = performance.now() - renderStarted;
    return {
      pages: routes.length,
      seconds: (performance.now() - started) / 1000,
      msPerPage: renderMs / Math.max(1, routes.length),
    };
  } finally {
    globalThis.fetch = originalFetch;
    await rm(server.dir, { recursive: true, force: true });
  }
}
