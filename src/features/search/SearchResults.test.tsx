import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { searchResponses as searchFiles } from '../../../tests/fixtures/syntheticSearch.ts';
import {
  renderWithProviders,
  type FakeResponse,
} from '../../../tests/setup/renderWithProviders.tsx';

// The first render of a file loads the whole app, and results load the engine lazily: on a busy
// machine either can take over the default second.
const SLOW = { timeout: 5_000 };
const listShown = () => screen.findAllByRole('article', {}, SLOW);
const field = () =>
  screen.getByRole('searchbox', { name: 'Search headlines, quotes and speakers' });
const status = () => screen.getByRole('status');
const requested = (fetchMock: { mock: { calls: unknown[][] } }) =>
  fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost').pathname);

describe('search', () => {
  it('fetches nothing of the index until the reader searches', async () => {
    const { fetchMock } = renderWithProviders('/', { responses: searchFiles });
    await listShown();
    expect(requested(fetchMock).filter((path) => path.includes('/search/'))).toEqual([]);
  });

  it('shows the quote’s article as the reader types, marks the words and puts the query in the URL', async () => {
    const { router, user } = renderWithProviders('/', { responses: searchFiles });
    await listShown();
    await user.type(field(), 'money belongs');

    await waitFor(
      () => expect(status()).toHaveTextContent('1 article match “money belongs”.'),
      SLOW,
    );
    const result = screen.getByRole('article', {
      name: 'Riverton votes to reopen the Mill Street bridge',
    });
    // The headline links to the quotation once the article file has told which one matched.
    await waitFor(
      () =>
        expect(within(result).getByRole('link', { name: /Riverton votes/ })).toHaveAttribute(
          'href',
          '/articles/riverton-bridge-vote#q-3',
        ),
      SLOW,
    );
    expect([...result.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'money',
      'belongs',
    ]);
    expect(within(result).getByText('— Tomas Vell')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe('?q=money+belongs'), SLOW);
  });

  it('writes the query to the URL in place, and Back from a result returns to the search', async () => {
    const { router, user } = renderWithProviders('/', { responses: searchFiles });
    await listShown();
    await user.type(field(), 'money belongs');
    await waitFor(() => expect(router.state.location.search).toBe('?q=money+belongs'), SLOW);
    // Typing replaced the list's entry rather than adding one per letter.
    expect(router.state.historyAction).toBe('REPLACE');

    const result = await screen.findByRole('article', { name: /Riverton votes/ }, SLOW);
    await user.click(within(result).getByRole('link', { name: /Riverton votes/ }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/articles/riverton-bridge-vote'),
    );
    await act(() => router.navigate(-1));
    expect(await screen.findByText('1 article match “money belongs”.', {}, SLOW)).toBeVisible();
    expect(field()).toHaveValue('money belongs');
  });

  it('takes the query of an address it is sent to over what was typed', async () => {
    const { router, user } = renderWithProviders('/', { responses: searchFiles });
    await listShown();
    await user.type(field(), 'tomas');
    await waitFor(() => expect(router.state.location.search).toBe('?q=tomas'), SLOW);
    await act(() => router.navigate('/?q=ada+brook'));
    expect(await screen.findByText('2 articles match “ada brook”.', {}, SLOW)).toBeVisible();
    expect(field()).toHaveValue('ada brook');
    await act(() => router.navigate('/'));
    expect(await screen.findAllByRole('heading', { level: 2 }, SLOW)).toHaveLength(3);
    expect(field()).toHaveValue('');
  });

  it('shows a result from the index alone: headline, date and speakers need no article file', async () => {
    const { user } = renderWithProviders('/', {
      responses: {
        ...searchFiles,
        '/data/articles/riverton-bridge-vote.json': { status: 500, body: 'down' },
      },
    });
    await listShown();
    await user.type(field(), 'tomas');
    const result = await screen.findByRole(
      'article',
      { name: 'Riverton votes to reopen the Mill Street bridge' },
      SLOW,
    );
    expect(within(result).getByRole('link', { name: /Riverton votes/ })).toHaveAttribute(
      'href',
      '/articles/riverton-bridge-vote',
    );
    expect(within(result).getByText('19 November 2024').tagName).toBe('TIME');
    expect([...result.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Tomas']);
  });

  it('focuses the field with the / shortcut', async () => {
    const { user } = renderWithProviders('/', { responses: searchFiles });
    await listShown();
    await user.keyboard('/');
    expect(field()).toHaveFocus();
    expect(field()).toHaveValue('');
  });

  it('runs the search in the URL on load, within the topic when one is chosen', async () => {
    renderWithProviders('/?q=ada+brook', { responses: searchFiles });
    expect(await screen.findByText('2 articles match “ada brook”.', {}, SLOW)).toBeInTheDocument();
    expect(field()).toHaveValue('ada brook');
    renderWithProviders('/?q=ada&topic=culture', { responses: searchFiles });
    expect(
      await screen.findByText('1 article match “ada” in this topic.', {}, SLOW),
    ).toBeInTheDocument();
  });

  it('says so when nothing matches or the words are too common, and clearing shows the list again', async () => {
    const { user, router } = renderWithProviders('/?q=zeppelin', { responses: searchFiles });
    expect(
      await screen.findByText(
        'No articles match “zeppelin”. Check the spelling or try fewer words.',
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
    await user.clear(field());
    await user.type(field(), 'the ');
    expect(await screen.findByText(/too common to search for/, {}, SLOW)).toBeInTheDocument();
    await user.clear(field());
    await waitFor(() => expect(router.state.location.search).toBe(''), SLOW);
    expect(await screen.findAllByRole('heading', { level: 2 }, SLOW)).toHaveLength(3);
  });

  it('offers Retry when the index cannot be loaded, and Retry recovers', async () => {
    // The engine keeps what it loaded for the session, and the app keeps the engine: start
    // from a fresh app.
    vi.resetModules();
    const fresh = await import('../../../tests/setup/renderWithProviders.tsx');
    fresh.renderWithProviders('/?q=bridge', {
      responses: {
        ...searchFiles,
        '/data/search/meta.json': [
          { status: 500, body: 'x' },
          searchFiles['/data/search/meta.json'] as FakeResponse,
        ],
      },
    });
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent(
      'Search is unavailable: The server answered 500 Internal Server Error when asked for the search index.',
    );
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('1 article match “bridge”.', {}, SLOW)).toBeInTheDocument();
  });
});
