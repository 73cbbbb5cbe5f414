import { createDuplicateGuard } from './duplicateArticles.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ContentError } from '../core/article/parseArticle.ts';
import type { ArticleDigest } from './articleDigest.ts';
import { EMPTY_TAXONOMY, readTaxonomy, type ContentBuild } from './buildContent.ts';
import { addPhase, type BuildPhases } from './buildPhases.ts';
import { compileArticle, type ArticleJob, type ArticleOutcome } from './compileArticle.ts';
import { cachedArticle, sha1, type CachedFile, type ContentCache } from './contentCache.ts';
import {
  contentIndexFile,
  readContentIndex,
  unchangedEntry,
  updateContentIndex,
  type IndexEntry,
} from './contentIndex.ts';
import { collectGarbage } from './collectGarbage.ts';
import { openParsePool, type ParsePool } from './parsePool.ts';
import { describe, listContentDir, TAXONOMY_FILE } from './readContentDir.ts';

/** A content build kept as digests, with where each article's JSON is. */
export type CompiledContent = {
  build: ContentBuild<ArticleDigest>;
  /** `data/articles/<slug>.json` → its JSON text, or the cache file holding it. */
  articleFiles: Map<string, string | CachedFile>;
  /** How many articles were parsed this run (the rest came from the cache). */
  parsed: number;
  /** How many article files were read (the rest were known unchanged from the index). */
  read: number;
  /** Worker threads that parsed; 0 when everything was parsed on the main thread. */
  threads: number;
  /** Each article file's cache key (with a cache): the key names its digest exactly. */
  keys: Map<string, string>;
  /**
   * What the index held for the files that changed or went away since it was last written,
   * so a rebuild can tell which derived files the old and new versions touch.
   */
  before: Map<string, { key: string; digest: ArticleDigest }>;
};

/** Parse workers for a run: built on demand, since most rebuilds parse a file or two. */
export type ParseWorkers = {
  /** The built worker module (see `parseWorkerBuild.ts`). */
  file: () => Promise<string>;
  threads: number;
  /** Fewer files to parse than this stay on the main thread: starting workers costs more. */
  minFiles: number;
};

/** Files read between two turns of the event loop, so worker answers are taken as they come. */
const YIELD_EVERY = 64;
/** Files in the workers' hands at most: bounds the bytes held at 100,000 articles. */
const MAX_PENDING = 2_000;

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The pipeline for any size of content folder: reads one file at a time, parses only what the
 * cache does not hold (on worker threads when there are many), and keeps a digest of each
 * article instead of the article, so 100,000 articles fit in memory. With a cache, a file
 * whose size, times and inode are as the folder's index recorded is not even read. Errors are
 * the same as `buildContent`'s, all collected, and do not depend on where a file was parsed.
 * `onParse` is called for each file to parse, before it is parsed.
 */
