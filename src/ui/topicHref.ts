/** The list filtered to one topic: `/topics/<id>`, a real page so chips work as plain links. */
export function topicHref(topicId: string): string {
  return `/topics/${encodeURIComponent(topicId)}`;
}
