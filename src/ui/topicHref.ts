/** The list filtered to one topic: `/?topic=<id>`, a real URL so chips work as plain links. */
export function topicHref(topicId: string): string {
  return `/?${new URLSearchParams({ topic: topicId }).toString()}`;
}
