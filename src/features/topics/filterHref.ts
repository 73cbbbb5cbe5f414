/** The list's filters as they appear in its URL. */
export type ListFilters = { topic: string | null; speaker: string | null };

/** The list URL for a combination of filters: `/?topic=…&speaker=…`, or `/` for none. */
export function filterHref({ topic, speaker }: ListFilters): string {
  const params = new URLSearchParams();
  if (topic) params.set('topic', topic);
  if (speaker) params.set('speaker', speaker);
  const query = params.toString();
  return query ? `/?${query}` : '/';
}
