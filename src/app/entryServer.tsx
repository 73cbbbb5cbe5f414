/**
 * The server entry: renders one route of the app to HTML at build time, through the same routes
 * table, loaders and query options as the browser, so there is no second copy of data logic.
 * The content pipeline builds this file for Node and calls it once per route (see
 * `src/content/prerender.ts`); data comes through `fetch`, which the build answers from the
 * emitted data files.
 */
import { dehydrate, type Query, type QueryClient } from '@tanstack/react-query';
import { AsyncLocalStorage } from 'node:async_hooks';
import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
  type StaticHandler,
} from 'react-router-dom';
import { listFilterQuery } from '../features/articles/api.ts';
import { AppProviders } from './AppProviders.tsx';
import { jsonForScript } from './head/escapeHtml.ts';
import { pageHeadTags, type SiteLocation } from './head/pageHead.ts';
import { pageHeadFor } from './pageHeadFor.ts';
import { fetchedAt } from './prerenderedFor.ts';
import type { PrerenderState } from './prerenderState.ts';
import { createQueryClient } from './queryClient.ts';
import { createRoutes } from './routes.tsx';

/** One route as HTML pieces for the page template. */
export type RenderedRoute = {
  /** The `<head>` tags: title, description, canonical, Open Graph, Twitter, JSON-LD. */
  head: string;
  /** The markup inside `<div id="root">`. */
  body: string;
  /** The prerender state as JSON escaped for a `<script type="application/json">` block. */
  state: string;
};

/**
 * Renders `href` (a site path with the base, `/articles/x`, optionally with a query) the way
 * the browser app will hydrate it. Any loader or render error throws: a page that cannot be
 * prerendered is a broken build, not a page to ship.
 */
export async function renderRoute(href: string, site: SiteLocation): Promise<RenderedRoute> {
  const queryClient = createQueryClient();
  const handler = staticHandlerFor(site.base);
  const url = new URL(href, 'http://prerender.invalid');
  const context = await pageQueryClient.run(queryClient, () => handler.query(new Request(url)));
  if (context instanceof Response) {
    throw new Error(`${href}: the route answered with HTTP ${context.status} instead of a page`);
  }
  if (context.errors) {
    const [error] = Object.values(context.errors);
    throw new Error(`${href}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const body = await renderToHtml(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProviders>
    </StrictMode>,
    href,
  );
  const state: PrerenderState = {
    version: 1,
    href: url.pathname + url.search,
    // Without the time it was rendered at (each query's `dehydratedAt` and `dataUpdatedAt`):
    // with it, every build's pages differed, index.html too, and so the offline worker's
    // version, which hashes the precached shell (src/pwa/precacheUrls.ts), changed with every
    // deploy of an unchanged site. The browser marks the data as fetched when it hydrates the
    // page (`prerenderedFor`), so the page has no use for the build's clock.
    queries: fetchedAt(dehydrate(queryClient, { shouldDehydrateQuery: travelsAsJson }), 0),
    loaderData: context.loaderData,
  };
  // The head names pages by their path inside the site; `pageHeadTags` adds the base back.
  const inSite = url.pathname.startsWith(site.base)
    ? `/${url.pathname.slice(site.base.length)}`
    : url.pathname;
  const location = { pathname: inSite, search: url.search };
  const head = pageHeadTags(pageHeadFor(context.matches, location, queryClient), site);
  queryClient.clear();
  return { head, body, state: jsonForScript(state) };
}

/** The query client of the page whose loaders are running (pages render concurrently). */
const pageQueryClient = new AsyncLocalStorage<QueryClient>();

/**
 * Stands in for a page's query client in the routes table: each call goes to the client of the
 * page whose loader makes it, so one routes table serves every page.
 */
const currentPageQueryClient = new Proxy(createQueryClient(), {
  get(_, property) {
    const client = pageQueryClient.getStore();
    if (!client) throw new Error('a route loader ran outside renderRoute');
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});

const staticHandlers = new Map<string, StaticHandler>();

/**
 * One static handler per base, made on first use: making one flattens and ranks the routes
 * table, ~6% of a page's CPU when it was made for every page.
 */
function staticHandlerFor(base: string): StaticHandler {
  let handler = staticHandlers.get(base);
  if (!handler) {
    handler = createStaticHandler(createRoutes(currentPageQueryClient), { basename: base });
    staticHandlers.set(base, handler);
  }
  return handler;
}

/**
 * Successful queries whose data survives JSON. A list filter's positions are a `Uint32Array`,
 * which JSON would turn into an object: the page fetches that shard again while it hydrates
 * (the prerendered list stays on screen meanwhile), which also keeps a big topic's positions
 * out of its HTML.
 */
const travelsAsJson = (query: Query): boolean =>
  query.state.status === 'success' &&
  query.queryKey[0] !== listFilterQuery('topics', '').queryKey[0];

/**
 * What `renderToString` writes for a Suspense boundary it could not finish (the fallback,
 * left for the browser to render): never in a finished render, and never in escaped text.
 */
const UNFINISHED_BOUNDARY = '<!--$!';

/**
 * The page's markup, every Suspense boundary (a lazily loaded component included) finished
 * rather than sent as a fallback, since the HTML is the whole page; any error fails the render.
 * The loaders have put the page's data in its query client, so the tree almost always renders
 * in one synchronous pass: `renderToString` gives that markup as a string, at ~7% less CPU per
 * page than reading the same markup back from a stream (10,000-article site, every page byte
 * for byte the same). A tree that suspends (a lazy component's first use) or throws is rendered
 * again the waiting way, which reports the error with the page's address.
 */
async function renderToHtml(element: ReactNode, href: string): Promise<string> {
  let html: string | null = null;
  try {
    html = renderToString(element);
  } catch {
    // A suspension or error outside every boundary: the waiting render says which.
  }
  if (html === null || html.includes(UNFINISHED_BOUNDARY)) return prerenderToHtml(element, href);
  // Text is escaped, so a <script here could only be React's own code: never ship it.
  if (html.includes('<script')) throw new Error(`${href}: the render contains an inline <script>`);
  return html;
}

/** Waits for every Suspense boundary, which `renderToString` does not; any error fails it. */
async function prerenderToHtml(element: ReactNode, href: string): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(element, {
    // React outlines a boundary bigger than this (12.8 kB by default) and swaps it in with an
    // inline script, which the CSP blocks: a static page keeps every boundary in place.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
    onError: (error) => {
      errors.push(error);
    },
  });
  const html = await streamText(prelude);
  // Text is escaped, so a <script here could only be React's own streaming code: never ship it.
  if (html.includes('<script')) errors.push(new Error('the render contains an inline <script>'));
  if (errors.length > 0) {
    const [error] = errors;
    throw new Error(`${href}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return html;
}

/**
 * A byte stream's text. Chunks may split a multi-byte character, so they are joined before
 * decoding; read through events, which cost less than the stream's async iterator.
 */
function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer | Uint8Array | string) => {
      chunks.push(
        typeof chunk === 'string'
          ? Buffer.from(chunk)
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength),
      );
    });
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}
