import { queryOptions } from '@tanstack/react-query';

/** Query options for one search; the engine module is imported only when a search runs. */
export const searchQuery = (text: string, topic: string | null, limit: number) =>
  queryOptions({
    queryKey: ['search', text, topic, limit],
    queryFn: async () => {
      const { searchArticles } = await import('./searchEngine.ts');
      return searchArticles(text, { limit, topic });
    },
    // The index changes only with a new build.
    staleTime: Infinity,
  });
