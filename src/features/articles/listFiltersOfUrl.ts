import type { Facet } from './api.ts';

/** A combination of the list's filters; null is "any". */
export type ListFilters = { topic: string | null; speaker: string | null };

/**
 * The filters a URL of the list names (`/`, `/topics/<id>`, `?topic=`, `?speaker=`), or null
 * when it is another page, another site, or carries anything else (a search, an anchor, another
 * parameter): only a plain change of filters can be shown before the router has moved.
 */
export function listFiltersOfUrl(url: URL, origin: string, listPath: string): ListFilters | null {
  if (url.origin !== origin || url.hash !== '') return null;
  const topicPath = url.pathname.startsWith(`${listPath}topics/`)
    ? url.pathname.slice(listPath.length + 'topics/'.length)
    : null;
  if (url.pathname !== listPath && (!topicPath || topicPath.includes('/'))) return null;
  for (const key of url.searchParams.keys()) {
    if (key !== 'topic' && key !== 'speaker') return null;
  }
  const topic = (topicPath && decodeURIComponent(topicPath)) || url.searchParams.get('topic');
  return { topic: topic || null, speaker: url.searchParams.get('speaker') || null };
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
