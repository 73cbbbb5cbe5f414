import type { DehydratedState } from '@tanstack/react-query';
import type { PrerenderState } from './prerenderState.ts';

/** `/speakers/` and `/speakers` are one page: some static hosts add the slash by redirecting. */
const withoutTrailingSlash = (pathname: string) => pathname.replace(/(.)\/+$/, '$1');

/**
 * The prerender state when the page was rendered for `location` (same path and query), with
 * its queries marked as fetched now; otherwise null, and the app must render rather than
 * hydrate. The page and its data files come from one build, so the data is as fresh as the
 * page: marking it so spares a refetch of what the page already shows. The page carries no time
 * of its own (entryServer.tsx leaves the clock out, so an unchanged site builds the same).
 */
export function prerenderedFor(
  state: PrerenderState | null,
  location: { pathname: string; search: string },
  now = Date.now(),
): PrerenderState | null {
  if (!state) return null;
  const rendered = new URL(state.href, 'http://localhost');
  const same =
    withoutTrailingSlash(rendered.pathname) === withoutTrailingSlash(location.pathname) &&
    rendered.search === location.search;
  if (!same) return null;
  return { ...state, queries: fetchedAt(state.queries, now) };
}

/**
 * A dehydrated cache whose queries read as fetched (and dehydrated) at `time`: now when a page
 * hydrates, 0 when the build renders it (`entryServer.tsx`).
 */
export function fetchedAt(dehydrated: DehydratedState, time: number): DehydratedState {
  return {
    ...dehydrated,
    queries: dehydrated.queries.map((query) => ({
      ...query,
      dehydratedAt: time,
      state: { ...query.state, dataUpdatedAt: time },
    })),
  };
}
