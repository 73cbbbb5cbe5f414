import {
  ArticleIndexSchema,
  ListPageSchema,
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
import { searchIndexOutputs } from './buildSearchIndex.ts';
import { buildSpeakers } from './buildSpeakers.ts';
import type { CachedFile } from './contentCache.ts';

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
 * Every file under `data/`: `index.json` (the list's first page and facets), `list/pages/<n>.json`,
 * `list/pages.json`, `list/topics/<id>.json`, `list/speakers/<id>.json` (see docs/data-layout.md),
 * `articles/<slug>.json`, `speakers.json` and `speakers/pages/<n>.json` (the directory, paged),
 * `speakers/<id>.json` and `report.json`. Each file's text goes through `keep` as it is made.
 */
export function siteOutputs(
  build: ContentBuild<ArticleDigest>,
  articleFiles: ReadonlyMap<string, OutputSource>,
  report: BuildReport,
  keep: StoreOutput = keepText,
): ContentOutputs {
  const outputs: ContentOutputs = new Map();
  const put = (file: string, schema: Parameters<typeof assertValid>[0], value: unknown) => {
    outputs.set(file, keep(JSON.stringify(value), () => assertValid(schema, value, file)));
  };

  const list = buildListData(
    build.articles.map((article) => article.listing),
    build.taxonomy,
  );
  put('data/index.json', ArticleIndexSchema, list.index);
  put('data/list/pages.json', PageDatesSchema, list.pageDates);
  for (const page of list.pages) put(`data/list/pages/${page.page}.json`, ListPageSchema, page);
  for (const shard of list.topics) put(`data/list/topics/${shard.id}.json`, ListShardSchema, shard);

  for (const [file, source] of articleFiles) outputs.set(file, source);

  const speakers = buildSpeakers(build.articles);
  for (const page of speakers.directoryPages) {
    const file = page.page === 0 ? 'data/speakers.json' : `data/speakers/pages/${page.page}.json`;
    put(file, SpeakerDirectorySchema, page);
  }
  for (const profile of speakers.profiles) {
    if (!SAFE_SLUG.test(profile.id)) {
      throw new Error(`Saywire bug: speaker "${profile.name}" has an unsafe id`);
    }
    put(`data/speakers/${profile.id}.json`, SpeakerProfileSchema, profile);
  }
  for (const shard of list.speakers) {
    if (!SAFE_SLUG.test(shard.id)) {
      throw new Error(`Saywire bug: speaker "${shard.label}" has an unsafe id`);
    }
    put(`data/list/speakers/${shard.id}.json`, ListShardSchema, shard);
  }
  for (const [file, json] of searchIndexOutputs(build.articles)) outputs.set(file, keep(json));
  outputs.set('data/report.json', keep(`${JSON.stringify(report, null, 2)}\n`));
  return outputs;
}
