import type { Article, ArticleIndex, ArticleSummary, TopicCount } from '../core/schema.ts';
import type { Taxonomy } from '../core/topics/taxonomy.ts';

/**
 * What the list view needs of an article: everything but the text, paragraphs and quotes. The
 * quote count is of what people said: marks around a title or a scare quote are not quotes.
 */
export function toSummary(article: Article): ArticleSummary {
  return {
    slug: article.slug,
    headline: article.headline,
    summary: article.summary,
    date: article.date,
    byline: article.byline,
    readingMinutes: article.readingMinutes,
    quoteCount: article.quotes.filter((quote) => quote.kind !== 'other').length,
    topics: article.topics,
    speakers: article.speakers.map(({ id, name }) => ({ id, name })),
  };
}

/**
 * `data/index.json`: summaries newest first (undated last, then by headline), and the topic facet:
 * the taxonomy's topics that tag at least one article, most used first.
 */
export function buildIndex(articles: readonly Article[], taxonomy: Taxonomy): ArticleIndex {
  const summaries = articles.map(toSummary).sort(newestFirst);
  const counts = new Map<string, number>();
  for (const { topics } of articles) {
    for (const { id } of topics) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const topics: TopicCount[] = taxonomy.topics
    .map(({ id, label }) => ({ id, label, count: counts.get(id) ?? 0 }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || compareText(a.label, b.label));
  return { articles: summaries, topics };
}

function newestFirst(a: ArticleSummary, b: ArticleSummary): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return compareText(a.headline, b.headline) || compareText(a.slug, b.slug);
}

// A fixed locale, so the order does not depend on the machine that builds the site.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const compareText = (a: string, b: string) => collator.compare(a, b);
