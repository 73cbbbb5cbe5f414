import { act, screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/setup/renderWithProviders.tsx';

const headlines = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
const filterNav = () => screen.getByRole('navigation', { name: 'Filter by topic' });

describe('topic filter', () => {
  it('offers every topic as a link with its article count, "All topics" current', async () => {
    renderWithProviders('/');
    await screen.findAllByRole('article');
    const all = within(filterNav()).getByRole('link', { name: 'All topics 3 articles' });
    expect(all).toHaveAttribute('aria-current', 'page');
    const local = within(filterNav()).getByRole('link', { name: 'Local government 2 articles' });
    expect(local).toHaveAttribute('href', '/topics/local-government');
    expect(local).not.toHaveAttribute('aria-current');
  });

  it('filters the list and the URL when a topic chip is clicked, and clearing restores it', async () => {
    const { router, user } = renderWithProviders('/');
    await screen.findAllByRole('article');

    await user.click(within(filterNav()).getByRole('link', { name: /^Culture/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Culture' })).toBeInTheDocument();
    // The list shows first; the URL follows once it is painted.
    await waitFor(() => expect(router.state.location.pathname).toBe('/topics/culture'));
    expect(headlines()).toEqual(['Port Ellis lantern festival draws record crowds']);
    expect(within(filterNav()).getByRole('link', { name: /^Culture/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByText(/1 article about/)).toHaveTextContent('1 article about Culture');
    await waitFor(() => expect(document.title).toBe('Culture – Saywire'));

    await user.click(screen.getByRole('link', { name: /Clear filter/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeVisible();
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(router.state.location.search).toBe('');
    expect(headlines()).toHaveLength(3);
  });

  it('goes back to the previous filter with the back button', async () => {
    const { router, user } = renderWithProviders('/topics/transport');
    await screen.findAllByRole('article');
    await user.click(within(filterNav()).getByRole('link', { name: /^Education/ }));
    await screen.findByRole('heading', { level: 1, name: 'Education' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/topics/education'));

    await act(() => router.navigate(-1));
    expect(await screen.findByRole('heading', { level: 1, name: 'Transport' })).toBeVisible();
    expect(headlines()).toEqual(['Riverton votes to reopen the Mill Street bridge']);
  });

  it('goes back to the previous filter when Back comes before the new URL is rendered', async () => {
    const { router, user } = renderWithProviders('/topics/transport');
    await screen.findAllByRole('article');
    // The reader presses Back as soon as the router has reached the clicked filter's URL, before
    // React has rendered that arrival: the Back lands on the very location the click was made on.
    let wentBack = false;
    const unsubscribe = router.subscribe((state) => {
      if (state.location.pathname !== '/topics/education' || state.navigation.state !== 'idle')
        return;
      unsubscribe();
      void router.navigate(-1);
      wentBack = true;
    });
    await user.click(within(filterNav()).getByRole('link', { name: /^Education/ }));
    await waitFor(() => expect(wentBack).toBe(true));
    await waitFor(() => expect(router.state.location.pathname).toBe('/topics/transport'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Transport' })).toBeVisible();
    expect(headlines()).toEqual(['Riverton votes to reopen the Mill Street bridge']);
    expect(within(filterNav()).getByRole('link', { name: /^Transport/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('filters from a topic chip on an article card too', async () => {
    const { router, user } = renderWithProviders('/');
    const card = await screen.findByRole('article', { name: /Northvale school roof/ });
    await user.click(within(card).getByRole('link', { name: 'Education' }));
    await screen.findByRole('heading', { level: 1, name: 'Education' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/topics/education'));
    expect(headlines()).toEqual(['Northvale school roof repairs finish early']);
  });

  it('still filters by an old bookmarked /?topic= address, and its chips lead to /topics/…', async () => {
    const { router, user } = renderWithProviders('/?topic=transport');
    expect(await screen.findByRole('heading', { level: 1, name: 'Transport' })).toBeVisible();
    expect(headlines()).toEqual(['Riverton votes to reopen the Mill Street bridge']);

    await user.click(within(filterNav()).getByRole('link', { name: /^Education/ }));
    await screen.findByRole('heading', { level: 1, name: 'Education' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/topics/education'));
  });

  it('says when a topic id is unknown and offers to show everything', async () => {
    const { user } = renderWithProviders('/topics/volcanoes');
    expect(await screen.findByText(/There is no topic called/)).toHaveTextContent('“volcanoes”');
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    await waitFor(() => expect(document.title).toBe('Unknown topic – Saywire'));

    await user.click(screen.getByRole('link', { name: 'Show all articles' }));
    expect(await screen.findAllByRole('article')).toHaveLength(3);
  });

  it('shows an empty state when a known topic has no articles', async () => {
    renderWithProviders('/?topic=weather');
    expect(await screen.findByText('No articles about Weather yet.')).toBeInTheDocument();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByRole('link', { name: /Clear filter/ })).toHaveAttribute('href', '/');
  });

  it('shows an empty state when there are no articles at all', async () => {
    renderWithProviders('/', {
      responses: {
        '/data/index.json': {
          status: 200,
          json: { articles: [], topics: [], total: 0, pageSize: 50, speakers: [] },
        },
      },
    });
    expect(await screen.findByText('No articles yet.')).toBeInTheDocument();
  });
});
