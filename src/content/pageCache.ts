import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sha1 } from './contentCache.ts';
import type { ContentOutputs } from './contentOutputs.ts';
import { htmlFileFor } from './prerenderTemplate.ts';
import {
  linkOrCopy,
  pageFile,
  removeQuietly,
  type PageEntry,
  type SiteCache,
} from './siteCache.ts';

/** A data file's content hash (`data/articles/x.json` → …), or `-` when there is no such file. */
export type DataHash = (file: string) => string;

/**
 * Renders `routes` into `outDir` and tells, per route, the data files it fetched, found or not
 * (the real one runs the app's server entry on worker threads; see `prerender.ts`).
 */
export type RenderPages = (routes: string[]) => Promise<Map<string, string[]>>;

/** What an incremental prerender did. */
export type PageCacheStats = { rendered: number; reused: number };

/**
 * The key of `route` rendered by code and template `identity` from `deps` as they are now.
 * A page is a pure function of its route, the data files it fetched while rendering and the
 * code that rendered it, so equal keys mean equal pages. What depends on a changed article is
 * read off the data, never guessed: change a headline and every page that fetched a file
 * holding it gets a new key.
 */
export function pageKey(identity: string, route: string, deps: string[], hashOf: DataHash): string {
  return sha1(identity, route, ...deps.flatMap((file) => [file, hashOf(file)]));
}

/**
 * Hashes of the data files as this build writes them, from the pipeline's outputs, each
 * computed once: text is hashed; a stored file is named by its name in the store, which is
 * the hash of its text (`dataStore`) or, for a cached article, its cache key, which hashes its
 * source and the code that parsed it. A file the pipeline did not write (copied from
 * `public/`, say) is read from `outDir`.
 */
export function outputHashes(outputs: ContentOutputs, outDir: string): DataHash {
  const known = new Map<string, string>();
  return (file) => {
    let hash = known.get(file);
    if (hash !== undefined) return hash;
    const source = outputs.get(file);
    if (typeof source === 'string') hash = sha1(source);
    else if (source) hash = path.basename(source.file, '.json');
    else {
      try {
        hash = sha1(readFileSync(path.join(outDir, file)));
      } catch {
        hash = '-';
      }
    }
    known.set(file, hash);
    return hash;
  };
}

/**
 * Writes every route's HTML into `outDir`: a page whose recorded inputs hash as before under
 * the same `identity` is linked from the cache; the rest are rendered by `render`, then kept
 * in the cache under their new key. Routes that are gone lose their entries and files.
 * Synchronous file work, as in the content cache: for many small files it beats the promise
 * API several times over. The caller saves the cache (`saveSiteCache`).
 *
 * `inPlace`: `outDir`'s page folders still hold the last build's pages (`keptOutput.ts`), so
 * an unchanged page in one of them is left as it is and a page that is gone is deleted there.
 * Pages at the top of the folder (`index.html`…) were emptied with Vite's files and are linked.
 * `unchanged` says which data files are as the last build wrote them: a page rendered with the
 * same identity from only such files has the same key, which is then not computed again.
 */
export async function prerenderWithCache(
  cache: SiteCache,
  identity: string,
  outDir: string,
  routes: string[],
  hashOf: DataHash,
  render: RenderPages,
  inPlace = false,
  unchanged: (file: string) => boolean = () => false,
): Promise<PageCacheStats> {
  const sameIdentity = cache.identity === identity;
  const sameKey = (route: string, entry: PageEntry) =>
    (sameIdentity && entry.deps.every(unchanged)) ||
    entry.key === pageKey(identity, route, entry.deps, hashOf);
  const madeDirs = new Set<string>();
  const ensureDir = (dir: string) => {
    if (madeDirs.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  };
  const toRender: string[] = [];
  let reused = 0;
  for (const route of routes) {
    const entry = cache.pages.get(route);
    if (!entry || !sameKey(route, entry)) {
      toRender.push(route);
      continue;
    }
    const file = htmlFileFor(route);
    if (inPlace && file.includes('/')) {
      reused++;
      continue;
    }
    const target = path.join(outDir, file);
    ensureDir(path.dirname(target));
    try {
      linkOrCopy(pageFile(cache.dir, entry.key), target);
      reused++;
    } catch (error) {
      // Deleted with another site that shared the page: render it again.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      toRender.push(route);
    }
  }

  const rendered = toRender.length > 0 ? await render(toRender) : new Map<string, string[]>();
  for (const [route, deps] of rendered) {
    const key = pageKey(identity, route, deps, hashOf);
    const previous = cache.pages.get(route);
    if (previous && previous.key !== key) removeQuietly(pageFile(cache.dir, previous.key));
    const file = pageFile(cache.dir, key);
    ensureDir(path.dirname(file));
    linkOrCopy(path.join(outDir, htmlFileFor(route)), file);
    cache.pages.set(route, { key, deps });
  }
  const live = new Set(routes);
  for (const [route, entry] of cache.pages) {
    if (live.has(route)) continue;
    removeQuietly(pageFile(cache.dir, entry.key));
    if (inPlace) removeQuietly(path.join(outDir, htmlFileFor(route)));
    cache.pages.delete(route);
  }
  // Every kept key is now one under this identity: the next build may trust unchanged files.
  cache.identity = identity;
  return { rendered: rendered.size, reused };
}