export async function compileContent(
  contentDir: string,
  cache: ContentCache | null,
  phases: BuildPhases = new Map(),
  workers: ParseWorkers | null = null,
  onParse: () => void = () => {},
): Promise<CompiledContent> {
  let clock = performance.now();
  const scannedAt = Date.now();
  let listing;
  try {
    listing = await listContentDir(contentDir);
  } catch (error) {
    throw new Error(`Saywire cannot read the content folder ${contentDir}`, { cause: error });
  }
  const errors: ContentError[] = [];
  let taxonomyBytes: Uint8Array | null = null;
  if (listing.hasTaxonomy) {
    try {
      taxonomyBytes = readFileSync(path.join(contentDir, TAXONOMY_FILE));
    } catch (error) {
      errors.push({ file: TAXONOMY_FILE, line: 1, message: `cannot read the file (${describe(error)})` });
    }
  }
  const taxonomyResult = readTaxonomy(
    taxonomyBytes ? { file: TAXONOMY_FILE, bytes: taxonomyBytes } : null,
  );
  if (!taxonomyResult.ok) errors.push(taxonomyResult.error);
  const taxonomy = taxonomyResult.ok ? taxonomyResult.value : EMPTY_TAXONOMY;
  const taxonomyHash = sha1(JSON.stringify(taxonomy));
  const indexFile = cache && cache.index !== false && contentIndexFile(cache, contentDir);
  const index = indexFile ? readContentIndex(indexFile) : null;
  const keyOf = (file: string, textHash: string) =>
    cache ? sha1(cache.version, taxonomyHash, file, textHash) : '';
  clock = addPhase(phases, 'content.list', clock);

  // Per file, in name order: what it became, or a promise of it while a worker parses it.
  // `parsed`: compiled this run rather than taken from the index.
  type Known = { outcome: ArticleOutcome; entry: Omit<IndexEntry, 'digest'> | null; parsed: boolean };
  const slots: (Known | Promise<Known> | null)[] = [];
  const toParse: { slot: number; job: ArticleJob; stats: StatsOf }[] = [];
  let pool: ParsePool | null = null;
  let read = 0;

  const known = (
    stats: StatsOf,
    { file, textHash, key }: ArticleJob,
    outcome: ArticleOutcome,
    parsed: boolean,
  ): Known => ({
    outcome,
    entry: cache && outcome.ok ? { file, ...stats, textHash, key, scannedAt } : null,
    parsed,
  });
  const parse = (slot: number, job: ArticleJob, stats: StatsOf) => {
    onParse();
    if (pool) slots[slot] = pool.compile(job).then((outcome) => known(stats, job, outcome, true));
    else toParse.push({ slot, job, stats });
  };
  const startPool = () => {
    if (!workers) return;
    pool = openParsePool(workers.file(), workers.threads, { taxonomy, cache });
    for (const { slot, job, stats } of toParse.splice(0)) parse(slot, job, stats);
  };

  try {
    for (const [slot, file] of listing.articles.entries()) {
      if (slot % YIELD_EVERY === YIELD_EVERY - 1) {
        await yieldToEvents();
        if (pool) await (pool as ParsePool).below(MAX_PENDING);
      }
      let stats: StatsOf;
      try {
        const full = statSync(path.join(contentDir, file));
        stats = { size: full.size, mtimeMs: full.mtimeMs, ctimeMs: full.ctimeMs, ino: full.ino };
      } catch (error) {
        errors.push({ file, line: 1, message: `cannot read the file (${describe(error)})` });
        slots.push(null);
        continue;
      }
      const unchanged = index && unchangedEntry(index, file, stats);
      const source = unchanged && cache && cachedArticle(cache, unchanged.key);
      // The key also holds the code's version and the taxonomy: either changed, all is parsed.
      if (unchanged && source && unchanged.key === keyOf(file, unchanged.textHash)) {
        const { digest, ...entry } = unchanged;
        // A cache emptied by hand would otherwise fail every build until the index is gone.
        if (existsSync(source.file)) {
          slots.push({ outcome: { ok: true, digest, source }, entry, parsed: false });
          continue;
        }
      }
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path.join(contentDir, file));
      } catch (error) {
        errors.push({ file, line: 1, message: `cannot read the file (${describe(error)})` });
        slots.push(null);
        continue;
      }
      read++;
      const textHash = sha1(bytes);
      const key = keyOf(file, textHash);
      const job = { file, bytes, textHash, key };
      // Touched but not changed (same bytes): the index still has its digest.
      const same = index?.entries.get(file);
      if (cache && same && same.key === key) {
        const cached = cachedArticle(cache, key);
        if (existsSync(cached.file)) {
          slots.push(known(stats, job, { ok: true, digest: same.digest, source: cached }, false));
          continue;
        }
      }
      slots.push(null);
      parse(slot, job, stats);
      if (!pool && workers && toParse.length >= workers.minFiles) startPool();
    }
    clock = addPhase(phases, 'content.read', clock);
    for (const { slot, job, stats } of toParse.splice(0)) {
      slots[slot] = known(stats, job, compileArticle(job, taxonomy, cache), true);
    }
    const settled = await Promise.all(slots);
    // Every answer is in: the workers' heaps need not outlive the parse.
    await (pool as ParsePool | null)?.close();
    clock = addPhase(phases, 'content.parse', clock);
    // The workers' answers, once copied into digests, are garbage.
    collectGarbage();

    const articles: ArticleDigest[] = [];
    const articleFiles = new Map<string, string | CachedFile>();
    const entries = new Map<string, IndexEntry>();
    const changed: IndexEntry[] = [];
    const keys = new Map<string, string>();
    const before = new Map<string, { key: string; digest: ArticleDigest }>();
    const duplicateOf = createDuplicateGuard();
    let parsed = 0;
    for (const [slot, file] of listing.articles.entries()) {
      const result = settled[slot];
      if (!result) continue;
      if (!result.outcome.ok) {
        errors.push(result.outcome.error);
        continue;
      }
      const { digest, source } = result.outcome;
      if (result.parsed) parsed++;
      if (result.entry) {
        const entry = { ...result.entry, digest };
        entries.set(file, entry);
        keys.set(file, entry.key);
        if (entry.scannedAt === scannedAt) changed.push(entry);
        const old = index?.entries.get(file);
        if (old && old.key !== entry.key) before.set(file, { key: old.key, digest: old.digest });
      }
      const duplicate = duplicateOf(file, {
        text: digest.textHash,
        slug: digest.slug,
        leadLine: digest.leadLine,
      });
      if (duplicate) {
        errors.push(duplicate);
      } else {
        articles.push(digest);
        articleFiles.set(`data/articles/${digest.slug}.json`, source);
      }
    }
    if (indexFile && index) {
      const removed = [...index.entries.keys()].filter((file) => !entries.has(file));
      for (const file of removed) {
        const old = index.entries.get(file);
        if (old) before.set(file, { key: old.key, digest: old.digest });
      }
      updateContentIndex(indexFile, index, entries, changed, removed);
    }
    addPhase(phases, 'content.index', clock);

    errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    const files = [...listing.articles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      build: { files, articles, taxonomy, errors, ignored: listing.ignored },
      articleFiles,
      parsed,
      read,
      threads: pool ? (workers?.threads ?? 0) : 0,
      keys,
      before,
    };
  } finally {
    await (pool as ParsePool | null)?.close();
  }
}

type StatsOf = { size: number; mtimeMs: number; ctimeMs: number; ino: number };
