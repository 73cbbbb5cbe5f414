/** A speaker's page, `/speakers/<id>`: every quote by them across articles. */
export function speakerHref(speakerId: string): string {
  return `/speakers/${encodeURIComponent(speakerId)}`;
}
