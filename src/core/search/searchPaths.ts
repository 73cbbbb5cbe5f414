import { shardFileName } from './searchTokens.ts';

/**
 * Where the search index's files live under `data/`, shared by the pipeline that writes them and
 * the app that fetches them.
 */
export const SEARCH_META_PATH = 'search/meta.json';

/** The file of the term shard with key `key`. */
export const termShardPath = (key: string): string => `search/terms/${shardFileName(key)}.json`;

/** The file of card run `chunk` (slugs, headlines, dates, speakers). */
export const cardChunkPath = (chunk: number): string => `search/cards/${chunk}.json`;

/** The file of the articles with topic `id` (topic ids are slugs, safe as file names). */
export const topicPostingsPath = (id: string): string => `search/topics/${id}.json`;
