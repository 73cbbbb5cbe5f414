import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { removeOnThread } from './clearOutDir.ts';
import type { ContentCache } from './contentCache.ts';

/**
 * Where a build with the caches off (`SAYWIRE_CACHE=0`) puts each file as it is made: the
 * articles' JSON (`content`) and the derived data files (a site cache in `siteDir`), in a
 * folder of its own that the build deletes when it ends. Held in memory instead, 100,000
 * articles' JSON and every data file made from them came to ~3 GB beside the digests: the
 * cached build's way of writing as it goes is what keeps a big build's memory bounded, so a
 * build that keeps nothing for later writes the same way, and reuses nothing.
 */
export type ScratchCache = {
  dir: string;
  content: ContentCache;
  siteDir: string;
  /** Deletes the folder, and any a killed build left, on a worker thread. */
  remove: () => Promise<void>;
};

const PREFIX = 'saywire-scratch-';

/** True if a process of that id is running (a scratch folder of a killed build is not in use). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Makes a scratch folder under `parent` (Vite's cache folder) for this process's build. */
export function openScratchCache(parent: string): ScratchCache {
  mkdirSync(parent, { recursive: true });
  // Listed before this build makes its own: `saywire-scratch-<pid>-<random>`.
  const stale = readdirSync(parent)
    .filter((name) => name.startsWith(PREFIX))
    .filter((name) => !isRunning(Number.parseInt(name.slice(PREFIX.length), 10)))
    .map((name) => path.join(parent, name));
  // Unique per build: tests run several builds in one process.
  const dir = mkdtempSync(path.join(parent, `${PREFIX}${process.pid}-`));
  const content = path.join(dir, 'content');
  mkdirSync(content, { recursive: true });
  let removed: Promise<void> | null = null;
  return {
    dir,
    content: { dir: content, version: 'scratch', index: false },
    siteDir: path.join(dir, 'site'),
    remove: () => (removed ??= removeOnThread([dir, ...stale])),
  };
}
