/** The list's filters as they appear in its URL. */
export type ListFilters = { topic: string | null; speaker: string | null };

/**
 * The list URL for a combination of filters: `/topics/<topic>?speaker=…`, `/?speaker=…`, or `/`
 * for none. A topic is a path, so each topic view is a page of its own that the build
 * prerenders; old `/?topic=` links still work (see `useTopicParam`).
 */
export function filterHref({ topic, speaker }: ListFilters): string {
  const path = topic ? `/topics/${encodeURIComponent(topic)}` : '/';
  return speaker ? `${path}?${new URLSearchParams({ speaker }).toString()}` : path;
}
