/**
 * The search engine, loaded only when someone searches (a dynamic `import()` from the search
 * field or the results): it fetches the index's manifest, the term shards a query's words need
 * and the card runs of the results, each once, and answers queries from them alone; a result's
 * article file is fetched afterwards, for its snippet (`describeResult`).
 */
import {
  decodeArticle,
  decodeSearchMeta,
  decodeSearchShard,
  decodeSearchCards,
  decodeSearchTopic,
} from '../../core/decodeWire.ts';
import { decodePostings } from '../../core/search/postings.ts';
import { isEmptyQuery, parseQuery, type SearchQuery } from '../../core/search/parseQuery.ts';
import { runSearch, shardKeysFor } from '../../core/search/runSearch.ts';
import {
  SEARCH_META_PATH,
  cardChunkPath,
  termShardPath,
  topicPostingsPath,
} from '../../core/search/searchPaths.ts';
import { termShard, type TermShard } from '../../core/search/termShard.ts';
import type { Article, SearchCards, SearchMeta } from '../../core/schema.ts';
import { dataUrl } from '../../ui/dataUrl.ts';
import { fetchJson } from '../../ui/fetchJson.ts';
import {
  describeCard,
  describeSnippet,
  type HitCard,
  type HitDetail,
  type SearchHit,
} from './describeHit.ts';
import { SEARCH_MEASURE } from './searchMarks.ts';

/** What a search shows: a reason it could not run, or its results. */
export type SearchOutcome =
  | { kind: 'too-short' }
  | { kind: 'only-common-words' }
  | { kind: 'results'; total: number; hits: SearchHit[] };

// Each file is fetched once (the promise is shared) and, once here, kept as a value too, so a
// query whose files are all loaded is answered synchronously (`searchArticlesNow`).
const meta = { promise: null as Promise<SearchMeta> | null, value: null as SearchMeta | null };
const shards = new Map<string, Promise<TermShard>>();
const resolvedShards = new Map<string, TermShard>();
const cardChunks = new Map<number, Promise<SearchCards>>();
const resolvedCards = new Map<number, SearchCards>();
const topics = new Map<string, Promise<Uint32Array>>();
const resolvedTopics = new Map<string, Uint32Array>();
const articles = new Map<string, Promise<Article>>();
const resolvedArticles = new Map<string, Article>();

/** Fetches once and shares the promise; a failure is forgotten so a retry fetches again. */
function once<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  let promise = cache.get(key);
  if (!promise) {
    promise = load();
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
  }
  return promise;
}

/** Starts loading the manifest; the search field calls it on focus so the first query is quick. */
export function loadSearchIndex(): Promise<SearchMeta> {
  if (!meta.promise) {
    const promise = fetchJson(dataUrl(SEARCH_META_PATH), 'the search index', decodeSearchMeta);
    meta.promise = promise;
    promise.then(
      (value) => {
        meta.value = value;
      },
      () => {
        meta.promise = null;
      },
    );
  }
  return meta.promise;
}

function loadShard(key: string, docCount: number): Promise<TermShard> {
  return once(shards, key, async () => {
    const { terms, prefixes } = await fetchJson(
      dataUrl(termShardPath(key)),
      'the search index',
      decodeSearchShard,
    );
    const shard = termShard(terms, docCount, prefixes);
    resolvedShards.set(key, shard);
    return shard;
  });
}

function loadCards(chunk: number): Promise<SearchCards> {
  return once(cardChunks, chunk, async () => {
    const cards = await fetchJson(
      dataUrl(cardChunkPath(chunk)),
      'the search index',
      decodeSearchCards,
    );
    resolvedCards.set(chunk, cards);
    return cards;
  });
}

function loadTopic(id: string, docCount: number): Promise<Uint32Array> {
  return once(topics, id, async () => {
    const { postings } = await fetchJson(
      dataUrl(topicPostingsPath(id)),
      'the search index',
      decodeSearchTopic,
    );
    const decoded = decodePostings(postings, docCount);
    if (!decoded.ok) throw new Error(`Search topic "${id}" is malformed: ${decoded.error}`);
    resolvedTopics.set(id, decoded.value);
    return decoded.value;
  });
}

const loadArticle = (slug: string): Promise<Article> =>
  once(articles, slug, async () => {
    const article = await fetchJson(
      dataUrl(`articles/${encodeURIComponent(slug)}.json`),
      'a search result',
      decodeArticle,
    );
    resolvedArticles.set(slug, article);
    return article;
  });

