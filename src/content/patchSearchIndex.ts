import * as v from 'valibot';
import { decodePostings, encodePostings } from '../core/search/postings.ts';
import {
  SEARCH_META_PATH,
  cardChunkPath,
  termShardPath,
} from '../core/search/searchPaths.ts';
import { shardKeyOf } from '../core/search/searchTokens.ts';
import {
  SearchCardsSchema,
  SearchMetaSchema,
  SearchShardSchema,
  SearchTopicSchema,
  type SearchMeta,
  type SearchShard,
} from '../core/schema.ts';
import {
  CARD_CHUNK_SIZE,
  addPrefixUnions,
  forEachTerm,
  topicOrdinals,
  topicPostingsFile,
  type SearchDoc,
} from './buildSearchIndex.ts';

/** A document that changed in place: same position in the result order, new text. */
export type ChangedDoc = { position: number; before: SearchDoc; after: SearchDoc };

/** The last build's search files: file (`data/search/…`) → its text, or null if it had none. */
export type LastSearchFiles = (file: string) => string | null;

/** What a patched index is: files made again (file → JSON), and files kept as they were. */
export type PatchedSearch = { made: Map<string, string>; kept: string[] };

const termsOf = (doc: SearchDoc): Set<string> => {
  const terms = new Set<string>();
  forEachTerm(doc, (term) => terms.add(term));
  return terms;
};

/** Removes `value` from, or inserts it into, the ascending list `list`. */
function toggle(list: number[], value: number, present: boolean): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  const there = list[low] === value;
  if (present && !there) list.splice(low, 0, value);
  if (!present && there) list.splice(low, 1);
}

/**
 * The search index of `docs` (result order) made from the last build's, when the documents
 * `changed` in place and nothing else did: only the term shards holding a word of a changed
 * document's old or new text are read, patched (its position taken out of the old words'
 * postings, put into the new ones') and written again, with the card runs holding a changed
 * document, the topic lists and the manifest; every other shard is the last build's file.
 * Byte for byte what `searchIndexOutputs` makes of the same documents; null when the last
 * build's files do not allow it (then the whole index is built).
 */
export function patchSearchIndex(
  docs: readonly SearchDoc[],
  changed: readonly ChangedDoc[],
  last: LastSearchFiles,
): PatchedSearch | null {
  const made = new Map<string, string>();
  const put = (file: string, schema: v.GenericSchema, value: unknown) => {
    if (!v.is(schema, value)) {
      throw new Error(`Saywire bug: data/${file} does not match the wire schema`);
    }
    made.set(`data/${file}`, JSON.stringify(value));
  };
  const lastMetaText = last(`data/${SEARCH_META_PATH}`);
  if (lastMetaText === null) return null;
  const lastMeta = JSON.parse(lastMetaText) as SearchMeta;
  if (lastMeta.docCount !== docs.length || lastMeta.chunkSize !== CARD_CHUNK_SIZE) return null;

  // Per shard key: per changed position, the words it lost and gained.
  const edits = new Map<string, { position: number; term: string; present: boolean }[]>();
  for (const { position, before, after } of changed) {
    const now = termsOf(after);
    const then = termsOf(before);
    const edit = (term: string, present: boolean) => {
      const key = shardKeyOf(term);
      let list = edits.get(key);
      if (!list) edits.set(key, (list = []));
      list.push({ position, term, present });
    };
    for (const term of then) if (!now.has(term)) edit(term, false);
    for (const term of now) if (!then.has(term)) edit(term, true);
  }

  const keys = new Set(lastMeta.shards);
  for (const [key, list] of edits) {
    const postings = new Map<string, number[]>();
    const text = last(`data/${termShardPath(key)}`);
    if (text === null && keys.has(key)) return null;
    const shard = (text === null ? { terms: {} } : JSON.parse(text)) as Pick<SearchShard, 'terms'>;
    for (const [term, encoded] of Object.entries(shard.terms)) {
      const decoded = decodePostings(encoded, docs.length);
      if (!decoded.ok) return null;
      postings.set(term, Array.from(decoded.value));
    }
    for (const { position, term, present } of list) {
      let ordinals = postings.get(term);
      if (!ordinals) postings.set(term, (ordinals = []));
      toggle(ordinals, position, present);
      if (ordinals.length === 0) postings.delete(term);
    }
    if (postings.size === 0) {
      keys.delete(key);
      continue;
    }
    keys.add(key);
    const patched: SearchShard = { terms: {}, prefixes: {} };
    for (const term of [...postings.keys()].sort()) {
      patched.terms[term] = encodePostings(postings.get(term) ?? []);
    }
    addPrefixUnions(patched, postings, docs.length);
    put(termShardPath(key), SearchShardSchema, patched);
  }

  const topics = topicOrdinals(docs);
  // The full build lists shards as their words come in sorted order, which is the keys' order.
  const meta: SearchMeta = {
    version: lastMeta.version,
    docCount: docs.length,
    chunkSize: CARD_CHUNK_SIZE,
    shards: [...keys].sort(),
    topics: [...topics.keys()].sort(),
  };
  put(SEARCH_META_PATH, SearchMetaSchema, meta);
  const chunks = new Set(changed.map(({ position }) => Math.floor(position / CARD_CHUNK_SIZE)));
  for (const chunk of chunks) {
    const run = docs.slice(chunk * CARD_CHUNK_SIZE, (chunk + 1) * CARD_CHUNK_SIZE);
    put(cardChunkPath(chunk), SearchCardsSchema, {
      slugs: run.map((doc) => doc.slug),
      headlines: run.map((doc) => doc.headline),
      dates: run.map((doc) => doc.date),
      speakers: run.map((doc) => [...doc.speakers]),
    });
  }
  const touchedTopics = new Set(changed.flatMap(({ before, after }) => [...before.topics, ...after.topics]));
  for (const [id, list] of topics) {
    if (!touchedTopics.has(id)) continue;
    put(topicPostingsFile(id), SearchTopicSchema, { postings: encodePostings(list) });
  }
  const kept = [
    ...[...topics.keys()].filter((id) => !touchedTopics.has(id)).map((id) => `data/${topicPostingsFile(id)}`),
    ...[...keys].filter((key) => !edits.has(key)).map((key) => `data/${termShardPath(key)}`),
    ...Array.from({ length: Math.ceil(docs.length / CARD_CHUNK_SIZE) }, (_, chunk) => chunk)
      .filter((chunk) => !chunks.has(chunk))
      .map((chunk) => `data/${cardChunkPath(chunk)}`),
  ];
  return { made, kept };
}
