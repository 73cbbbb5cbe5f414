import { describe, expect, it } from 'vitest';
import { prerenderedFor } from './prerenderedFor.ts';
import type { PrerenderState } from './prerenderState.ts';

const state = (href: string): PrerenderState => ({
  version: 1,
  href,
  queries: {
    mutations: [],
    queries: [
      {
        queryKey: ['article', 'a'],
        queryHash: '["article","a"]',
        dehydratedAt: 1,
        state: {
          data: { kind: 'found' },
          dataUpdateCount: 1,
          dataUpdatedAt: 1,
          error: null,
          errorUpdateCount: 0,
          errorUpdatedAt: 0,
          fetchFailureCount: 0,
          fetchFailureReason: null,
          fetchMeta: null,
          isInvalidated: false,
          status: 'success',
          fetchStatus: 'idle',
        },
      },
    ],
  },
  loaderData: { '0-1': null },
});

describe('prerenderedFor', () => {
  it('hydrates a page rendered for this very path and query, its data fresh as of now', () => {
    const found = prerenderedFor(state('/articles/a'), { pathname: '/articles/a', search: '' }, 42);

    expect(found?.loaderData).toEqual({ '0-1': null });
    expect(found?.queries.queries[0]?.state.dataUpdatedAt).toBe(42);
    expect(found?.queries.queries[0]?.dehydratedAt).toBe(42);
  });

  it('treats a trailing slash added by the host as the same page', () => {
    expect(
      prerenderedFor(state('/speakers'), { pathname: '/speakers/', search: '' }),
    ).not.toBeNull();
  });

  it('renders afresh a URL the page was not rendered for: other query, other path, no state', () => {
    expect(prerenderedFor(state('/'), { pathname: '/', search: '?topic=war' })).toBeNull();
    expect(prerenderedFor(state('/404'), { pathname: '/no/such/page', search: '' })).toBeNull();
    expect(prerenderedFor(null, { pathname: '/', search: '' })).toBeNull();
  });
});
