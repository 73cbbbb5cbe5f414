/**
 * `npm run bench:search`: compares search engines on deterministic synthetic corpora of 1,000,
 * 10,000 and 100,000 articles (bench/searchCorpus.ts): index build time, serialized size (raw and
 * gzip), bytes a first query downloads, load time, per-keystroke query p50/p95, heap, library
 * gzip size and result quality on known queries. Writes bench/results/search.json.
 *
 *   npm run bench:search                  # all sizes, all engines
 *   npm run bench:search -- --sizes 1000,10000 --engines saywire,minisearch
 *
 * Node, one core, no throttling: the browser figures under 4× CPU throttling come from
 * `npm run bench:scale`. Timings are medians of the runs inside one process; the machine is shared.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { SearchDoc } from '../src/content/buildSearchIndex.ts';
import { isIndexable, tokenize } from '../src/core/search/searchTokens.ts';
import { generatedCorpus, searchCorpus } from './searchCorpus.ts';
import { ENGINES, type Engine } from './searchEngines.ts';
import { random } from './syntheticNews.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const SIZES = (option('sizes') ?? '1000,10000,100000').split(',').map(Number);
const ENGINE_FILTER = option('engines')?.split(',');
const OUT = option('out') ?? 'bench/results/search.json';
const CORPORA = (option('corpus') ?? 'gen,brown').split(',');
const CORPUS_MAKERS: Record<string, { describe: string; make: (count: number) => SearchDoc[] }> = {
  gen: {
    describe: 'npm run gen (seed 1) through parseArticle and the quote engine',
    make: (count) => generatedCorpus(count, 1),
  },
  brown: {
    describe: 'bench/searchCorpus.ts: Brown Corpus sentences, 3,000 invented speakers (seed 1)',
    make: (count) => searchCorpus(count, 1),
  },
};
/** Engines whose build takes longer than this at one size skip the next, larger size. */
const BUILD_BUDGET_MS = Number(option('budget') ?? 120_000);

type KnownQuery = { kind: 'quote' | 'speaker' | 'headline'; text: string; target: number };

/** Known queries: a quote's words, a speaker's name, headline words, each naming its article. */
function knownQueries(docs: readonly SearchDoc[], count: number): KnownQuery[] {
  const next = random(99);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const words = (text: string, n: number) => {
    const tokens = tokenize(text).filter((t) => isIndexable(t.term));
    const from = Math.floor(next() * Math.max(1, tokens.length - n));
    return tokens
      .slice(from, from + n)
      .map((t) => text.slice(t.start, t.end))
      .join(' ');
  };
  const queries: KnownQuery[] = [];
  for (let i = 0; i < count; i += 1) {
    const target = Math.floor(next() * docs.length);
    const doc = docs[target] as SearchDoc;
    // An article without quotations (the generator writes a few) has no quote query.
    if (doc.quotes.length > 0)
      queries.push({ kind: 'quote', text: words(pick(doc.quotes), 4), target });
    if (doc.speakers.length > 0)
      queries.push({ kind: 'speaker', text: pick(doc.speakers), target });
    queries.push({ kind: 'headline', text: words(doc.headline, 3), target });
  }
  return queries.filter((q) => q.text.length >= 2);
}

/** Every prefix a user types on the way to `text`, from two characters on. */
const keystrokes = (text: string) =>
  Array.from({ length: text.length - 1 }, (_, i) => text.slice(0, i + 2)).filter(
    (typed) => !typed.endsWith(' '),
  );

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const median = (values: number[]) => percentile(values, 50);
const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).length;

function heapMb(): number {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

async function libraryGzip(engine: Engine): Promise<number> {
  const entry =
    engine.entry === 'saywire'
      ? `export { runSearch } from './src/core/search/runSearch.ts';
         export { termShard } from './src/core/search/termShard.ts';
         export { parseQuery } from './src/core/search/parseQuery.ts';
         export { markTerms } from './src/core/search/markTerms.ts';`
      : engine.entry === 'minisearch'
        ? `export { default } from 'minisearch';`
        : engine.entry === 'flexsearch'
          ? `export { Index } from 'flexsearch';`
          : `export { create, load, search } from '@orama/orama';`;
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
  });
  return gzipBytes(result.outputFiles[0]?.text ?? '');
}

