import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from 'vite';
import { sha1 } from './contentCache.ts';

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
export async function buildServerEntry(
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
export function serverEntryPlace(config: ResolvedConfig, version: string | null) {
  // NODE_ENV too: a build run from the tests (NODE_ENV=test) compiles JSX for React's
  // development runtime, which a production build's worker cannot run.
  const kept =
    version && sha1(version, config.base, config.mode, process.env.NODE_ENV ?? '').slice(0, 16);
  const dir = path.join(config.cacheDir, `saywire-ssr-${kept || process.pid}`);
  return { kept, dir, worker: path.join(dir, 'prerenderWorker.mjs') };
}

/** Whatever the server code is built from: a change to any of it re-renders every page. */
export const SERVER_CODE = { dirs: ['src'], files: ['package-lock.json', 'package.json'] };
