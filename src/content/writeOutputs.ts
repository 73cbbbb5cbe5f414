import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ContentOutputs } from './contentOutputs.ts';
import type { DataHash } from './pageCache.ts';
import { dataFile, linkOrCopy, writeWhole, type SiteCache } from './siteCache.ts';

/**
 * Writes every data file under `outDir`: cached articles linked from the content cache; text
 * linked from the site cache, where it is stored by content hash the first time it is seen
 * (without a cache, written as it is). Returns the hashes stored, for `saveSiteCache`.
 * Synchronous: for thousands of small files, several times faster than the promise API's trips
 * through the thread pool. A file already in `outDir` (a build without emptyOutDir) is
 * replaced, never written through: it may be a hard link into a cache.
 */
export function writeOutputs(
  outDir: string,
  outputs: ContentOutputs,
  cache: SiteCache | null,
  hashOf: DataHash,
): Set<string> {
  const stored = new Set<string>();
  const madeDirs = new Set<string>();
  const ensureDir = (dir: string) => {
    if (madeDirs.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  };
  for (const [fileName, source] of outputs) {
    const target = path.join(outDir, fileName);
    ensureDir(path.dirname(target));
    if (typeof source !== 'string') {
      linkOrCopy(source.file, target);
      continue;
    }
    if (!cache) {
      writeWhole(target, source);
      continue;
    }
    const hash = hashOf(fileName);
    const file = dataFile(cache.dir, hash);
    stored.add(hash);
    try {
      linkOrCopy(file, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      ensureDir(path.dirname(file));
      writeWhole(file, source);
      linkOrCopy(file, target);
    }
  }
  return stored;
}

