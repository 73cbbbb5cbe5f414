import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { listFilterData, listsGoneCount, stopListFilterPrefetch, type Facet } from './api.ts';
import { filtersOfHref } from './listFiltersOfUrl.ts';

/**
 * `prefetchListFilter` (`listFilterData.ts`), its code loaded first if need be; nothing if the
 * list left the page meanwhile (its stop came before the idle-time pass this would start).
 */
export const prefetchListFilterLazily = async (
  client: QueryClient,
  wanted: readonly (readonly [Facet, string])[],
  pageSize: number,
) => {
  const gone = listsGoneCount();
  const data = await listFilterData();
  if (listsGoneCount() === gone) await data.prefetchListFilter(client, wanted, pageSize);
};

/**
 * While the list is shown, a pointer over a filter link (a topic or speaker chip, a card's topic),
 * a finger on it or keyboard focus on it starts loading that filter's first screen, so the click
 * that usually follows 100–300 ms later finds its data in the cache. Listens on the document, so
 * the links need no handlers of their own.
 */
export function usePrefetchListFilters(pageSize: number): void {
  const client = useQueryClient();
  useEffect(() => {
    const listPath = import.meta.env.BASE_URL;
    let last: string | null = null;
    const onIntent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      const href = link?.getAttribute('href');
      if (!href || href === last) return;
      last = href;
      const wanted = filtersOfHref(href, location.origin, listPath);
      if (wanted) void prefetchListFilterLazily(client, wanted, pageSize);
    };
    // The click too, in the capture phase, before the app's handlers navigate: a click with no
    // pointer or focus before it (a script, a screen reader) then fetches the filter alongside
    // the navigation instead of after the list has rendered far enough to ask for it.
    const events = ['pointerover', 'pointerdown', 'focusin', 'click'] as const;
    const options = { passive: true, capture: true };
    for (const name of events) document.addEventListener(name, onIntent, options);
    return () => {
      for (const name of events) document.removeEventListener(name, onIntent, options);
      stopListFilterPrefetch();
    };
  }, [client, pageSize]);
}
