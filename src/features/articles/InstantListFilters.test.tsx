import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/setup/renderWithProviders.tsx';

const headlines = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
const nav = (name: string) => screen.getByRole('navigation', { name });
const title = (name: string) => screen.findByRole('heading', { level: 1, name });

describe('choosing a filter', () => {
  it('shows the chosen filter, then writes it to the URL; Back and Forward walk the filters', async () => {
    const { router, user } = renderWithProviders('/');
    await screen.findAllByRole('article');
    const start = router.state.location.key;

    await user.click(within(nav('Filter by topic')).getByRole('link', { name: /^Transport/ }));
    expect(await title('Transport')).toBeVisible();
    expect(headlines()).toEqual(['Riverton votes to reopen the Mill Street bridge']);
    // One history entry per filter, written after the list is on screen.
    await waitFor(() => expect(router.state.location.pathname).toBe('/topics/transport'));
    expect(router.state.location.key).not.toBe(start);

    await user.click(within(nav('Filter by speaker')).getByRole('link', { name: /^Tomas Vell/ }));
    expect(await title('Transport · Tomas Vell')).toBeVisible();
    await waitFor(() => expect(router.state.location.search).toBe('?speaker=tomas-vell'));
    expect(router.state.location.pathname).toBe('/topics/transport');

    await act(() => router.navigate(-1));
    expect(await title('Transport')).toBeVisible();
    expect(router.state.location.search).toBe('');
    await act(() => router.navigate(-1));
    expect(await title('Latest articles')).toBeVisible();
    expect(headlines()).toHaveLength(3);
    await act(() => router.navigate(1));
    expect(await title('Transport')).toBeVisible();
    expect(headlines()).toEqual(['Riverton votes to reopen the Mill Street bridge']);
  });

  it('writes a quick second click’s URL when the router arrives at the first one’s page after it', async () => {
    const { router, user, queryClient } = renderWithProviders('/');
    await screen.findAllByRole('article');
    const speaker = within(nav('Filter by speaker')).getByRole('link', { name: /^Tomas Vell/ });
    // The second filter's data is loaded (a hover), so its click shows it within its own task.
    await user.hover(speaker);
    await waitFor(() =>
      expect(
        queryClient.getQueryData(['article-list-filter', 'speakers', 'tomas-vell']),
      ).toBeDefined(),
    );
    let href = '';
    const unsubscribe = router.subscribe((state) => {
      if (state.location.pathname !== '/topics/transport' || state.navigation.state !== 'idle')
        return;
      unsubscribe();
      // Before React has rendered the router's arrival at the first click's page (another route
      // than the list's first page): the second click.
      href = speaker.getAttribute('href') ?? '';
      speaker.click();
    });
    await user.click(within(nav('Filter by topic')).getByRole('link', { name: /^Transport/ }));
    await waitFor(() => expect(href).not.toBe(''));
    await waitFor(() =>
      expect(router.state.location.pathname + router.state.location.search).toBe(href),
    );
    expect(await title('Transport · Tomas Vell')).toBeVisible();
  });

  it('loads every filter link’s first screen when idle, once the reader has pointed at one', async () => {
    const { fetchMock, user } = renderWithProviders('/');
    await screen.findAllByRole('article');
    const listFiles = () =>
      fetchMock.mock.calls
        .map(([input]) => (input instanceof Request ? input.url : String(input)))
        .filter((url) => url.includes('/data/list/'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listFiles()).toEqual([]);

    await user.hover(within(nav('Filter by topic')).getByRole('link', { name: /^Culture/ }));
    await waitFor(() => {
      const files = listFiles();
      for (const file of ['topics/culture', 'topics/education', 'speakers/tomas-vell']) {
        expect(files.filter((url) => url.endsWith(`/data/list/${file}.json`))).toHaveLength(1);
      }
    });
  });

  it('shows a shard that fails to load as the page’s error, at the chosen URL, with Retry', async () => {
    const { router, user } = renderWithProviders('/', {
      responses: { '/data/list/topics/culture.json': { status: 500, body: 'down' } },
    });
    await screen.findAllByRole('article');
    await user.click(within(nav('Filter by topic')).getByRole('link', { name: /^Culture/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('500 Internal Server Error');
    expect(router.state.location.pathname).toBe('/topics/culture');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});
