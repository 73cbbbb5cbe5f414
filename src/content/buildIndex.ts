import { compareText, newestFirst } from '../core/article/newestFirst.ts';
import { toSummary } from '../core/article/toSummary.ts';
import type { Article, ArticleIndex, TopicCount } from '../core/schema.ts';
import type { Taxonomy } from '../core/topics/taxonomy.ts';


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
