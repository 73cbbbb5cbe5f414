import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The build's memory between runs: each parsed article's JSON, kept under a key made of
 * everything the result depends on (the file's name and bytes, the taxonomy and the pipeline's
 * own code), and per content folder an index of its files' digests (`contentIndex.ts`). An
 * unchanged file is never parsed again; a changed one gets a new key.
 */
export type ContentCache = {
  dir: string;
  version: string;
  /**
   * False for a scratch cache (`scratchCache.ts`), deleted when the build ends: no content
   * index is kept in it, since no later build will read one.
   */
  index?: false;
};

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

/** Folders this thread has made already: a `mkdir` per article is a syscall per article. */
const madeDirs = new Set<string>();

/** Where the JSON of the article cached under `key` is. */
export const cachedArticle = (cache: ContentCache, key: string): CachedFile => ({
  file: path.join(cache.dir, key.slice(0, 2), `${key}.json`),
});

/**
 * Stores an article's JSON under `key`. Its digest goes to the content folder's index
 * (`contentIndex.ts`), written once the whole folder is compiled, so an interrupted build
 * leaves the old index, which never names a file this one was writing.
 */
export function writeCachedArticle(
  cache: ContentCache,
  key: string,
  articleJson: string,
): CachedFile {
  const cached = cachedArticle(cache, key);
  const dir = path.dirname(cached.file);
  if (!madeDirs.has(dir)) mkdirSync(dir, { recursive: true });
  madeDirs.add(dir);
  writeFileSync(cached.file, articleJson);
  return cached;
}
