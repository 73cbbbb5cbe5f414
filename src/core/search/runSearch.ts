import type { SearchQuery } from './parseQuery.ts';
import { shardKeyOf } from './searchTokens.ts';
import { termsWithPrefix, type TermShard } from './termShard.ts';

/** What a search found: how many articles match, and the first `limit` of them, newest first. */
export type SearchHits = { total: number; ordinals: number[] };

/**
 * Finds the articles that contain every finished term of the query and a word starting with its
 * prefix. Article numbers are the index's newest-first order, so ascending numbers are the
 * result order. `shards` must hold the shard of every word in the query (see `shardKeysFor`).
 * Cost: one pass over each matching posting list plus one over a byte per article.
 */
export function runSearch(
  query: SearchQuery,
  shards: ReadonlyMap<string, TermShard>,
  docCount: number,
  limit: number,
  /** Further lists every result must be in (a topic's articles), checked like a finished term. */
  filters: readonly Uint32Array[] = [],
): SearchHits {
  const lists: Uint32Array[] = [...filters];
  for (const term of query.terms) {
    const list = shards.get(shardKeyOf(term))?.postings(term);
    if (!list) return { total: 0, ordinals: [] };
    lists.push(list);
  }
  const prefixLists: Uint32Array[] = [];
  if (query.prefix !== null) {
    const shard = shards.get(shardKeyOf(query.prefix));
    const merged = shard?.prefixPostings(query.prefix);
    if (merged) prefixLists.push(merged);
    for (const term of shard && !merged ? termsWithPrefix(shard, query.prefix) : []) {
      const list = shard?.postings(term);
      if (list) prefixLists.push(list);
    }
    if (prefixLists.length === 0) return { total: 0, ordinals: [] };
  }
  const needed = lists.length + (query.prefix === null ? 0 : 1);
  if (needed === filters.length) return { total: 0, ordinals: [] };

  // A count per article of the query's words it holds; the prefix counts once however many of
  // its terms an article has, which `seen` ensures.
  const counts = new Uint8Array(docCount);
  for (const list of lists)
    for (const ordinal of list) counts[ordinal] = (counts[ordinal] ?? 0) + 1;
  if (prefixLists.length > 0) {
    const seen = new Uint8Array(docCount);
    for (const list of prefixLists) {
      for (const ordinal of list) {
        if (seen[ordinal] === 0) {
          seen[ordinal] = 1;
          counts[ordinal] = (counts[ordinal] ?? 0) + 1;
        }
      }
    }
  }
  let total = 0;
  const ordinals: number[] = [];
  for (let ordinal = 0; ordinal < docCount; ordinal += 1) {
    if (counts[ordinal] !== needed) continue;
    total += 1;
    if (ordinals.length < limit) ordinals.push(ordinal);
  }
  return { total, ordinals };
}

/** The shard keys a query needs loaded: one per finished term and one for the prefix. */
export function shardKeysFor(query: SearchQuery): string[] {
  const words = query.prefix === null ? query.terms : [...query.terms, query.prefix];
  return [...new Set(words.map(shardKeyOf))];
}
