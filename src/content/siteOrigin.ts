/** Where the site is published when `SAYWIRE_SITE_URL` does not say: what `npm start` serves. */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/** The origin canonical and Open Graph URLs start with, from `SAYWIRE_SITE_URL`. */
export function siteOrigin(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.SAYWIRE_SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SAYWIRE_SITE_URL="${raw}" is not an absolute URL (say https://example.org)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SAYWIRE_SITE_URL="${raw}" must be an http or https URL`);
  }
  return url.origin;
}
