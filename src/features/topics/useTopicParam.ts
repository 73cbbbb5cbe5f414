import { useSearchParams } from 'react-router-dom';

/** The topic id the list is filtered by (`?topic=<id>`), or null for all topics. */
export function useTopicParam(): string | null {
  const [searchParams] = useSearchParams();
  return searchParams.get('topic') || null;
}
