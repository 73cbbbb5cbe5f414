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

/** Query options for one result's snippet, which needs the result's article file. */
export const searchDetailQuery = (slug: string, text: string) =>
  queryOptions({
    queryKey: ['search-detail', slug, text],
    queryFn: async () => {
      const { describeResult } = await import('./searchEngine.ts');
      return describeResult(slug, text);
    },
    staleTime: Infinity,
  });
