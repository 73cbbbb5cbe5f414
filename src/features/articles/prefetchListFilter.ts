import type { QueryClient } from '@tanstack/react-query';
import { intersectSorted } from '../../core/list/positions.ts';
import { listFilterQuery, listPageQuery, type Facet } from './api.ts';
import { listFiltersOfUrl, type ListFilters } from './listFiltersOfUrl.ts';

/** Rows a prefetch makes ready: a tall screen plus the list's overscan. */
const FIRST_ROWS = 12;

/**
 * Loads what a filter's first screen needs before it is chosen: its shards (which carry their
 * first articles' summaries) and, when two filters combine (a topic and a speaker, the most
 * `wanted` holds), the pages of the first rows of the intersection that neither shard's head
 * holds. Best effort: a failure here is the click's to
 * report, so it is swallowed.
 */
export async function prefetchListFilter(
  client: QueryClient,
  wanted: readonly (readonly [Facet, string])[],
  pageSize: number,
): Promise<void> {
  try {
    const [a, b] = await Promise.all(
      wanted.map(([facet, id]) => client.ensureQueryData(listFilterQuery(facet, id))),
    );
    // Only two filters found need more: the intersection's first rows that neither head holds.
    if (a?.kind !== 'found' || b?.kind !== 'found') return;
    const inHeads = new Set([a, b].flatMap((f) => [...f.positions.subarray(0, f.head.length)]));
    const pages = new Set<number>();
    for (const position of intersectSorted(a.positions, b.positions).subarray(0, FIRST_ROWS)) {
      const page = Math.floor(position / pageSize);
      if (page > 0 && !inHeads.has(position)) pages.add(page);
    }
    await Promise.all([...pages].map((page) => client.prefetchQuery(listPageQuery(page))));
  } catch {
    // Nothing to do: choosing the filter fetches again and shows any error.
  }
}

/**
 * The filters a list link names (`/?topic=…&speaker=…`, or a topic's own path `/topics/<id>`),
 * or null when it is not a filter of the list (see `listFiltersOfUrl`) or names none.
 */
export function filtersOfHref(
  href: string,
  origin: string,
  listPath: string,
): [Facet, string][] | null {
  const filters = listFiltersOfUrl(new URL(href, origin), origin, listPath);
  const wanted = filters ? shardsOf(filters) : [];
  return wanted.length > 0 ? wanted : null;
}

/** The shards a combination of filters needs, by facet. */
export function shardsOf({ topic, speaker }: ListFilters): [Facet, string][] {
  const wanted: [Facet, string][] = [];
  if (topic) wanted.push(['topics', topic]);
  if (speaker) wanted.push(['speakers', speaker]);
  return wanted;
}
