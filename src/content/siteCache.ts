import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import path from 'node:path';
import { sha1, type CachedFile } from './contentCache.ts';
import type { StoreOutput } from './contentOutputs.ts';
import { writeWhole } from './writeWhole.ts';

/**
 * What one site's last build left in the cache, so the next build links what did not change
 * instead of writing it again: its prerendered pages (route → key and the data files the page
 * read; see `pageCache.ts`) and its data files, stored by content hash. Hard links from the
 * cache cost no copy, and deleting a linked file from the old build's folder frees nothing:
 * on a busy disk, creating and deleting thousands of files is most of a rebuild.
 */
export type SiteCache = {
  /** The cache folder: `pages/<key[0..2]>/<key>.html`, `data/<hash[0..2]>/<hash>`, manifests. */
  dir: string;
  manifestFile: string;
  /** Route → what its page was last rendered from. */
  pages: Map<string, PageEntry>;
  /** Hashes of the data files the last build stored; this build's, once it has written them. */
  data: Set<string>;
  /** What the last build wrote, for a rebuild to change only what differs (`LastBuild`). */
  last: LastBuild | null;
  /** What the last build's pages were rendered with (template, code, base: see `pageKey`). */
  identity: string | null;
};

/**
 * The data files a build wrote and what they were made from: each file's name in the store
 * (`data/x.json` → a content hash, or an article's cache key), the articles in list order
 * (file and cache key), the folder it wrote to and an id that folder's stamp repeats
 * (`keptOutput.ts`), so a rebuild can tell the folder still holds exactly these files.
 */
export type LastBuild = {
  id: string;
  outDir: string;
  files: Map<string, string>;
  order: readonly (readonly [file: string, key: string])[];
  /** A hash of what the report depends on besides the articles (strict, taxonomy, ignored). */
  reportContext: string;
};

/** What is remembered of a rendered page: its key and the data files it fetched, sorted. */
export type PageEntry = { key: string; deps: string[] };

const MANIFEST_VERSION = 2;
/**
 * Sites whose files are kept: the app's own content, a benchmark corpus or two, and the test
 * sites, which are built from a new temporary folder each run and would otherwise pile up.
 */
const KEPT_SITES = 8;
const MANIFEST = /^site-[0-9a-f]+\.json$/;

type Manifest = {
  version: number;
  pages: [string, PageEntry][];
  data: string[];
  last?: Omit<LastBuild, 'files'> & { files: [string, string][] };
  identity?: string;
};

function readManifest(file: string): Manifest | null {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    return saved.version === MANIFEST_VERSION ? saved : null;
  } catch {
    // No earlier build, or one interrupted mid-write: everything is written afresh.
    return null;
  }
}

/**
 * Opens the cache under `dir` for one site (`siteId`: its content folder), with what an
 * earlier build of it left, and forgets all but the most recently built sites.
 */
export function openSiteCache(dir: string, siteId: string): SiteCache {
  const manifestFile = path.join(dir, `site-${sha1(siteId).slice(0, 16)}.json`);
  const saved = readManifest(manifestFile);
  const data = new Set(saved?.data ?? []);
  forgetOldSites(dir, manifestFile, data);
  return {
    dir,
    manifestFile,
    pages: new Map(saved?.pages ?? []),
    data,
    last: saved?.last ? { ...saved.last, files: new Map(saved.last.files) } : null,
    identity: saved?.identity ?? null,
  };
}

/** The cache file of a page. */
export const pageFile = (dir: string, key: string) =>
  path.join(dir, 'pages', key.slice(0, 2), `${key}.html`);

/** The cache file of a data file's content. */
export const dataFile = (dir: string, hash: string) =>
  path.join(dir, 'data', hash.slice(0, 2), `${hash}.json`);

/**
 * A store for the site's data files, by content hash: `store` writes a file's text the first
 * time that content is seen (any site's earlier build may have) and names where it is;
 * `stored` is every hash this build used, for `saveSiteCache`. A text this site's last build
 * stored was checked against the wire schema then: the same text is not checked again (at
 * 10,000 articles, checking every speaker and list file was a tenth of a rebuild's data time).
 */
export function dataStore(cache: SiteCache): {
  store: StoreOutput;
  stored: Set<string>;
  /** The stored file of a hash the last build stored, kept for this build too. */
  reuse: (hash: string) => CachedFile;
} {
  const stored = new Set<string>();
  const madeDirs = new Set<string>();
  const store = (json: string, check?: () => void): CachedFile => {
    const hash = sha1(json);
    const file = dataFile(cache.dir, hash);
    if (stored.has(hash)) return { file };
    if (!cache.data.has(hash)) check?.();
    stored.add(hash);
    if (!existsSync(file)) {
      const dir = path.dirname(file);
      if (!madeDirs.has(dir)) mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
      writeWhole(file, json);
    }
    return { file };
  };
  const reuse = (hash: string): CachedFile => {
    stored.add(hash);
    return { file: dataFile(cache.dir, hash) };
  };
  return { store, stored, reuse };
}

/**
 * Deletes the files of all but the `KEPT_SITES` most recently built sites, except those the
 * current site's last build used too (`inUse`): the store is shared by content hash.
 */
function forgetOldSites(dir: string, current: string, inUse: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => MANIFEST.test(name));
  } catch {
    return;
  }
  const others = names
    .map((name) => path.join(dir, name))
    .filter((file) => file !== current)
    .map((file) => ({ file, modified: statSync(file).mtimeMs }))
    .sort((a, b) => b.modified - a.modified);
  for (const { file } of others.slice(KEPT_SITES - 1)) {
    const saved = readManifest(file);
    for (const [, entry] of saved?.pages ?? []) removeQuietly(pageFile(dir, entry.key));
    for (const hash of saved?.data ?? []) if (!inUse.has(hash)) removeQuietly(dataFile(dir, hash));
    removeQuietly(file);
  }
}

/**
 * Saves what this build stored (`next`: its data hashes, from `dataStore`) and what it wrote
 * (`last`), and deletes the data files the last build stored that this one did not use.
 * Written beside and renamed into place, so an interrupted build leaves the old manifest.
 */
export function saveSiteCache(
  cache: SiteCache,
  next: Set<string>,
  last: LastBuild | null = null,
): void {
  for (const hash of cache.data) if (!next.has(hash)) removeQuietly(dataFile(cache.dir, hash));
  cache.data = next;
  cache.last = last;
  mkdirSync(cache.dir, { recursive: true });
  const manifest: Manifest = {
    version: MANIFEST_VERSION,
    pages: [...cache.pages],
    data: [...next],
    ...(last && { last: { ...last, files: [...last.files] } }),
    ...(cache.identity !== null && { identity: cache.identity }),
  };
  writeWhole(cache.manifestFile, JSON.stringify(manifest));
}

/**
 * A hard link where the file system allows one, else a copy; a file already at `to` is
 * replaced, never written through (it may be a link into the cache). Errors are the
 * exception here, and costly, so nothing is checked beforehand.
 */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      unlinkSync(to);
      linkOrCopy(from, to);
    } else if (code === 'EXDEV') {
      copyFileSync(from, to);
    } else {
      throw error;
    }
  }
}

/** Deletes `file` if it is there. */
export const removeQuietly = (file: string) => {
  try {
    unlinkSync(file);
  } catch {
    // Already gone (a build of another site may share the file): nothing to free.
  }
};

