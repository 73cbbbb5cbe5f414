/// <reference lib="webworker" />
import { SHELL, type PrecacheManifest } from './precacheManifest.ts';
import {
  RUNTIME_LIMITS,
  cacheNames,
  countAfterStore,
  overLimit,
  staleCaches,
  strategyFor,
} from './requestStrategy.ts';
import { PREFERENCES_KEY, preferenceAttributes, withPreferences } from './savedPreferences.ts';

// The worker's global scope; TypeScript's DOM lib (which the app uses) does not describe it.
declare const self: ServiceWorkerGlobalScope;
/** Replaced at build time with the manifest (src/pwa/serviceWorkerPlugin.ts). */
declare const __SAYWIRE_PRECACHE__: PrecacheManifest;

const manifest = __SAYWIRE_PRECACHE__;
const names = cacheNames(manifest.version);
const scope = self.registration.scope;
const shellUrl = new URL(SHELL, scope).href;
// Vite preview and some hosts send `Vary: Accept`; the app asks for JSON, the precache did not.
const MATCH = { ignoreVary: true } as const;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(names.precache);
      // 'reload': past the HTTP cache, so the files are the ones this version was built with.
      await cache.addAll(
        manifest.urls.map((url) => new Request(new URL(url, scope), { cache: 'reload' })),
      );
      // The first worker takes over at once: nothing older can be stranded. An update waits
      // until the reader chooses Reload (the page posts SKIP_WAITING) or closes every tab.
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(
        staleCaches(await caches.keys(), manifest.version).map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING') {
    void self.skipWaiting();
  }
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const strategy = strategyFor(request, scope, manifest);
  switch (strategy) {
    case 'navigation':
      event.respondWith(
        Promise.all([
          networkFirst(request, names.pages, RUNTIME_LIMITS.pages, offlinePage),
          savedAttributes(),
        ]).then(([response, attributes]) => withPreferences(response, attributes)),
      );
      break;
    case 'data':
      event.respondWith(networkFirst(request, names.data, RUNTIME_LIMITS.data, precached));
      break;
    case 'precached':
      event.respondWith(precachedFirst(request));
      break;
    case 'none':
      break;
    default: {
      const unreachable: never = strategy;
      throw new Error(`unknown strategy ${String(unreachable)}`);
    }
  }
});

/**
 * The network's answer, kept in `cacheName` when it is a success; when the network fails, the
 * kept copy, then `fallback`. With nothing to show, the request fails as a network error would,
 * so the page tells "offline" from "not found" (and saved articles still step in).
 */
async function networkFirst(
  request: Request,
  cacheName: string,
  limit: number,
  fallback: (request: Request) => Promise<Response | undefined>,
): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      void keep(cacheName, request, copy, limit);
    }
    return response;
  } catch (error) {
    const cache = await caches.open(cacheName);
    const kept = (await cache.match(request, MATCH)) ?? (await fallback(request));
    if (kept) return kept;
    throw error;
  }
}

/** Each runtime cache's entries as this worker counts them (listed once, then counted). */
const counts = new Map<string, number>();
/** Stores run one after another, so the counts stay exact. */
let stores: Promise<void> = Promise.resolve();

/**
 * Stores a response, then evicts the least recently stored entries beyond `limit`. The cache is
 * listed only when this worker does not know its size or it may be over the limit: listing 200
 * kept responses after every store kept the worker's thread busy while the page waited for the
 * next answers (a search's first keystroke fetches a dozen files at once).
 */
function keep(cacheName: string, request: Request, response: Response, limit: number) {
  stores = stores.then(() => store(cacheName, request, response, limit)).catch(() => {});
  return stores;
}

async function store(cacheName: string, request: Request, response: Response, limit: number) {
  const cache = await caches.open(cacheName);
  // Deleting first moves the entry to the end of the list: the list is oldest first.
  const replaced = await cache.delete(request, MATCH);
  await cache.put(request, response);
  const counted = countAfterStore(counts.get(cacheName), replaced, limit);
  if (counted !== null) {
    counts.set(cacheName, counted);
    return;
  }
  const keys = await cache.keys();
  const evict = overLimit(keys, limit);
  await Promise.all(evict.map((key) => cache.delete(key)));
  counts.set(cacheName, keys.length - evict.length);
}

/** An offline navigation with no kept copy: the app shell, which then shows what it can. */
async function offlinePage(request: Request): Promise<Response | undefined> {
  const pages = await caches.open(names.pages);
  // A topic view (`/?topic=…`) kept without its query still beats the bare shell.
  return (
    (await pages.match(request, { ...MATCH, ignoreSearch: true })) ??
    (await caches.match(shellUrl, { ...MATCH, cacheName: names.precache }))
  );
}

/**
 * The `<html>` attributes for the reader's saved theme and text size (src/pwa/sw/savedPreferences.ts),
 * read for each page, so a choice made in any tab holds for the next page served; `''` when
 * none is saved or it cannot be read.
 */
async function savedAttributes(): Promise<string> {
  try {
    const cache = await caches.open(names.preferences);
    const stored = await cache.match(new URL(PREFERENCES_KEY, scope).href);
    return preferenceAttributes(stored ? await stored.json() : null);
  } catch {
    return '';
  }
}

/** The precached copy of a request's URL (the list data is precached too). */
function precached(request: Request): Promise<Response | undefined> {
  return caches.match(request.url, { ...MATCH, ignoreSearch: true, cacheName: names.precache });
}

async function precachedFirst(request: Request): Promise<Response> {
  return (await precached(request)) ?? fetch(request);
}
