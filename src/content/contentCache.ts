import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleDigest } from './articleDigest.ts';

/**
 * The build's memory between runs: each parsed article's JSON and digest, kept under a key made
 * of everything the result depends on (the file's name and bytes, the taxonomy and the pipeline's
 * own code). An unchanged file is never parsed again; a changed one gets a new key.
 */
export type ContentCache = { dir: string; version: string };

/** Where a cached article's JSON is: written to the site as it is, never parsed again. */
export type CachedFile = { file: string };

/** Source files whose change must invalidate every cached article. */
const CODE_DIRS = ['src/core', 'src/content'];

/**
 * Opens (creating) the cache in `dir`. Its version hashes the pipeline's code under `root`, so
 * a change to the quote engine or the pipeline re-parses everything.
 */
export async function openContentCache(dir: string, root: string): Promise<ContentCache> {
  const version = await hashCode(root, CODE_DIRS);
  await mkdir(dir, { recursive: true });
  return { dir, version };
}

/**
 * A version for code: a hash of every source file (`.ts`, `.tsx`, tests left out) under `dirs`
 * and of `files`, relative to `root`; a file that does not exist counts as empty.
 */
export async function hashCode(root: string, dirs: string[], files: string[] = []): Promise<string> {
  const hash = createHash('sha256');
  for (const codeDir of dirs) {
    for (const file of await sourceFiles(path.join(root, codeDir))) {
      hash.update(path.relative(root, file));
      hash.update(await readFile(file));
    }
  }
  for (const file of files) {
    hash.update(file);
    hash.update(await readFile(path.join(root, file)).catch(() => ''));
  }
  return hash.digest('hex').slice(0, 16);
}

async function sourceFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\./.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** A SHA-1 of some bytes, hex: content hashes and cache keys. */
export const sha1 = (...parts: (string | Uint8Array)[]): string => {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

const entryPath = (cache: ContentCache, key: string, suffix: string) =>
  path.join(cache.dir, key.slice(0, 2), `${key}${suffix}`);

/**
 * The cached digest for `key` and where its article JSON is, or null on a miss. Synchronous, as
 * all the cache's file work: for thousands of small files it is four times faster than the
 * promise API's trips through the thread pool.
 */
export function readCached(
  cache: ContentCache,
  key: string,
): { digest: ArticleDigest; article: CachedFile } | null {
  try {
    // Our own file, written by `writeCached` under the same code version: trusted as it is.
    const digest = JSON.parse(readFileSync(entryPath(cache, key, '.digest.json'), 'utf8'));
    return { digest: digest as ArticleDigest, article: { file: entryPath(cache, key, '.json') } };
  } catch {
    return null;
  }
}

/**
 * Stores an article's JSON and digest. The digest is written last and renamed into place, so an
 * interrupted build leaves a miss, never a digest without its article.
 */
export function writeCached(
  cache: ContentCache,
  key: string,
  articleJson: string,
  digest: ArticleDigest,
): CachedFile {
  const file = entryPath(cache, key, '.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, articleJson);
  const digestFile = entryPath(cache, key, '.digest.json');
  writeFileSync(`${digestFile}.tmp`, JSON.stringify(digest));
  renameSync(`${digestFile}.tmp`, digestFile);
  return { file };
}
