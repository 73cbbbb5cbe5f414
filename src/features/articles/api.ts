import { queryOptions } from '@tanstack/react-query';
import { decodeArticleIndex, decodeListPage, decodeListShard } from '../../core/decodeWire.ts';
import { fromGaps } from '../../core/list/positions.ts';
import type { ArticleSummary } from '../../core/schema.ts';
import { dataUrl } from '../../ui/dataUrl.ts';
import { fetchJson } from '../../ui/fetchJson.ts';
import { DataLoadError } from '../../ui/loadFailure.ts';
import { timedDecode, timedFetch } from './listMarks.ts';

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

/** Query options for `data/list/pages/<n>.json`: `pageSize` summaries in index order. */
export const listPageQuery = (page: number) =>
  queryOptions({
    queryKey: ['article-list-page', page],
    queryFn: ({ signal }) =>
      timedFetch(`page ${page}`, () =>
        fetchJson(
          dataUrl(`list/pages/${page}.json`),
          'a page of articles',
          timedDecode(`page ${page}`, decodeListPage),
          signal,
        ),
      ),
    staleTime: FIVE_MINUTES,
  });

/** A facet value's articles, as positions in the index order; a 404 is an unknown id. */
export type ListFilter =
  | {
      kind: 'found';
      id: string;
      label: string;
      positions: Int32Array;
      /** Summaries of the first articles: `head[i]` is at `positions[i]`. */
      head: readonly ArticleSummary[];
    }
  | { kind: 'not-found'; id: string };

/** Which shard folder: `data/list/topics/` or `data/list/speakers/`. */
export type Facet = 'topics' | 'speakers';

/** Query options for one topic's or speaker's shard, decoded into ascending positions. */
export const listFilterQuery = (facet: Facet, id: string) =>
  queryOptions({
    queryKey: ['article-list-filter', facet, id],
    queryFn: async ({ signal }): Promise<ListFilter> => {
      const url = dataUrl(`list/${facet}/${encodeURIComponent(id)}.json`);
      try {
        const shard = await timedFetch(`${facet} ${id}`, () =>
          fetchJson(
            url,
            `the articles of “${id}”`,
            timedDecode(`${facet} ${id}`, decodeListShard),
            signal,
          ),
        );
        return {
          kind: 'found',
          id,
          label: shard.label,
          positions: fromGaps(shard.gaps),
          head: shard.head,
        };
      } catch (error) {
        if (error instanceof DataLoadError && error.failure.kind === 'not-found') {
          return { kind: 'not-found', id };
        }
        throw error;
      }
    },
    staleTime: FIVE_MINUTES,
  });
