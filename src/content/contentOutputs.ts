import { newestFirst } from '../core/article/newestFirst.ts';
import {
  ArticleIndexSchema,
  ListPageSchema,
  ListPairSchema,
  ListShardSchema,
  PageDatesSchema,
  SpeakerDirectorySchema,
  SpeakerProfileSchema,
} from '../core/schema.ts';
import { digestArticle, type ArticleDigest } from './articleDigest.ts';
import { assertArticle, assertValid, SAFE_SLUG } from './assertWire.ts';
import type { ContentBuild } from './buildContent.ts';
import { buildListData } from './buildIndex.ts';
import { buildReport, type BuildReport } from './buildReport.ts';
import { searchDocOf, searchIndexOutputs } from './buildSearchIndex.ts';
import { groupSpeakerQuotes, speakerDirectoryPages, speakerProfile } from './buildSpeakers.ts';
import type { CachedFile } from './contentCache.ts';
import type { DerivedPlan } from './derivedPlan.ts';
import { patchSearchIndex } from './patchSearchIndex.ts';
import { collectGarbage } from './collectGarbage.ts';

/** A file's JSON text, or the cache file that holds it (an article's JSON in a big build). */
export type OutputSource = string | CachedFile;

/** Output path (relative to the site root, no leading slash) → its content. */
export type ContentOutputs = Map<string, OutputSource>;

/**
 * What becomes of a file's JSON as soon as it is made: kept as text, or written to a store and
 * named by where it is there, so a 100,000-article build does not hold every file in memory.
 * `check` checks the value the text was made from against the wire schema (it throws on a
 * pipeline bug); a store may skip it for a text it has already seen checked.
 */
export type StoreOutput = (json: string, check?: () => void) => OutputSource;

const keepText: StoreOutput = (json, check) => {
  check?.();
  return json;
};

/**
 * The JSON files the app fetches for a build held in memory (tests, small folders): every
 * article's JSON as text, then everything `siteOutputs` derives. Each is checked against the
 * wire schema first; a mismatch is a pipeline bug, so it throws.
 */
export function contentOutputs(
  build: ContentBuild,
  report: BuildReport = buildReport(build),
): ContentOutputs {
  const articleFiles = new Map<string, OutputSource>();
  for (const article of build.articles) {
    assertArticle(article);
    articleFiles.set(`data/articles/${article.slug}.json`, JSON.stringify(article));
  }
  const digests = build.articles.map((article) => digestArticle(article, ''));
  return siteOutputs({ ...build, articles: digests }, articleFiles, report);
}

/**
 * A rebuild's way to make only the derived files its plan names and keep the last build's
 * others (see `derivedPlan.ts`).
 */
export type SinceLastBuild = {
  plan: DerivedPlan;
  /** The last build's data files: file → its hash in the store. */
  files: ReadonlyMap<string, string>;
  /** Keeps the stored file of `hash` for this build; where it is. */
  reuse: (hash: string) => OutputSource;
  /** The text of the stored file of `hash`. */
  read: (hash: string) => string;
};

/**
 * Every file under `data/`: `index.json` (the list's first page and facets), `list/pages/<n>.json`,
 * `list/pages.json`, `list/topics/<id>.json`, `list/speakers/<id>.json` (see docs/data-layout.md),
 * `articles/<slug>.json`, `speakers.json` and `speakers/pages/<n>.json` (the directory, paged),
 * `speakers/<id>.json` and `report.json`. Each file's text goes through `keep` as it is made.
 * With `since`, a file the plan leaves alone is the last build's file, neither made nor stored
 * again; the result is the same files, byte for byte.
 */
