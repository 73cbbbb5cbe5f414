import * as v from 'valibot';
import {
  ArticleIndexSchema,
  ArticleSchema,
  SpeakerDirectorySchema,
  SpeakerProfileSchema,
  type Article,
} from '../core/schema.ts';
import type { ContentBuild } from './buildContent.ts';
import { buildIndex } from './buildIndex.ts';
import { buildReport, type BuildReport } from './buildReport.ts';
import { searchIndexOutputs } from './buildSearchIndex.ts';
import { buildSpeakers } from './buildSpeakers.ts';

/** Output path (relative to the site root, no leading slash) → JSON text. */
export type ContentOutputs = Map<string, string>;

/** Slugs become file names and URL segments: anything else is a bug upstream. */
const SAFE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The JSON files the app fetches: `data/index.json`, `data/articles/<slug>.json`,
 * `data/speakers.json`, `data/speakers/<id>.json` and `data/report.json`. Each is checked against the wire schema first; a mismatch is a bug in the
 * pipeline or the core, never the editor's fault, so it throws instead of becoming a content error.
 */
export function contentOutputs(
  build: ContentBuild,
  report: BuildReport = buildReport(build),
): ContentOutputs {
  const outputs: ContentOutputs = new Map();
  const index = buildIndex(build.articles, build.taxonomy);
  assertValid(ArticleIndexSchema, index, 'data/index.json');
  outputs.set('data/index.json', JSON.stringify(index));
  for (const article of build.articles) {
    assertArticle(article);
    outputs.set(`data/articles/${article.slug}.json`, JSON.stringify(article));
  }
  const speakers = buildSpeakers(build.articles);
  assertValid(SpeakerDirectorySchema, speakers.directory, 'data/speakers.json');
  outputs.set('data/speakers.json', JSON.stringify(speakers.directory));
  for (const profile of speakers.profiles) {
    if (!SAFE_SLUG.test(profile.id)) {
      throw new Error(`Saywire bug: speaker "${profile.name}" has an unsafe id`);
    }
    assertValid(SpeakerProfileSchema, profile, `speaker "${profile.id}"`);
    outputs.set(`data/speakers/${profile.id}.json`, JSON.stringify(profile));
  }
  for (const [file, json] of searchIndexOutputs(build.articles)) outputs.set(file, json);
  outputs.set('data/report.json', `${JSON.stringify(report, null, 2)}\n`);
  return outputs;
}

function assertArticle(article: Article): void {
  const what = `article "${article.slug}" (${article.source})`;
  if (!SAFE_SLUG.test(article.slug)) throw new Error(`Saywire bug: ${what} has an unsafe slug`);
  assertValid(ArticleSchema, article, what);
  // The one promise the reader relies on: a highlight covers exactly the quoted words.
  for (const quote of article.quotes) {
    if (article.text.slice(quote.start, quote.end) !== quote.text) {
      throw new Error(`Saywire bug: ${what}: ${quote.id} offsets do not slice to its text`);
    }
  }
}

function assertValid(schema: v.GenericSchema, value: unknown, what: string): void {
  const result = v.safeParse(schema, value);
  if (result.success) return;
  const issue = result.issues[0];
  const path = issue ? v.getDotPath(issue) : null;
  throw new Error(
    `Saywire bug: ${what} does not match the wire schema${path ? ` at ${path}` : ''}: ` +
      `${issue?.message ?? 'unknown issue'}`,
  );
}
