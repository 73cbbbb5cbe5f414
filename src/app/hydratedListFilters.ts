import { useSyncExternalStore } from 'react';
import { listFiltersOfUrl, type ListFilters } from '../features/articles/listFiltersOfUrl.ts';
import { subscribeToNothing } from '../ui/useHydrated.ts';

/** The filters of the prerendered list page being hydrated; null elsewhere. */
let prerendered: ListFilters | null = null;

/** Called by main.tsx when it is to hydrate a page prerendered for the current URL. */
export const hydrateListFrom = () => {
  prerendered = listFiltersOfUrl(new URL(location.href), location.origin, import.meta.env.BASE_URL);
};

/**
 * The list's filters: the URL's (`fromUrl`), except while the page hydrates, when they are the
 * ones the page was prerendered with, so that the list hydrates the markup it was given. The
 * router can have moved by then: after a reload, the entries `history.pushState` made share the
 * reloaded page, so Back soon after reloading `/topics/x` reaches `/` while the list (which
 * waits for its topic's shard: typed arrays are not in the page) is not hydrated yet, and React
 * hydrated the prerendered heading "x" with "/"'s "Latest articles" (React #418). React renders
 * the server snapshot while hydrating and, when the URL's filters differ, again with them at once.
 * (Both objects list `topic` then `speaker`, so equal filters give equal JSON.)
 */
export const useHydratedListFilters = (fromUrl: ListFilters): ListFilters =>
  useSyncExternalStore(
    subscribeToNothing,
    () => fromUrl,
    () =>
      prerendered && JSON.stringify(prerendered) !== JSON.stringify(fromUrl)
        ? prerendered
        : fromUrl,
  );
