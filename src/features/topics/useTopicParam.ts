import { useParams, useSearchParams } from 'react-router-dom';

/**
 * The topic id the list is filtered by, or null for all topics: the path's (`/topics/<id>`),
 * else the query's (`/?topic=<id>`, the older bookmarkable form, still honoured).
 */
export function useTopicParam(): string | null {
  const { topic } = useParams();
  const [searchParams] = useSearchParams();
  return topic || searchParams.get('topic') || null;
}
