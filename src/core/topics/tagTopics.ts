import type { TopicRef } from '../schema.ts';
import type { Taxonomy, TopicRule } from './taxonomy.ts';

/** The taxonomy's topics whose rules the text satisfies, in taxonomy order. */
export function tagTopics(text: string, taxonomy: Taxonomy): TopicRef[] {
  const counter = mentionCounter(text);
  return taxonomy.topics
    .filter((topic) => matches(topic, counter))
    .map(({ id, label }) => ({ id, label }));
}

function matches(topic: TopicRule, count: (term: string) => number): boolean {
  return topic.anyOf.some(({ allOf, minMentions }) =>
    allOf.every((group) => group.reduce((sum, term) => sum + count(term), 0) >= minMentions),
  );
}

/**
 * Counts whole-word mentions of a term: a lower-case term matches any case ("war", "War"),
 * a capitalised one only as written, so names and acronyms ("US", "Xi") do not match common words.
 */
function mentionCounter(text: string): (term: string) => number {
  const cache = new Map<string, number>();
  return (term) => {
    const cached = cache.get(term);
    if (cached !== undefined) return cached;
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`,
      term === term.toLowerCase() ? 'giu' : 'gu',
    );
    const count = text.match(pattern)?.length ?? 0;
    cache.set(term, count);
    return count;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
