import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { decodeArticleIndex, decodeListPage, decodeListShard } from '../../core/decodeWire.ts';
import { fromGaps } from '../../core/list/positions.ts';
import type { ArticleSummary } from '../../core/schema.ts';
import { dataUrl } from '../../ui/dataUrl.ts';
import { fetchJson } from '../../ui/fetchJson.ts';
import { DataLoadError } from '../../ui/loadFailure.ts';
import { timedDecode, timedFetch, timedIntersect } from './listMarks.ts';

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
      timedFetch(() =>
        fetchJson(
          dataUrl(`list/pages/${page}.json`),
          'a page of articles',
          timedDecode(decodeListPage),
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
        const shard = await timedFetch(() =>
          fetchJson(url, `the articles of “${id}”`, timedDecode(decodeListShard), signal),
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

/**
 * What the list shows for a combination of filters: each filter's shard (null when that filter
 * is off), the positions both keep (null: every article) and the summaries already at hand by
 * position (the shards' first articles), so a filter's first screen needs no page fetch.
 */
export type ListView = {
  topic: ListFilter | null;
  speaker: ListFilter | null;
  positions: Int32Array | null;
  known: ReadonlyMap<number, ArticleSummary>;
};

/**
 * Query options for the list under a topic and a speaker filter (either may be null), built from
 * the shards' own queries, so a shard prefetched on hover or click is not fetched again. One
 * query, not one per shard: the list view then observes a single query whose data is computed
 * once per combination (the intersection included), not on every render. `topics` is the index's
 * topic facet: an unknown topic needs no request. Its key starts as the shards' do, so whatever
 * treats list filters alike (not dehydrating their typed arrays) treats it alike.
 */
export const listViewQuery = (
  client: QueryClient,
  topics: readonly { id: string }[],
  topic: string | null,
  speaker: string | null,
) =>
  queryOptions({
    queryKey: ['article-list-filter', 'combined', topic, speaker],
    queryFn: async (): Promise<ListView> => {
      const known = topic !== null && topics.some((t) => t.id === topic);
      // fetchQuery, not ensureQueryData: a shard invalidated (content changed in dev) is
      // fetched again rather than served stale.
      const [topicFilter, speakerFilter] = await Promise.all([
        known ? client.fetchQuery(listFilterQuery('topics', topic)) : null,
        speaker !== null ? client.fetchQuery(listFilterQuery('speakers', speaker)) : null,
      ]);
      const topicView: ListFilter | null =
        topic === null ? null : (topicFilter ?? { kind: 'not-found', id: topic });
      return listView(topicView, speakerFilter);
    },
    // No filter needs no shard: the whole list is there at once, with no suspending render.
    initialData: (): ListView | undefined =>
      topic === null && speaker === null ? UNFILTERED : undefined,
    staleTime: FIVE_MINUTES,
  });

const UNFILTERED: ListView = { topic: null, speaker: null, positions: null, known: new Map() };

function listView(topic: ListFilter | null, speaker: ListFilter | null): ListView {
  const a = topic?.kind === 'found' ? topic : null;
  const b = speaker?.kind === 'found' ? speaker : null;
  const positions =
    a && b ? timedIntersect(a.positions, b.positions) : (a?.positions ?? b?.positions ?? null);
  const known = new Map<number, ArticleSummary>();
  for (const filter of [a, b]) {
    filter?.head.forEach((summary, i) => known.set(filter.positions[i] ?? -1, summary));
  }
  return { topic, speaker, positions, known };
}
