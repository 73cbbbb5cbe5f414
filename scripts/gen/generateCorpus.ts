/**
 * A deterministic synthetic corpus: `count` articles and the taxonomy that tags them, for
 * benchmarks and scale tests. Article `i` depends only on the seed and `i` (and, rarely, on the
 * slugs before it), so a smaller corpus is a prefix of a larger one with the same seed.
 */
import { deriveHeadline } from '../../src/core/article/deriveHeadline.ts';
import { parseDateline } from '../../src/core/article/parseDateline.ts';
import { parseHeader } from '../../src/core/article/parseHeader.ts';
import { splitParagraphs } from '../../src/core/article/splitParagraphs.ts';
import { shortHash, slugify } from '../../src/core/text/slugify.ts';
import type { Taxonomy } from '../../src/core/topics/taxonomy.ts';
import { TOPICS } from './corpusTopics.ts';
import { generateArticle, type GeneratedArticle } from './generateArticle.ts';

/** One file of the corpus: its name in the content folder and what it holds. */
export type CorpusFile = GeneratedArticle & { file: string };

/** `a000042.txt`: sorts in corpus order, and the names never collide. */
export const corpusFileName = (index: number) => `a${String(index).padStart(6, '0')}.txt`;

/**
 * The taxonomy for generated articles: each topic applies when its words are mentioned at least
 * twice, and no other topic or narration uses them, so tags are exactly what was written.
 */
export function syntheticTaxonomy(): Taxonomy {
  return {
    topics: TOPICS.map(({ id, label, words }) => ({
      id,
      label,
      anyOf: [{ allOf: [[...words]], minMentions: 2 }],
    })),
  };
}

/** The slug the pipeline will give the text, computed the way `parseArticle` does. */
function slugOf(text: string, file: string): string {
  const header = parseHeader(text);
  const bodyStart = header.ok ? header.value.bodyStart : 0;
  const [first] = splitParagraphs(text, bodyStart);
  if (!first) return file;
  const dateline = parseDateline(text, first.start);
  const headline = deriveHeadline(text.slice(dateline?.end ?? first.start, first.end));
  return `${slugify(headline, 6) || 'article'}-${shortHash(file)}`;
}

/**
 * Yields the corpus one article at a time (a 100,000-article corpus never sits in memory).
 * Two different texts never share a slug: the pipeline would reject the second.
 */
export function* generateCorpus(count: number, seed: number): Generator<CorpusFile> {
  const slugs = new Set<string>();
  for (let index = 0; index < count; index++) {
    const file = corpusFileName(index);
    for (let variant = 0; ; variant++) {
      const article = generateArticle(seed, index, variant);
      const slug = slugOf(article.text, file);
      if (slugs.has(slug)) continue;
      slugs.add(slug);
      yield { file, ...article };
      break;
    }
  }
}
