/**
 * Parsers for the JSON the app fetches: unknown in, typed data or a readable error out.
 * The app never casts fetched JSON; it goes through one of these.
 */
import * as v from 'valibot';
import { ArticleIndexSchema, ArticleSchema, type Article, type ArticleIndex } from './schema.ts';
import {
  SpeakerDirectorySchema,
  SpeakerProfileSchema,
  type SpeakerDirectory,
  type SpeakerProfile,
} from './schema.ts';
import {
  SearchMetaSchema,
  SearchShardSchema,
  SearchCardsSchema,
  SearchTopicSchema,
  type SearchMeta,
  type SearchShard,
  type SearchCards,
  type SearchTopic,
  ListPageSchema,
  PageDatesSchema,
  type ListPage,
  type PageDates,
} from './schema.ts';
import { err, ok, type Result } from './result.ts';

/** Parses `input` with `schema`; the error names `what` and the first issue's path. */
export function decodeWith<S extends v.GenericSchema>(
  schema: S,
  what: string,
  input: unknown,
): Result<v.InferOutput<S>, string> {
  const parsed = v.safeParse(schema, input);
  if (parsed.success) return ok(parsed.output);
  const first = parsed.issues[0];
  const path = first ? v.getDotPath(first) : null;
  return err(
    `${what} is malformed${path ? ` at ${path}` : ''}: ${first?.message ?? 'unknown issue'}`,
  );
}

/** Parses `data/articles/<slug>.json`. */
export const decodeArticle = (input: unknown): Result<Article, string> =>
  decodeWith(ArticleSchema, 'Article data', input);

/** Parses `data/index.json`. */
export const decodeArticleIndex = (input: unknown): Result<ArticleIndex, string> =>
  decodeWith(ArticleIndexSchema, 'Article index', input);

/** Parses `data/speakers.json`. */
export const decodeSpeakerDirectory = (input: unknown): Result<SpeakerDirectory, string> =>
  decodeWith(SpeakerDirectorySchema, 'Speaker list', input);

/** Parses `data/speakers/<id>.json`. */
export const decodeSpeakerProfile = (input: unknown): Result<SpeakerProfile, string> =>
  decodeWith(SpeakerProfileSchema, 'Speaker data', input);

/** Parses `data/search/meta.json`. */
export const decodeSearchMeta = (input: unknown): Result<SearchMeta, string> =>
  decodeWith(SearchMetaSchema, 'Search index', input);

/** Parses `data/search/terms/<key>.json`. */
export const decodeSearchShard = (input: unknown): Result<SearchShard, string> =>
  decodeWith(SearchShardSchema, 'Search index shard', input);

/** Parses `data/search/cards/<n>.json`. */
export const decodeSearchCards = (input: unknown): Result<SearchCards, string> =>
  decodeWith(SearchCardsSchema, 'Search result cards', input);

/** Parses `data/search/topics/<id>.json`. */
export const decodeSearchTopic = (input: unknown): Result<SearchTopic, string> =>
  decodeWith(SearchTopicSchema, 'Search topic', input);

/** Parses `data/list/pages/<n>.json`. */
export const decodeListPage = (input: unknown): Result<ListPage, string> =>
  decodeWith(ListPageSchema, 'Article list page', input);

/** Parses `data/list/pages.json`. */
export const decodePageDates = (input: unknown): Result<PageDates, string> =>
  decodeWith(PageDatesSchema, 'Article page dates', input);
