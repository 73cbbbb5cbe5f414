import * as v from 'valibot';
import { newestFirst } from '../core/article/newestFirst.ts';
import { encodePostings } from '../core/search/postings.ts';
import {
  SEARCH_META_PATH,
  cardChunkPath,
  termShardPath,
  topicPostingsPath,
} from '../core/search/searchPaths.ts';
import { isIndexable, shardKeyOf, tokenize } from '../core/search/searchTokens.ts';
import {
  SearchMetaSchema,
  SearchShardSchema,
  SearchCardsSchema,
  SearchTopicSchema,
  type Article,
  type SearchMeta,
  type SearchCards,
  type SearchShard,
} from '../core/schema.ts';

/** What search looks into for one article: its headline, summary, quotations and speakers. */
export type SearchDoc = {
  slug: string;
  headline: string;
  date: string | null;
  summary: string;
  quotes: readonly string[];
  speakers: readonly string[];
  /** Topic ids, for searching within a topic. */
  topics: readonly string[];
};

/** What search needs of an article: a whole `Article` or the pipeline's digest of it. */
export type SearchSource = Pick<
  Article,
  'slug' | 'headline' | 'summary' | 'date' | 'speakers' | 'topics'
> & { quotes: Pick<Article['quotes'][number], 'text'>[] };

/** The search-relevant part of an article. */
export function searchDocOf(article: SearchSource): SearchDoc {
  return {
    slug: article.slug,
    headline: article.headline,
    date: article.date,
    summary: article.summary,
    quotes: article.quotes.map((quote) => quote.text),
    speakers: article.speakers.map((speaker) => speaker.name),
    topics: article.topics.map((topic) => topic.id),
  };
}

/** Calls `each` with every indexable term of `doc`, in order, repeats included. */
export function forEachTerm(doc: SearchDoc, each: (term: string) => void): void {
  for (const text of [doc.headline, doc.summary, ...doc.quotes, ...doc.speakers]) {
    for (const { term } of tokenize(text)) if (isIndexable(term)) each(term);
  }
}

/** The search index as files: the manifest, one file per term shard, and the card runs. */
export type SearchIndexFiles = {
  meta: SearchMeta;
  /** Shard key → shard. */
  shards: Map<string, SearchShard>;
  /** Card runs in order: run `n` holds article numbers `n * chunkSize` onwards. */
  cardChunks: SearchCards[];
  /** Topic id → encoded posting list of its articles. */
  topics: Map<string, string>;
};

/**
 * Article numbers per card file: 250 cards (slug, headline, date, speakers) are about 11 KB gzip,
 * fetched once per run, so a result shows without its article file.
 */
export const CARD_CHUNK_SIZE = 250;

/**
 * Builds the inverted index at build time, so the browser downloads only the shards a query's
 * words need instead of the whole corpus (see docs/search.md for the numbers). `docs` must be in
 * result order (newest first): article numbers are positions in it, and results are listed by
 * ascending number.
 */
export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndexFiles {
  const postings = new Map<string, number[]>();
  const topics = topicOrdinals(docs);
  docs.forEach((doc, ordinal) => {
    forEachTerm(doc, (term) => {
      const list = postings.get(term);
      // Articles arrive in order, so a list only ever grows at its end: one look back dedupes.
      if (!list) postings.set(term, [ordinal]);
      else if (list[list.length - 1] !== ordinal) list.push(ordinal);
    });
  });
  const shards = new Map<string, SearchShard>();
  for (const term of [...postings.keys()].sort()) {
    const key = shardKeyOf(term);
    let shard = shards.get(key);
    if (!shard) {
      shard = { terms: {}, prefixes: {} };
      shards.set(key, shard);
    }
    shard.terms[term] = encodePostings(postings.get(term) ?? []);
  }
  for (const shard of shards.values()) addPrefixUnions(shard, postings, docs.length);
  const cardChunks: SearchCards[] = [];
  for (let at = 0; at < docs.length; at += CARD_CHUNK_SIZE) {
    const run = docs.slice(at, at + CARD_CHUNK_SIZE);
    cardChunks.push({
      slugs: run.map((doc) => doc.slug),
      headlines: run.map((doc) => doc.headline),
      dates: run.map((doc) => doc.date),
      speakers: run.map((doc) => [...doc.speakers]),
    });
  }
  return {
    meta: {
      version: 1,
      docCount: docs.length,
      chunkSize: CARD_CHUNK_SIZE,
      shards: [...shards.keys()],
      topics: [...topics.keys()].sort(),
    },
    shards,
    cardChunks,
    topics: new Map([...topics].map(([id, list]) => [id, encodePostings(list)])),
  };
}

