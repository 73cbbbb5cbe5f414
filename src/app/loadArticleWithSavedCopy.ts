import type { QueryClient } from '@tanstack/react-query';
import { articleQuery, type ArticleLookup } from '../features/article/api.ts';
import { savedArticle } from '../features/saved/savedStore.ts';
import { DataLoadError } from '../ui/loadFailure.ts';

/**
 * The article route's loader: the article from the server, or, when the network fails, the copy
 * saved on this device. Composed here so neither feature knows the other. Only a network failure
 * falls back: a 404 or a broken file is the server's answer and shows as such.
 */
export async function loadArticleWithSavedCopy(
  queryClient: QueryClient,
  slug: string,
): Promise<void> {
  const options = articleQuery(slug);
  try {
    // 'always': offline, fail at once (and fall back) rather than pause until the network returns.
    await queryClient.ensureQueryData({
      ...options,
      revalidateIfStale: true,
      networkMode: 'always',
    });
  } catch (error) {
    const offline = error instanceof DataLoadError && error.failure.kind === 'network';
    const saved = offline ? savedArticle(slug) : null;
    if (!saved) throw error;
    const found: ArticleLookup = { kind: 'found', article: saved };
    queryClient.setQueryData(options.queryKey, found);
  }
}