function cardOf(cards: SearchCards, ordinal: number, chunkSize: number): HitCard {
  const at = ordinal % chunkSize;
  const slug = cards.slugs[at];
  const headline = cards.headlines[at];
  if (slug === undefined || headline === undefined) {
    throw new Error(`Search index has no card for article ${ordinal}`);
  }
  return { slug, headline, date: cards.dates[at] ?? null, speakers: cards.speakers[at] ?? [] };
}

/** Why a query cannot run, or null when it can. */
function refusal(raw: string, query: SearchQuery): SearchOutcome | null {
  if (!isEmptyQuery(query)) return null;
  // Words were typed but each is a stop word or a single letter.
  return /[\p{L}\p{N}]{2}/u.test(raw) ? { kind: 'only-common-words' } : { kind: 'too-short' };
}

/** The topic's articles as a filter (none when the topic has no file), or undefined if not loaded. */
function topicFilters(topic: string | null, { topics: withFiles }: SearchMeta) {
  if (topic === null) return [];
  // A topic without a file has no articles: nothing can match inside it.
  if (!withFiles.includes(topic)) return [new Uint32Array(0)];
  const filter = resolvedTopics.get(topic);
  return filter ? [filter] : undefined;
}

/** The index lookup, timed as the `saywire:search` measure. */
function lookup(
  raw: string,
  query: SearchQuery,
  docCount: number,
  limit: number,
  filters: Uint32Array[],
) {
  const start = performance.now();
  const found = runSearch(query, resolvedShards, docCount, limit, filters);
  performance.measure(SEARCH_MEASURE, { start, detail: { query: raw, total: found.total } });
  return found;
}

/**
 * Runs a search: the first `limit` articles holding every word (the last one as a prefix),
 * newest first, within topic `topic` when given. The lookup itself is timed as a performance
 * measure named `saywire:search` (detail: the query and the number of matches).
 */
export async function searchArticles(
  raw: string,
  { limit, topic = null }: { limit: number; topic?: string | null },
): Promise<SearchOutcome> {
  const query = parseQuery(raw);
  const refused = refusal(raw, query);
  if (refused) return refused;
  const index = await loadSearchIndex();
  const { docCount, chunkSize, shards: keys } = index;
  const needed = shardKeysFor(query).filter((key) => keys.includes(key));
  await Promise.all([
    topic !== null && index.topics.includes(topic) ? loadTopic(topic, docCount) : null,
    ...needed.map((key) => loadShard(key, docCount)),
  ]);
  const { total, ordinals } = lookup(raw, query, docCount, limit, topicFilters(topic, index) ?? []);
  const chunks = await Promise.all(
    ordinals.map((ordinal) => loadCards(Math.floor(ordinal / chunkSize))),
  );
  const cards = ordinals.map((ordinal, i) => cardOf(chunks[i] as SearchCards, ordinal, chunkSize));
  return { kind: 'results', total, hits: cards.map((card) => describeCard(card, query)) };
}

/**
 * The same search answered at once when everything it needs is already loaded (the manifest,
 * its words' shards, the topic's articles, the results' card runs), or undefined when a file
 * is missing: typing on from a word whose files are here then shows results in the keystroke's
 * own render instead of a fetch's promise later.
 */
export function searchArticlesNow(
  raw: string,
  { limit, topic = null }: { limit: number; topic?: string | null },
): SearchOutcome | undefined {
  const query = parseQuery(raw);
  const refused = refusal(raw, query);
  if (refused) return refused;
  const index = meta.value;
  if (!index) return undefined;
  const { docCount, chunkSize, shards: keys } = index;
  const needed = shardKeysFor(query).filter((key) => keys.includes(key));
  const filters = topicFilters(topic, index);
  if (!filters || !needed.every((key) => resolvedShards.has(key))) return undefined;
  const { total, ordinals } = lookup(raw, query, docCount, limit, filters);
  const hits: SearchHit[] = [];
  for (const ordinal of ordinals) {
    const cards = resolvedCards.get(Math.floor(ordinal / chunkSize));
    if (!cards) return undefined;
    try {
      hits.push(describeCard(cardOf(cards, ordinal, chunkSize), query));
    } catch {
      // A malformed card run: the asynchronous search reports it as the search's error.
      return undefined;
    }
  }
  return { kind: 'results', total, hits };
}

/**
 * A result's snippet: the article's quotation that best matches `raw` (or its summary), from the
 * article file, which the article page then finds in the cache.
 */
export async function describeResult(slug: string, raw: string): Promise<HitDetail> {
  return describeSnippet(await loadArticle(slug), parseQuery(raw));
}

/** The same snippet at once when the article file is already loaded, else undefined. */
export function describeResultNow(slug: string, raw: string): HitDetail | undefined {
  const article = resolvedArticles.get(slug);
  return article ? describeSnippet(article, parseQuery(raw)) : undefined;
}
