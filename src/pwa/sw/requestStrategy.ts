import type { PrecacheManifest } from './precacheManifest.ts';
import { PREFERENCES_CACHE } from './savedPreferences.ts';

/**
 * How the service worker answers one request:
 * - `navigation`: network first (a fresh page whenever online, so a deploy is never hidden), the
 *   copy kept for that URL when offline, then the precached shell;
 * - `data`: the JSON the pages fetch, network first (content changes without a new worker),
 *   falling back to the copy kept from an earlier visit;
 * - `precached`: hashed assets and the other shell files, from the precache (their version is the
 *   worker's), from the network when missing;
 * - `none`: not ours (another origin, outside the scope, not a GET): the browser handles it.
 */
export type Strategy = 'navigation' | 'data' | 'precached' | 'none';

/** The parts of a `Request` the decision needs, so it can be tested without a browser. */
export type RequestFacts = {
  url: string;
  method: string;
  mode: string;
};

/** Chooses the strategy for a request, given the worker's scope (the site's base URL). */
export function strategyFor(
  request: RequestFacts,
  scope: string,
  manifest: PrecacheManifest,
): Strategy {
  if (request.method !== 'GET') return 'none';
  const url = new URL(request.url);
  const base = new URL(scope);
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return 'none';
  if (request.mode === 'navigate') return 'navigation';
  const path = url.pathname.slice(base.pathname.length);
  if (path.startsWith('data/') && path.endsWith('.json')) return 'data';
  return manifest.urls.includes(path) ? 'precached' : 'none';
}

/** The cache names of one worker version; every name starts with `saywire-`. */
export function cacheNames(version: string): {
  precache: string;
  pages: string;
  data: string;
  preferences: string;
} {
  return {
    precache: `saywire-precache-${version}`,
    // Kept pages name the hashed assets of their version, so they go with it.
    pages: `saywire-pages-${version}`,
    // Data outlives versions (articles read offline stay readable after an update); bump the
    // number when the wire format changes incompatibly.
    data: 'saywire-data-v1',
    // The reader's theme and text size, written by the page: they outlive versions too.
    preferences: PREFERENCES_CACHE,
  };
}

/** The caches an activating worker deletes: Saywire's, not its own (other apps' are left alone). */
export function staleCaches(existing: readonly string[], version: string): string[] {
  const current = new Set(Object.values(cacheNames(version)));
  return existing.filter((name) => name.startsWith('saywire-') && !current.has(name));
}

/** At most this many pages and data files are kept; the least recently stored go first. */
export const RUNTIME_LIMITS = { pages: 50, data: 200 } as const;

/** Which entries to evict from a cache holding `keys` (oldest first) to keep at most `max`. */
export function overLimit<T>(keys: readonly T[], max: number): T[] {
  return keys.slice(0, Math.max(0, keys.length - max));
}

/**
 * How many entries a runtime cache holds after storing one more (`replaced`: the request was
 * already in it), from the count before (`undefined`: not known yet), or `null` when the cache
 * must be listed to know: first, or once it may be over `max`. The worker lists the cache (every
 * kept request, as objects made on its thread) only then, not after every store.
 */
export function countAfterStore(
  before: number | undefined,
  replaced: boolean,
  max: number,
): number | null {
  if (before === undefined) return null;
  const after = replaced ? before : before + 1;
  return after > max ? null : after;
}
