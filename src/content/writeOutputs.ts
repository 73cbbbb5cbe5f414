import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ContentOutputs } from './contentOutputs.ts';
import { linkOrCopy, writeWhole } from './siteCache.ts';

/**
 * Writes every data file under `outDir`: a file the pipeline stored (a cached article, or any
 * file once the site cache's `dataStore` holds it) is hard-linked from where it is, text is
 * written as it is. Synchronous: for thousands of small files, several times faster than the
 * promise API's trips through the thread pool. A file already in `outDir` (a build without
 * emptyOutDir) is replaced, never written through: it may be a hard link into a cache.
 */
export function writeOutputs(outDir: string, outputs: ContentOutputs): void {
  const madeDirs = new Set<string>();
  for (const [fileName, source] of outputs) {
    const target = path.join(outDir, fileName);
    const dir = path.dirname(target);
    if (!madeDirs.has(dir)) mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
    if (typeof source === 'string') {
      writeWhole(target, source);
      continue;
    }
    try {
      linkOrCopy(source.file, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      throw new Error(
        `${fileName}: its cached copy ${source.file} was deleted during the build ` +
          '(by another build sharing the cache?); build again',
        { cause: error },
      );
    }
  }
}