export function siteOutputs(
  build: ContentBuild<ArticleDigest>,
  articleFiles: ReadonlyMap<string, OutputSource>,
  report: BuildReport,
  keep: StoreOutput = keepText,
  since: SinceLastBuild | null = null,
): ContentOutputs {
  const outputs: ContentOutputs = new Map();
  const put = (file: string, schema: Parameters<typeof assertValid>[0], value: unknown) => {
    outputs.set(file, keep(JSON.stringify(value), () => assertValid(schema, value, file)));
  };
  /** True if `file` is the last build's, unchanged: only what the plan names is made again. */
  const kept = (file: string, touched: boolean): boolean => {
    if (!since || touched) return false;
    const hash = since.files.get(file);
    if (hash === undefined) return false;
    outputs.set(file, since.reuse(hash));
    return true;
  };
  const plan = since?.plan;

  const list = buildListData(
    build.articles.map((article) => article.listing),
    build.taxonomy,
  );
  put('data/index.json', ArticleIndexSchema, list.index);
  put('data/list/pages.json', PageDatesSchema, list.pageDates);
  for (const page of list.pages) {
    const file = `data/list/pages/${page.page}.json`;
    if (!kept(file, plan?.pages.has(page.page) ?? true)) put(file, ListPageSchema, page);
  }
  for (const shard of list.topics) {
    const file = `data/list/topics/${shard.id}.json`;
    if (!kept(file, plan?.topics.has(shard.id) ?? true)) put(file, ListShardSchema, shard);
  }
  for (const pair of list.pairs) {
    const file = `data/list/pairs/${pair.topic}/${pair.speaker}.json`;
    // A pair changes only with an article that has both (in its old or its new version).
    const touched = plan ? plan.topics.has(pair.topic) && plan.speakers.has(pair.speaker) : true;
    if (!kept(file, touched)) put(file, ListPairSchema, pair);
  }

  for (const [file, source] of articleFiles) outputs.set(file, source);
  // Between the big steps, each step's garbage goes before the next makes its own.
  collectGarbage();

  // Sorted already when the pipeline calls (a pass over sorted articles); not in tests.
  const ordered = [...build.articles].sort(newestFirst);
  const speakers = groupSpeakerQuotes(ordered);
  for (const page of speakerDirectoryPages(speakers)) {
    const file = page.page === 0 ? 'data/speakers.json' : `data/speakers/pages/${page.page}.json`;
    put(file, SpeakerDirectorySchema, page);
  }
  // One profile at a time, made, written and dropped: together they hold every quotation.
  for (const speaker of speakers) {
    const { id, name } = speaker.entry;
    const file = `data/speakers/${id}.json`;
    if (kept(file, plan?.speakers.has(id) ?? true)) continue;
    if (!SAFE_SLUG.test(id)) {
      throw new Error(`Saywire bug: speaker "${name}" has an unsafe id`);
    }
    put(file, SpeakerProfileSchema, speakerProfile(ordered, speaker));
  }
  for (const shard of list.speakers) {
    const file = `data/list/speakers/${shard.id}.json`;
    if (kept(file, plan?.speakers.has(shard.id) ?? true)) continue;
    if (!SAFE_SLUG.test(shard.id)) {
      throw new Error(`Saywire bug: speaker "${shard.label}" has an unsafe id`);
    }
    put(file, ListShardSchema, shard);
  }
  collectGarbage();
  const patched = since && searchSince(build.articles, since);
  if (patched) {
    for (const [file, json] of patched.made) outputs.set(file, keep(json));
    for (const file of patched.kept) kept(file, false);
  } else {
    for (const [file, json] of searchIndexOutputs(build.articles)) outputs.set(file, keep(json));
  }
  collectGarbage();
  if (!kept('data/report.json', !(plan?.sameReport ?? false))) {
    outputs.set('data/report.json', keep(`${JSON.stringify(report, null, 2)}\n`));
  }
  return outputs;
}

/**
 * The search files patched from the last build's (see `patchSearchIndex`), or null when they
 * must all be made: the last build lacks a file the patch would keep or read.
 */
function searchSince(articles: readonly ArticleDigest[], since: SinceLastBuild) {
  const docs = [...articles].sort(newestFirst).map(searchDocOf);
  const changed = since.plan.changed.map(({ position, before, after }) => ({
    position,
    before: searchDocOf(before),
    after: searchDocOf(after),
  }));
  const last = (file: string) => {
    const hash = since.files.get(file);
    return hash === undefined ? null : since.read(hash);
  };
  const patched = patchSearchIndex(docs, changed, last);
  return patched && patched.kept.every((file) => since.files.has(file)) ? patched : null;
}
