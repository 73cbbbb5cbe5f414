import type { ArticleIndex, ArticleSummary, TopicRef } from '../../core/schema.ts';

/** What the list shows for a `?topic=` value: everything, one known topic, or an unknown id. */
export type TopicSelection =
  | { kind: 'all'; articles: ArticleSummary[] }
  | { kind: 'topic'; topic: TopicRef; articles: ArticleSummary[] }
  | { kind: 'unknown'; id: string };

/** Filters the index by topic id; an id neither the facet nor any article knows is `unknown`. */
export function selectTopic(index: ArticleIndex, topicId: string | null): TopicSelection {
  if (topicId === null) return { kind: 'all', articles: index.articles };
  const topic =
    index.topics.find((t) => t.id === topicId) ??
    index.articles.flatMap((a) => a.topics).find((t) => t.id === topicId);
  if (!topic) return { kind: 'unknown', id: topicId };
  return {
    kind: 'topic',
    topic: { id: topic.id, label: topic.label },
    articles: index.articles.filter((a) => a.topics.some((t) => t.id === topicId)),
  };
}
