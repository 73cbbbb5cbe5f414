import { createHash } from 'node:crypto';
import { SHELL, type PrecacheManifest } from './sw/precacheManifest.ts';

/** Public files worth having offline: scripts, styles, icons, the manifest. */
const PUBLIC_KINDS = /\.(?:js|css|svg|png|ico|webmanifest|woff2)$/;

/**
 * The URLs (relative to the base) a service worker precaches: the app shell (`index.html`, kept
 * under the base URL itself), every hashed JS and CSS file of the build (lazy chunks too, so
 * every route works offline), the list data, and the public files the shell links to. Per-article
 * data and pages are not precached: they are kept as the reader opens them.
 */
export function precacheUrls(bundleFiles: readonly string[], publicFiles: readonly string[]) {
  const urls = new Set<string>();
  for (const file of bundleFiles) {
    if (file === 'index.html') urls.add(SHELL);
    else if (file === 'data/index.json') urls.add(file);
    else if (/^assets\/[^/]+\.(?:js|css)$/.test(file)) urls.add(file);
  }
  for (const file of publicFiles) {
    if (PUBLIC_KINDS.test(file) && !file.split('/').some((part) => part.startsWith('.'))) {
      urls.add(file);
    }
  }
  return [...urls].sort();
}

/**
 * The manifest for a build from each precached URL's contents: its URLs and a version hashed
 * from every URL and its bytes, so any changed byte (code, styles, the prerendered shell, the
 * list data, an icon) makes a new worker and new caches.
 */
export function precacheManifest(
  contents: ReadonlyMap<string, string | Uint8Array>,
): PrecacheManifest {
  const hash = createHash('sha256');
  const urls = [...contents.keys()].sort();
  for (const url of urls) {
    hash.update(`${url}\0`);
    hash.update(contents.get(url) ?? '');
    hash.update('\0');
  }
  return { version: hash.digest('hex').slice(0, 16), urls };
}
