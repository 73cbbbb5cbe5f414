/**
 * The reader's theme and text size, put on the `<html>` start tag of every page the worker
 * serves, so a saved dark theme or large text is there before the first paint with no blocking
 * script in the page. The page stores them (src/features/settings/preferences.ts,
 * `storeForOfflineWorker`) in a cache of their own, which the worker can read and
 * `localStorage` is not; the names and values here must stay in step with that file
 * (src/app/applySavedPreferences.test.ts checks it). Imports nothing from the page: the worker
 * is its own bundle.
 */

/** The cache holding the preferences; every worker version keeps it (`cacheNames`). */
export const PREFERENCES_CACHE = 'saywire-preferences';
/** The key of the one entry, relative to the worker's scope; never fetched from the network. */
export const PREFERENCES_KEY = 'preferences.json';

const THEMES: readonly string[] = ['light', 'dark'];
const TEXT_SIZES: readonly string[] = ['small', 'large', 'x-large'];

/**
 * The attributes (` data-theme="dark" data-text-size="large"`) for stored preferences, or `''`
 * for the defaults (follow the system, normal size) and for anything unknown: only listed
 * values reach the markup.
 */
export function preferenceAttributes(stored: unknown): string {
  if (typeof stored !== 'object' || stored === null) return '';
  const { theme, textSize } = stored as Record<string, unknown>;
  let attributes = '';
  if (typeof theme === 'string' && THEMES.includes(theme)) attributes += ` data-theme="${theme}"`;
  if (typeof textSize === 'string' && TEXT_SIZES.includes(textSize)) {
    attributes += ` data-text-size="${textSize}"`;
  }
  return attributes;
}

const HTML_START_TAG = /<html\b[^>]*>/i;

/**
 * Where attributes go in `head`: the end of its `<html …>` start tag, before the `>`; or
 * `undefined` when `head` holds no complete start tag (yet). A built page declares neither
 * attribute itself.
 */
export function htmlAttributesAt(head: string): number | undefined {
  const tag = HTML_START_TAG.exec(head);
  if (!tag) return undefined;
  return tag.index + tag[0].length - (tag[0].endsWith('/>') ? 2 : 1);
}

/** `head` with `attributes` added to its `<html>` start tag, or `undefined` if it has none. */
export function withHtmlAttributes(head: string, attributes: string): string | undefined {
  const at = htmlAttributesAt(head);
  return at === undefined ? undefined : head.slice(0, at) + attributes + head.slice(at);
}

/** How far into a page the `<html>` tag is looked for; a built page has it on its second line. */
const SEARCH_LIMIT = 4096;

const join = (...parts: Uint8Array[]) => {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
};

/**
 * A page's body with `attributes` on its `<html>` tag, streamed: only the bytes up to that tag
 * are held back, the rest flows through as it arrives, untouched. The tag is found in a
 * one-byte-per-character reading of the bytes (latin1), so its position is a byte offset
 * whatever the page's encoding does elsewhere. A page with no `<html>` tag in its first few
 * kilobytes passes unchanged.
 */
export function addHtmlAttributes(
  body: ReadableStream<Uint8Array>,
  attributes: string,
): ReadableStream<Uint8Array> {
  const added = new TextEncoder().encode(attributes);
  const bytewise = new TextDecoder('latin1');
  let held = new Uint8Array(0);
  let done = false;
  const release = (controller: TransformStreamDefaultController<Uint8Array>, at?: number) => {
    controller.enqueue(
      at === undefined ? held : join(held.subarray(0, at), added, held.subarray(at)),
    );
    done = true;
    held = new Uint8Array(0);
  };
  const rewrite = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      if (done) return controller.enqueue(chunk);
      held = join(held, chunk);
      const at = htmlAttributesAt(bytewise.decode(held));
      if (at !== undefined || held.length >= SEARCH_LIMIT) release(controller, at);
    },
    flush(controller) {
      if (!done) release(controller, htmlAttributesAt(bytewise.decode(held)));
    },
  });
  return body.pipeThrough(rewrite);
}

/**
 * A page response with the reader's preferences on its `<html>` tag; anything else (not HTML,
 * not a success, a redirect, no preferences saved) unchanged. Headers are kept but the length,
 * which the added attributes change, and the encoding: the body read here is already decoded.
 */
export function withPreferences(response: Response, attributes: string): Response {
  const type = response.headers.get('content-type') ?? '';
  if (!attributes || !response.ok || !response.body || !type.includes('text/html')) {
    return response;
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(addHtmlAttributes(response.body, attributes), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
