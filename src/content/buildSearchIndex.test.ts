import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../core/search/parseQuery.ts';
import { runSearch } from '../core/search/runSearch.ts';
import { decodePostings } from '../core/search/postings.ts';
import { termShard, type TermShard } from '../core/search/termShard.ts';
import { SearchMetaSchema, SearchShardSchema, SearchCardsSchema } from '../core/schema.ts';
import { syntheticArticles } from '../../tests/fixtures/syntheticArticles.ts';
import { buildSearchIndex, searchDocOf, searchIndexOutputs, type SearchDoc } from './buildSearchIndex.ts';

const doc = (slug: string, fields: Partial<SearchDoc> = {}): SearchDoc => ({
  slug,
  headline: '',
  date: null,
  summary: '',
  quotes: [],
  speakers: [],
  topics: [],
  ...fields,
});

/** Searches an index the way the app does, with every shard loaded. */
function searchIn(docs: SearchDoc[], raw: string, topic?: string) {
  const index = buildSearchIndex(docs);
  const shards = new Map<string, TermShard>(
    [...index.shards].map(([key, shard]) => [
      key,
      termShard(shard.terms, docs.length, shard.prefixes),
    ]),
  );
  const filters = [];
  if (topic !== undefined) {
    const postings = index.topics.get(topic);
    const decoded = decodePostings(postings ?? '', docs.length);
    if (decoded.ok) filters.push(decoded.value);
  }
  const { ordinals, total } = runSearch(parseQuery(raw), shards, docs.length, 10, filters);
  return { total, slugs: ordinals.map((o) => docs[o]?.slug) };
}

const docs = syntheticArticles.map(searchDocOf);

describe('buildSearchIndex', () => {
  it('finds an article by the words of one of its quotations', () => {
    expect(searchIn(docs, 'money belongs to the schools').slugs).toEqual(['riverton-bridge-vote']);
  });

  it('finds every article quoting a speaker by name, newest first', () => {
    expect(searchIn(docs, 'Ada Brook').slugs).toEqual([
      'port-ellis-lantern-festival',
      'riverton-bridge-vote',
    ]);
  });

  it('finds headline and summary words, and the word being typed by its prefix', () => {
    expect(searchIn(docs, 'roof repa').slugs).toEqual(['northvale-school-roof']);
    expect(searchIn(docs, 'visitors').slugs).toEqual(['port-ellis-lantern-festival']);
    expect(searchIn(docs, 'lant').slugs).toEqual(['port-ellis-lantern-festival']);
  });

  it('needs every word: one missing word means no match', () => {
    expect(searchIn(docs, 'bridge festival ').total).toBe(0);
    expect(searchIn(docs, 'zzz').total).toBe(0);
  });

  it('does not search the body text outside quotations', () => {
    // "ferry" is only in a quote, "Tuesday" only in narration.
    expect(searchIn(docs, 'ferry ').slugs).toEqual(['riverton-bridge-vote']);
    expect(searchIn(docs, 'tuesday ').total).toBe(0);
  });

  it('narrows a search to a topic', () => {
    expect(searchIn(docs, 'ada ', 'culture').slugs).toEqual(['port-ellis-lantern-festival']);
    expect(searchIn(docs, 'ada ', 'education').total).toBe(0);
  });

  it('shards terms by their first two characters and leaves stop words out', () => {
    const index = buildSearchIndex([doc('a', { headline: 'The bridge and the brook' })]);
    expect([...index.shards.keys()]).toEqual(['br']);
    expect(index.shards.get('br')).toEqual({ terms: { bridge: '0', brook: '0' }, prefixes: {} });
  });

  it('lists an article once per term however often the term occurs in it', () => {
    const index = buildSearchIndex([
      doc('a', { headline: 'Bridge', quotes: ['bridge bridge'], speakers: ['Bridget Bridge'] }),
      doc('b', { summary: 'bridge' }),
    ]);
    expect(index.shards.get('br')?.terms.bridge).toBe('0,1');
  });

  it('ships the merged articles of a prefix whose terms have many postings, and finds the same', () => {
    // 12,000 articles with "concert" or "concern" (the "con" prefix: 24,000 postings in all).
    const many = Array.from({ length: 12_000 }, (_, i) =>
      doc(`a-${i}`, { headline: i % 3 === 0 ? 'concert' : 'concern concert', quotes: ['cost'] }),
    );
    const index = buildSearchIndex(many);
    const shard = index.shards.get('co');
    expect(Object.keys(shard?.prefixes ?? {})).toEqual(['co', 'con']);
    expect(searchIn(many, 'con').total).toBe(12_000);
    expect(searchIn(many, 'conce').total).toBe(12_000);
    expect(searchIn(many, 'concern ').total).toBe(8_000);
  });

  it('splits the result cards into runs of 250, each card with its headline, date and speakers', () => {
    const many = Array.from({ length: 600 }, (_, i) =>
      doc(`article-${i}`, { headline: `Headline ${i}`, speakers: [`Speaker ${i}`] }),
    );
    const index = buildSearchIndex(many);
    expect(index.cardChunks.map((chunk) => chunk.slugs.length)).toEqual([250, 250, 100]);
    const last = index.cardChunks[2];
    expect(last?.slugs[0]).toBe('article-500');
    expect(last?.headlines[0]).toBe('Headline 500');
    expect(last?.speakers[0]).toEqual(['Speaker 500']);
  });

  it('writes files that match the wire schemas, in newest-first order', () => {
    const outputs = searchIndexOutputs([...syntheticArticles].reverse());
    const json = (file: string) => JSON.parse(outputs.get(file) ?? 'null') as unknown;
    const meta = v.parse(SearchMetaSchema, json('data/search/meta.json'));
    expect(meta).toMatchObject({ version: 1, docCount: 3, chunkSize: 250 });
    expect(meta.topics).toEqual(['culture', 'education', 'local-government', 'transport']);
    const cards = v.parse(SearchCardsSchema, json('data/search/cards/0.json'));
    expect(cards.slugs).toEqual(syntheticArticles.map((a) => a.slug));
    expect(cards.dates).toEqual(syntheticArticles.map((a) => a.date));
    for (const key of meta.shards) {
      expect(v.is(SearchShardSchema, json(`data/search/terms/${key}.json`))).toBe(true);
    }
    expect(json('data/search/topics/culture.json')).toEqual({ postings: '0' });
  });
});
