import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ContentCache } from './contentCache.ts';

/** A built parse worker: the module a `Worker` runs, and how to delete it when it is temporary. */
export type BuiltParseWorker = { file: string; dispose: () => Promise<void> };

const ENTRY = 'src/content/parseWorker.ts';
const KEPT = /^parse-worker-[0-9a-f]+\.mjs$/;

/** Builds `parseWorker.ts` from `codeRoot` into `outDir` as one module with nothing external. */
async function buildInto(codeRoot: string, outDir: string): Promise<string> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: codeRoot,
    logLevel: 'warn',
    publicDir: false,
    // Bundled whole (valibot included): the module runs from the cache folder, wherever that is.
    ssr: { noExternal: true },
    build: {
      ssr: path.join(codeRoot, ENTRY),
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { entryFileNames: 'parseWorker.mjs' } },
    },
  });
  return path.join(outDir, 'parseWorker.mjs');
}

/**
 * The parse worker as a plain module Node runs on a worker thread (Node 20 does not run
 * TypeScript): built once per version of the pipeline's code and kept in the content cache
 * beside the articles it parses (the cache's version hashes the same code), or, without a
 * cache, built into a temporary folder that `dispose` deletes.
 */
export async function buildParseWorker(
  codeRoot: string,
  cache: ContentCache | null,
): Promise<BuiltParseWorker> {
  if (!cache) {
    const dir = await mkdtemp(path.join(tmpdir(), 'saywire-parse-'));
    const file = await buildInto(codeRoot, dir);
    return { file, dispose: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = `parse-worker-${cache.version}.mjs`;
  const file = path.join(cache.dir, name);
  const none = async () => {};
  if (existsSync(file)) return { file, dispose: none };
  const dir = path.join(cache.dir, `parse-worker.${process.pid}.tmp`);
  try {
    await rename(await buildInto(codeRoot, dir), file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  // Workers of older code are of no more use.
  for (const other of await readdir(cache.dir)) {
    if (KEPT.test(other) && other !== name) await rm(path.join(cache.dir, other), { force: true });
  }
  return { file, dispose: none };
}
