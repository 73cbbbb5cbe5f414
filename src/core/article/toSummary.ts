import type { Article, ArticleSummary } from '../schema.ts';

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
