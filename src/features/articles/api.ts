import { queryOptions } from '@tanstack/react-query';
import { decodeArticleIndex } from '../../core/decodeWire.ts';
import { dataUrl } from '../../ui/dataUrl.ts';
import { fetchJson } from '../../ui/fetchJson.ts';

/** Content changes only with a new build, or in dev through an explicit invalidation. */
const FIVE_MINUTES = 5 * 60 * 1000;

/** Query options for `data/index.json`, shared by the route loader and the list view. */
export const articleIndexQuery = () =>
  queryOptions({
    queryKey: ['article-index'],
    queryFn: ({ signal }) =>
      fetchJson(dataUrl('index.json'), 'the article index', decodeArticleIndex, signal),
    staleTime: FIVE_MINUTES,
  });
