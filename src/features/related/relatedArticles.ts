import type { ArticleSummary, TopicRef } from '../../core/schema.ts';
import { newestFirst } from '../../core/article/newestFirst.ts';

/** What relatedness is measured on: an article's slug, topics and speakers. */
export type RelatedSubject = {
  slug: string;
  topics: TopicRef[];
  speakers: { id: string }[];
};

/** A related article with why it is related. */
export type Related = {
  article: ArticleSummary;
  sharedSpeakers: number;
  sharedTopics: number;
  score: number;
};

/**
 * Up to `limit` other articles sharing speakers or topics with `subject`, best first. A shared
 * voice counts twice a shared topic (score = speakers × 2 + topics): hearing the same people is
 * the stronger link in a reader about who said what. Ties go to the newest, then the headline.
 */
export function relatedArticles(
  subject: RelatedSubject,
  candidates: ArticleSummary[],
  limit = 3,
): Related[] {
  const speakers = new Set(subject.speakers.map(({ id }) => id));
  const topics = new Set(subject.topics.map(({ id }) => id));
  return candidates
    .filter((article) => article.slug !== subject.slug)
    .map((article) => {
      const sharedSpeakers = article.speakers.filter(({ id }) => speakers.has(id)).length;
      const sharedTopics = article.topics.filter(({ id }) => topics.has(id)).length;
      return { article, sharedSpeakers, sharedTopics, score: sharedSpeakers * 2 + sharedTopics };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || newestFirst(a.article, b.article))
    .slice(0, limit);
}
