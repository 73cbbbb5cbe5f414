import { toSummary } from '../core/article/toSummary.ts';
import type { Article, ArticleSummary, Quote, Speaker, TopicRef } from '../core/schema.ts';
import { lineAt } from '../core/text/lineAt.ts';
import { articleOutcome, type FileOutcome } from './buildReport.ts';

/**
 * What the build keeps of an article once its own JSON is written: what the list, the speaker
 * pages and the report need, without the text, paragraphs and offsets. A 100,000-article build
 * holds these instead of whole articles, which would not fit in memory.
 */
export type ArticleDigest = {
  source: string;
  slug: string;
  headline: string;
  date: string | null;
  summary: string;
  topics: TopicRef[];
  /** A hash of the text: two files with the same hash are duplicates. */
  textHash: string;
  /** The article as the list shows it. */
  listing: ArticleSummary;
  outcome: FileOutcome;
  /** The line the lead paragraph starts on, for errors about the article as a whole. */
  leadLine: number;
  speakers: Speaker[];
  /** Every quotation's words and speaker, in document order (speaker pages, search). */
  quotes: Pick<Quote, 'id' | 'text' | 'kind' | 'speakerId'>[];
};

/** Reduces a parsed article to its digest. */
export function digestArticle(article: Article, textHash: string): ArticleDigest {
  return {
    source: article.source,
    slug: article.slug,
    headline: article.headline,
    date: article.date,
    summary: article.summary,
    topics: article.topics,
    textHash,
    listing: toSummary(article),
    outcome: articleOutcome(article),
    leadLine: lineAt(article.text, article.paragraphs[0]?.start ?? 0),
    speakers: article.speakers,
    quotes: article.quotes.map(({ id, text, kind, speakerId }) => ({ id, text, kind, speakerId })),
  };
}
