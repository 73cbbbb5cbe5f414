/**
 * Renders a URL through the app's own routes table and providers, with a fresh QueryClient and a
 * fake `fetch` that serves the synthetic fixtures, so component tests exercise what users get.
 */
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { vi } from 'vitest';
import { AppProviders } from '../../src/app/AppProviders.tsx';
import { createRoutes } from '../../src/app/routes.tsx';
import { syntheticArticles, syntheticIndex } from '../fixtures/syntheticArticles.ts';
import { syntheticListFiles } from '../fixtures/syntheticList.ts';

/** What the fake server answers for one request. */
export type FakeResponse =
  { status: number; json: unknown } | { status: number; body: string } | 'network-error';

export type RenderOptions = {
  /**
   * Answers by pathname (`/data/index.json`), overriding the fixtures. A list is served in order,
   * one entry per request, and its last entry repeats: `[{ status: 500, … }, ok]` fails once.
   */
  responses?: Record<string, FakeResponse | FakeResponse[]>;
};

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  404: 'Not Found',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function fixtureResponse(pathname: string): FakeResponse {
  if (pathname === '/data/index.json') return { status: 200, json: syntheticIndex };
  const listFile = syntheticListFiles[pathname];
  if (listFile !== undefined) return { status: 200, json: listFile };
  const slug = /^\/data\/articles\/(.+)\.json$/.exec(pathname)?.[1];
  const article = syntheticArticles.find((a) => a.slug === decodeURIComponent(slug ?? ''));
  return article ? { status: 200, json: article } : { status: 404, body: 'Not Found' };
}

function toResponse(fake: Exclude<FakeResponse, 'network-error'>): Response {
  const init = { status: fake.status, statusText: STATUS_TEXT[fake.status] ?? '' };
  return 'json' in fake
    ? new Response(JSON.stringify(fake.json), {
        ...init,
        headers: { 'Content-Type': 'application/json' },
      })
    : new Response(fake.body, init);
}

/** Renders `path` as the app would, and returns the router, client, fetch spy and a user. */
export function renderWithProviders(path: string, { responses = {} }: RenderOptions = {}) {
  const queues = new Map(
    Object.entries(responses).map(([key, value]) => [
      key,
      Array.isArray(value) ? [...value] : [value],
    ]),
  );
  const fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    const { pathname } = new URL(url, 'http://localhost');
    const queue = queues.get(pathname);
    const fake =
      (queue && queue.length > 1 ? queue.shift() : queue?.[0]) ?? fixtureResponse(pathname);
    if (fake === 'network-error') throw new TypeError('Failed to fetch');
    return toResponse(fake);
  });

  // jsdom does not lay out pages, so scrolling is recorded rather than performed.
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};
  const scrollIntoView = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});

  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const user = userEvent.setup();
  const result = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, router, queryClient, fetchMock, scrollIntoView, user };
}
