import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { sha1 } from './contentCache.ts';
import type { ContentOutputs, OutputSource } from './contentOutputs.ts';
import { linkOrCopy, removeQuietly } from './siteCache.ts';
import { writeWhole } from './writeWhole.ts';

/**
 * What names a data file's content: a stored file's name in the store (the hash of its text,
 * or a cached article's key, which hashes its source and the code that parsed it), else the
 * hash of the text.
 */
export const sourceId = (source: OutputSource): string =>
  typeof source === 'string'
    ? sha1(source)
    : // Not path.basename: this runs for every data file of every build.
      source.file.slice(source.file.lastIndexOf(path.sep) + 1, source.file.lastIndexOf('.'));

/**
 * Writes every data file under `outDir`: a file the pipeline stored (a cached article, or any
 * file once the site cache's `dataStore` holds it) is hard-linked from where it is, text is
 * written as it is. Synchronous: for thousands of small files, several times faster than the
 * promise API's trips through the thread pool. A file already in `outDir` is replaced, never
 * written through: it may be a hard link into a cache.
 *
 * `previous` (file → `sourceId`) is what `outDir` holds from the last build, when it is known
 * to hold exactly that (`keptOutput.ts`): a file with the same id is left as it is, and a file
 * this build does not make is deleted, so a rebuild touches only what changed. Returns what
 * `outDir` holds now, by the same ids.
 */
export function writeOutputs(
  outDir: string,
  outputs: ContentOutputs,
  previous: ReadonlyMap<string, string> | null = null,
): Map<string, string> {
  const written = new Map<string, string>();
  const madeDirs = new Set<string>();
  for (const [fileName, source] of outputs) {
    const id = sourceId(source);
    written.set(fileName, id);
    if (previous?.get(fileName) === id) continue;
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
  for (const fileName of previous?.keys() ?? []) {
    if (!outputs.has(fileName)) removeQuietly(path.join(outDir, fileName));
  }
  return written;
}
