import { queryOptions } from '@tanstack/react-query';

type SearchEngine = typeof import('./searchEngine.ts');

/** The engine module once loaded: queries whose files are here are answered from it at once. */
let engine: SearchEngine | null = null;
const loadEngine = async (): Promise<SearchEngine> => {
  engine ??= await import('./searchEngine.ts');
  return engine;
};

/**
 * Query options for one search; the engine module is imported only when a search runs. When the
 * engine already holds every file the query needs, `initialData` answers it synchronously, so
 * the keystroke's own render shows its results (no promise, no extra render).
 */
export const searchQuery = (text: string, topic: string | null, limit: number) =>
  queryOptions({
    queryKey: ['search', text, topic, limit],
    queryFn: async () => (await loadEngine()).searchArticles(text, { limit, topic }),
    initialData: () => engine?.searchArticlesNow(text, { limit, topic }),
    // The index changes only with a new build.
    staleTime: Infinity,
  });

/**
 * A result's snippet when its article file is loaded, else undefined: answered in the render
 * itself. One query per result (ten new queries, observers and timers on every keystroke) cost
 * more than the rest of the keystroke's script.
 */
export const hitDetailNow = (slug: string, text: string) => engine?.describeResultNow(slug, text);

/** Loads a result's article file, for its snippet (`hitDetailNow` then answers). */
export const loadHitDetail = async (slug: string, text: string) =>
  (await loadEngine()).describeResult(slug, text);
