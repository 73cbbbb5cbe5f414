import { useQueries } from '@tanstack/react-query';
import type { ArticleSummary } from '../../core/schema.ts';
import { listPageQuery } from './api.ts';

/**
 * The summaries at the given index positions, fetching only the pages they fall in (page 0 is
 * the index's own; `known` holds summaries already at hand, such as a filter shard's first
 * articles, whose pages are not fetched). A position not known and whose page has not arrived
 * yet is `undefined`.
 */
export function useListPages(
  positions: readonly number[],
  pageSize: number,
  firstPage: readonly ArticleSummary[],
  known: ReadonlyMap<number, ArticleSummary> = NONE,
): (ArticleSummary | undefined)[] {
  const pages = [
    ...new Set(positions.filter((p) => !known.has(p)).map((p) => Math.floor(p / pageSize))),
  ].filter((p) => p > 0);
  const results = useQueries({ queries: pages.map((page) => listPageQuery(page)) });
  const byPage = new Map(pages.map((page, i) => [page, results[i]?.data?.articles]));
  return positions.map((position) => {
    const page = Math.floor(position / pageSize);
    const articles = page === 0 ? firstPage : byPage.get(page);
    return known.get(position) ?? articles?.[position - page * pageSize];
  });
}

const NONE: ReadonlyMap<number, ArticleSummary> = new Map();
