import { queryOptions } from '@tanstack/react-query';
import { decodeArticle } from '../../core/decodeWire.ts';
import type { Article } from '../../core/schema.ts';
import { dataUrl } from '../../ui/dataUrl.ts';
import { fetchJson } from '../../ui/fetchJson.ts';
import { DataLoadError } from '../../ui/loadFailure.ts';

/** An article, or the answer that there is none by that slug: a 404 is an answer, not a failure. */
export type ArticleLookup =
  { kind: 'found'; article: Article } | { kind: 'not-found'; slug: string };

/** Content changes only with a new build, or in dev through an explicit invalidation. */
const FIVE_MINUTES = 5 * 60 * 1000;

/** Query options for `data/articles/<slug>.json`, shared by the route loader and the article view. */
export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: ['article', slug],
    queryFn: async ({ signal }): Promise<ArticleLookup> => {
      try {
        const url = dataUrl(`articles/${encodeURIComponent(slug)}.json`);
        const article = await fetchJson(url, `the article “${slug}”`, decodeArticle, signal);
        return { kind: 'found', article };
      } catch (error) {
        if (error instanceof DataLoadError && error.failure.kind === 'not-found') {
          return { kind: 'not-found', slug };
        }
        throw error;
      }
    },
    staleTime: FIVE_MINUTES,
  });
