import { topicHref } from '../../ui/topicHref.ts';

/** The list's filters as they appear in its URL. */
export type ListFilters = { topic: string | null; speaker: string | null };

/**
 * The list URL for a combination of filters: `/topics/<topic>?speaker=…`, `/?speaker=…`, or `/`
 * for none. A topic is a path, so each topic view is a page of its own that the build
 * prerenders; old `/?topic=` links still work (see `useTopicParam`).
 */
export function filterHref({ topic, speaker }: ListFilters): string {
  const path = topic ? topicHref(topic) : '/';
  // Not `URLSearchParams`: each chip of the other facet computes its link again on every filter
  // click, and the same escaping as the path's is a fraction of its cost.
  return speaker ? `${path}?speaker=${encodeURIComponent(speaker)}` : path;
}
