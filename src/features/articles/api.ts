import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { decodeArticleIndex, decodeListPage } from '../../core/decodeWire.ts';
import type { ArticleSummary } from '../../core/schema.ts';
import { dataUrl } from '../../ui/dataUrl.ts';
import { fetchJson } from '../../ui/fetchJson.ts';
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
      positions: Uint32Array;
      /** Summaries of the first articles: `head[i]` is at `positions[i]`. */
      head: readonly ArticleSummary[];
    }
  | { kind: 'not-found'; id: string };

/**
 * Which shard folder: `data/list/topics/`, `data/list/speakers/`, or `data/list/pairs/`, whose
 * files (`<topic>/<speaker>`, see `pairOf` in listFilterData.ts) hold a combination's first
 * articles only.
 */
export type Facet = 'topics' | 'speakers' | 'pairs';

let filterData: typeof import('./listFilterData.ts') | undefined;

/**
 * The code that loads the list's filters (`listFilterData.ts`), fetched with the first filter a
 * reader points at: the first screen never filters, and the first-load bytes are budgeted. Once
 * here it is handed over in a microtask, not in the task an `import()` takes, so a filter whose
 * data is cached still shows in its click's own task.
 */
export const listFilterData = async () => (filterData ??= await import('./listFilterData.ts'));

/** How many times a list has left the page (`stopListFilterPrefetch`). */
let listsGone = 0;

/**
 * Stops loading the page's other filters in idle time (`listFilterData.ts`): the list is gone.
 * A pass whose code is still loading has not started yet: `listsGoneCount` tells it not to.
 */
export const stopListFilterPrefetch = () => {
  listsGone++;
  filterData?.stopLinksPrefetch();
};

/** Changes when a list leaves the page: compared before and after loading the filter code. */
export const listsGoneCount = () => listsGone;

/** Query options for one topic's or speaker's shard (or a pair file), decoded into positions. */
export const listFilterQuery = (facet: Facet, id: string) =>
  queryOptions({
    queryKey: ['article-list-filter', facet, id],
    queryFn: async ({ signal }) => (await listFilterData()).loadListFilter(facet, id, signal),
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
  positions: Uint32Array | null;
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
    queryFn: async () => (await listFilterData()).loadListView(client, topics, topic, speaker),
    // No filter needs no shard: the whole list is there at once, with no suspending render.
    initialData: (): ListView | undefined =>
      topic === null && speaker === null ? UNFILTERED : undefined,
    staleTime: FIVE_MINUTES,
  });

const UNFILTERED: ListView = { topic: null, speaker: null, positions: null, known: new Map() };
