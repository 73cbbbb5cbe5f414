import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { syntheticIndex } from '../../../tests/fixtures/syntheticArticles.ts';
import type { ArticleSummary } from '../../core/schema.ts';
import { WindowedArticleList } from './WindowedArticleList.tsx';

/** Ten summaries made from the synthetic ones, each with a headline naming its place. */
const summaries: ArticleSummary[] = Array.from({ length: 10 }, (_, i) => {
  const base = syntheticIndex.articles[i % syntheticIndex.articles.length];
  if (!base) throw new Error('the synthetic index has no articles');
  return { ...base, slug: `${base.slug}-${i}`, headline: `Story ${i}` };
});

const rows = () =>
  screen.getAllByRole('listitem').filter((item) => item.hasAttribute('aria-posinset'));
const headlines = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

function List({ order, known }: { order: number[]; known: ReadonlyMap<number, ArticleSummary> }) {
  return (
    <WindowedArticleList
      count={order.length}
      positionAt={(i) => order[i] ?? 0}
      pageSize={50}
      firstPage={summaries}
      known={known}
      emptyMessage="No articles yet."
    />
  );
}

const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });

function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <MemoryRouter>{children}</MemoryRouter>
    </QueryClientProvider>
  );
}

describe('the windowed list', () => {
  it('shows a new list’s whole first screen, the rows below the viewport included', async () => {
    // jsdom lays nothing out, so the window is the first screen before any measure: six rows.
    const newestFirst = summaries.map((_, i) => i);
    const { rerender, container } = render(<List order={newestFirst} known={new Map()} />, {
      wrapper: Providers,
    });
    expect(headlines()).toEqual(['Story 0', 'Story 1', 'Story 2', 'Story 3', 'Story 4', 'Story 5']);

    // Another filter: a new list (its `known` summaries are new). Its rows beyond the viewport
    // come in a render after the first, and every row says its place in the new list.
    rerender(<List order={[9, 7, 5, 3, 1]} known={new Map()} />);
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(headlines()).toEqual(['Story 9', 'Story 7', 'Story 5', 'Story 3', 'Story 1']);
    // The previous list's rows, hidden while they wait for the deferred render, are gone.
    await waitFor(() => expect(container.querySelectorAll('.article-list > li')).toHaveLength(5));
    expect(rows().map((row) => row.getAttribute('aria-posinset'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(rows().every((row) => row.getAttribute('aria-setsize') === '5')).toBe(true);
  });
});