/** Scans the bundled library for what a strict CSP (no 'unsafe-eval') forbids. */
async function usesEval(engine: Engine): Promise<boolean> {
  if (engine.entry === 'saywire') return false;
  const result = await build({
    entryPoints: [engine.entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
  });
  return /new Function\s*\(|\beval\s*\(/.test(result.outputFiles[0]?.text ?? '');
}

async function measure(engine: Engine, docs: readonly SearchDoc[], queries: KnownQuery[]) {
  const before = heapMb();
  const started = performance.now();
  const built = await engine.build(docs);
  const buildMs = performance.now() - started;

  let rawBytes = 0;
  let gzip = 0;
  for (const text of built.files.values()) {
    rawBytes += text.length;
    gzip += gzipBytes(text);
  }
  // What the first query downloads: every file for a library, a few for the sharded index.
  const firstQueryGzip = median(
    queries
      .slice(0, 15)
      .map(({ text }) =>
        built.filesFor(text).reduce((sum, name) => sum + gzipBytes(built.files.get(name) ?? ''), 0),
      ),
  );
  const loadRuns: number[] = [];
  for (const { text } of queries.slice(0, 3)) {
    const at = performance.now();
    await built.load(built.files, text);
    loadRuns.push(performance.now() - at);
  }
  const afterBuild = heapMb();
  const searcher = await built.load(built.files, queries[0]?.text ?? '');
  const loadedHeap = heapMb();

  const times: number[] = [];
  let found = 0;
  let top10 = 0;
  const quality = { quote: [0, 0], speaker: [0, 0], headline: [0, 0] };
  for (const query of queries) {
    for (const typed of keystrokes(query.text)) {
      searcher.prepare?.(typed);
      const at = performance.now();
      searcher(typed, 10);
      times.push(performance.now() - at);
    }
    const all = searcher(query.text, docs.length);
    const hit = all.includes(query.target);
    if (hit) found += 1;
    if (all.slice(0, 10).includes(query.target)) top10 += 1;
    const row = quality[query.kind];
    row[0] = (row[0] ?? 0) + (hit ? 1 : 0);
    row[1] = (row[1] ?? 0) + 1;
  }
  return {
    buildMs: round(buildMs, 0),
    files: built.files.size,
    rawBytes,
    gzipBytes: gzip,
    firstQueryGzipBytes: firstQueryGzip,
    loadMs: round(median(loadRuns), 1),
    keystrokes: times.length,
    queryP50Ms: round(percentile(times, 50), 3),
    queryP95Ms: round(percentile(times, 95), 3),
    // Heap held by the built index plus one loaded copy, and by the loaded copy alone.
    heapBuiltMb: round(afterBuild - before, 1),
    heapLoadedMb: round(loadedHeap - afterBuild, 1),
    recall: round(found / queries.length, 3),
    recallTop10: round(top10 / queries.length, 3),
    recallByKind: Object.fromEntries(
      Object.entries(quality).map(([kind, [hit = 0, all = 1]]) => [kind, round(hit / all, 3)]),
    ),
  };
}

async function main() {
  const engines = ENGINES.filter(
    (e) => !ENGINE_FILTER || ENGINE_FILTER.some((f) => e.name.toLowerCase().includes(f)),
  );
  const libraries: Record<string, { gzipBytes: number; usesEval: boolean }> = {};
  for (const engine of engines) {
    libraries[engine.name] = {
      gzipBytes: await libraryGzip(engine),
      usesEval: await usesEval(engine),
    };
  }
  console.log('library gzip:', libraries);
  const runs: Record<string, unknown>[] = [];
  for (const corpus of CORPORA) {
    const maker = CORPUS_MAKERS[corpus];
    if (!maker) throw new Error(`unknown corpus "${corpus}" (gen or brown)`);
    const skipped = new Set<string>();
    for (const size of SIZES) {
      const made = performance.now();
      const docs = maker.make(size);
      console.log(`${corpus} ${size}: corpus in ${Math.round(performance.now() - made)} ms`);
      const queries = knownQueries(docs, 20);
      for (const engine of engines) {
        if (skipped.has(engine.name)) {
          const skip = `build over ${BUILD_BUDGET_MS / 10} ms at a tenth of the size`;
          runs.push({ corpus, size, engine: engine.name, skipped: skip });
          continue;
        }
        const result = await measure(engine, docs, queries);
        // Builds grow about linearly: ten times the articles would overrun the budget.
        if (result.buildMs * 10 > BUILD_BUDGET_MS) skipped.add(engine.name);
        const row = { corpus, size, engine: engine.name, ...result };
        console.log(JSON.stringify(row));
        runs.push(row);
      }
    }
  }
  mkdirSync(path.dirname(OUT), { recursive: true });
  // Browser figures come from bench/searchBrowser.bench.ts: keep them.
  const previous = existsSync(OUT)
    ? (JSON.parse(readFileSync(OUT, 'utf8')) as { browser?: unknown })
    : {};
  writeFileSync(
    OUT,
    `${JSON.stringify(
      {
        generated: new Date().toISOString(),
        node: process.version,
        corpora: Object.fromEntries(CORPORA.map((c) => [c, CORPUS_MAKERS[c]?.describe])),
        note: 'Node, no CPU throttling; keystroke = every prefix of 60 known queries from 2 characters',
        libraries,
        runs,
        browser: previous.browser ?? {},
      },
      null,
      2,
    )}\n`,
  );
  console.log(`wrote ${OUT}`);
}

await main();
