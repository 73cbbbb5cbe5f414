import type { ArticleIndex, TopicRef } from '../../core/schema.ts';

/** What a `?topic=` value names: no topic, one the facet knows (with its count), or neither. */
export type TopicSelection =
  | { kind: 'all' }
  | { kind: 'topic'; topic: TopicRef; count: number }
  | { kind: 'unknown'; id: string };

/** Looks a topic id up in the index's facet; an id it does not list tags no article. */
export function selectTopic(index: ArticleIndex, topicId: string | null): TopicSelection {
  if (topicId === null) return { kind: 'all' };
  const topic = index.topics.find((t) => t.id === topicId);
  if (!topic) return { kind: 'unknown', id: topicId };
  return { kind: 'topic', topic: { id: topic.id, label: topic.label }, count: topic.count };
}