/**
 * Below this many postings a prefix is merged in the browser as it is typed; above it, the merged
 * list ships ready-made. At 100,000 articles, merging the thousands of terms under "co" or "con"
 * took 30–240 ms per keystroke in Node; a precomputed list is one decode and one pass.
 */
export const PREFIX_UNION_MIN_POSTINGS = 20_000;

/**
 * Adds to `shard.prefixes`, for its two-letter key and each three-letter prefix of its terms, the
 * articles holding any term with that prefix, when merging them at query time would touch more
 * than `PREFIX_UNION_MIN_POSTINGS` postings.
 */
export function addPrefixUnions(
  shard: SearchShard,
  postings: ReadonlyMap<string, number[]>,
  docCount: number,
): void {
  const terms = Object.keys(shard.terms);
  const candidates = new Set<string>();
  for (const term of terms) {
    const chars = Array.from(term);
    candidates.add(chars.slice(0, 2).join(''));
    if (chars.length >= 3) candidates.add(chars.slice(0, 3).join(''));
  }
  for (const prefix of [...candidates].sort()) {
    const matching = terms.filter((term) => term !== prefix && term.startsWith(prefix));
    const total = matching.reduce((sum, term) => sum + (postings.get(term)?.length ?? 0), 0);
    if (matching.length < 2 || total < PREFIX_UNION_MIN_POSTINGS) continue;
    const seen = new Uint8Array(docCount);
    // The prefix as a whole word counts too: "con" typed matches "con" as well as "concern".
    for (const term of [...matching, prefix]) for (const o of postings.get(term) ?? []) seen[o] = 1;
    const union: number[] = [];
    seen.forEach((flag, ordinal) => {
      if (flag) union.push(ordinal);
    });
    shard.prefixes[prefix] = encodePostings(union);
  }
}

/** Each topic's articles, as their positions in `docs` (ascending), for the topic postings. */
export function topicOrdinals(docs: readonly SearchDoc[]): Map<string, number[]> {
  const topics = new Map<string, number[]>();
  docs.forEach((doc, ordinal) => {
    for (const topic of new Set(doc.topics)) {
      const list = topics.get(topic);
      if (list) list.push(ordinal);
      else topics.set(topic, [ordinal]);
    }
  });
  return topics;
}

/** `search/topics/<id>.json`; an id unsafe as a file name is a pipeline bug. */
export function topicPostingsFile(id: string): string {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new Error(`Saywire bug: topic "${id}" has an unsafe id`);
  return topicPostingsPath(id);
}

/**
 * The search index's files under `data/` (`search/meta.json`, `search/terms/<key>.json`,
 * `search/cards/<n>.json`), each checked against its wire schema like the other data files.
 */
export function searchIndexOutputs(articles: readonly SearchSource[]): Map<string, string> {
  const index = buildSearchIndex([...articles].sort(newestFirst).map(searchDocOf));
  const outputs = new Map<string, string>();
  const put = (file: string, schema: v.GenericSchema, value: unknown) => {
    if (!v.is(schema, value)) {
      throw new Error(`Saywire bug: data/${file} does not match the wire schema`);
    }
    outputs.set(`data/${file}`, JSON.stringify(value));
  };
  put(SEARCH_META_PATH, SearchMetaSchema, index.meta);
  for (const [key, shard] of index.shards) put(termShardPath(key), SearchShardSchema, shard);
  index.cardChunks.forEach((cards, chunk) => put(cardChunkPath(chunk), SearchCardsSchema, cards));
  for (const [id, postings] of index.topics) {
    put(topicPostingsFile(id), SearchTopicSchema, { postings });
  }
  return outputs;
}
