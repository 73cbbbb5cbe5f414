/**
 * The search engines `npm run bench:search` compares, behind one interface: three libraries and
 * Saywire's own sharded inverted index. Every engine indexes the same four fields and answers
 * the same query semantics as closely as it allows: every word required, the last one a prefix.
 */
import { create, insertMultiple, load, save, search as oramaSearch } from '@orama/orama';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { buildSearchIndex, type SearchDoc } from '../src/content/buildSearchIndex.ts';
import { parseQuery } from '../src/core/search/parseQuery.ts';
import { runSearch, shardKeysFor } from '../src/core/search/runSearch.ts';
import { termShard, type TermShard } from '../src/core/search/termShard.ts';

/** A built engine: its serialized form, a way to load it back, and a search. */
export type BuiltEngine = {
  /** The serialized index files (name → text); a library's index is one file. */
  files: Map<string, string>;
  /** Files a query needs before it can answer (all of them for a library). */
  filesFor(query: string): string[];
  /** Loads the index from `files` the way the browser would, returning a searcher. */
  load(files: ReadonlyMap<string, string>, query: string): Promise<Searcher>;
};

/** Returns the ordinals of the first `limit` results. */
export type Searcher = ((query: string, limit: number) => number[]) & {
  /** Loads what a query will need (a shard fetch in the browser), outside the timed search. */
  prepare?: (query: string) => void;
};

export type Engine = {
  name: string;
  /** The module a browser bundle would import, for its gzip size. */
  entry: string;
  build(docs: readonly SearchDoc[]): Promise<BuiltEngine>;
};

const flatText = (doc: SearchDoc) =>
  [doc.headline, doc.summary, ...doc.quotes, ...doc.speakers].join('\n');

const MINI_OPTIONS = {
  fields: ['headline', 'summary', 'quotes', 'speakers'],
  idField: 'id',
  extractField: (doc: Record<string, unknown>, field: string) => {
    const value = doc[field];
    if (field === 'id') return value as string;
    return Array.isArray(value) ? value.join('\n') : String(value ?? '');
  },
};

const miniSearch =
  (index: MiniSearch): Searcher =>
  (query, limit) =>
    index
      .search(query, {
        combineWith: 'AND',
        prefix: (_term, i, terms) => i === terms.length - 1,
        boost: { headline: 2, speakers: 2 },
      })
      .slice(0, limit)
      .map((hit) => hit.id as number);

const minisearchEngine: Engine = {
  name: 'MiniSearch 7.2.0',
  entry: 'minisearch',
  async build(docs) {
    const index = new MiniSearch(MINI_OPTIONS);
    index.addAll(docs.map((doc, id) => ({ id, ...doc })));
    const json = JSON.stringify(index);
    return {
      files: new Map([['index.json', json]]),
      filesFor: () => ['index.json'],
      load: async (files) =>
        miniSearch(MiniSearch.loadJSON(files.get('index.json') ?? '', MINI_OPTIONS)),
    };
  },
};

const FLEX_OPTIONS = { tokenize: 'forward', encoder: 'LatinBalance' } as const;

const flexsearchEngine: Engine = {
  name: 'FlexSearch 0.8.212',
  entry: 'flexsearch',
  async build(docs) {
    const index = new FlexSearch.Index(FLEX_OPTIONS);
    docs.forEach((doc, id) => index.add(id, flatText(doc)));
    const files = new Map<string, string>();
    await index.export((key: string, data: string) => {
      files.set(key, data);
    });
    const names = [...files.keys()];
    return {
      files,
      filesFor: () => names,
      load: async (loaded) => {
        const fresh = new FlexSearch.Index(FLEX_OPTIONS);
        for (const [key, data] of loaded) fresh.import(key, data);
        return (query, limit) => fresh.search(query, { limit }) as number[];
      },
    };
  },
};

const ORAMA_SCHEMA = {
  headline: 'string',
  summary: 'string',
  quotes: 'string[]',
  speakers: 'string[]',
  ordinal: 'number',
} as const;

const oramaEngine: Engine = {
  name: 'Orama 3.1.18',
  entry: '@orama/orama',
  async build(docs) {
    const db = create({ schema: ORAMA_SCHEMA });
    await insertMultiple(
      db,
      docs.map((doc, ordinal) => ({
        ...doc,
        quotes: [...doc.quotes],
        speakers: [...doc.speakers],
        ordinal,
      })),
    );
    const json = JSON.stringify(save(db));
    return {
      files: new Map([['index.json', json]]),
      filesFor: () => ['index.json'],
      load: async (files) => {
        const fresh = create({ schema: ORAMA_SCHEMA });
        load(fresh, JSON.parse(files.get('index.json') ?? '{}'));
        return (query, limit) => {
          // threshold 0: only documents holding every word (Orama matches prefixes by default).
          const results = oramaSearch(fresh, { term: query, threshold: 0, limit }) as {
            hits: { document: { ordinal: number } }[];
          };
          return results.hits.map((hit) => hit.document.ordinal);
        };
      },
    };
  },
};

/** Saywire's index: prefix-sharded posting lists built at build time (src/content/buildSearchIndex.ts). */
const saywireEngine: Engine = {
  name: 'Saywire sharded index',
  entry: 'saywire',
  async build(docs) {
    const index = buildSearchIndex(docs);
    const files = new Map<string, string>([['meta.json', JSON.stringify(index.meta)]]);
    for (const [key, shard] of index.shards) files.set(`terms/${key}.json`, JSON.stringify(shard));
    index.cardChunks.forEach((cards, n) => files.set(`cards/${n}.json`, JSON.stringify(cards)));
    return {
      files,
      filesFor: (query) => [
        'meta.json',
        ...shardKeysFor(parseQuery(query))
          .filter((key) => index.shards.has(key))
          .map((key) => `terms/${key}.json`),
        // The first page of results is newest first: its cards are almost always in run 0.
        'cards/0.json',
      ],
      load: async (loaded, query) => {
        const meta = JSON.parse(loaded.get('meta.json') ?? '{}') as { docCount: number };
        const shards = new Map<string, TermShard>();
        // The browser loads shards as keystrokes need them; `query` names the first ones.
        const ensure = (text: string) => {
          for (const key of shardKeysFor(parseQuery(text))) {
            if (shards.has(key)) continue;
            const file = loaded.get(`terms/${key}.json`);
            if (!file) continue;
            const shard = JSON.parse(file) as {
              terms: Record<string, string>;
              prefixes: Record<string, string>;
            };
            shards.set(key, termShard(shard.terms, meta.docCount, shard.prefixes));
          }
        };
        ensure(query);
        const searcher: Searcher = (text, limit) =>
          runSearch(parseQuery(text), shards, meta.docCount, limit).ordinals;
        searcher.prepare = ensure;
        return searcher;
      },
    };
  },
};

export const ENGINES: readonly Engine[] = [
  saywireEngine,
  minisearchEngine,
  flexsearchEngine,
  oramaEngine,
];
