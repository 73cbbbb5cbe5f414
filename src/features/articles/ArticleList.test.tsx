import { act, screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bridgeArticle, syntheticIndex } from '../../../tests/fixtures/syntheticArticles.ts';
import { renderWithProviders } from '../../../tests/setup/renderWithProviders.tsx';
import { decodeArticleIndex } from '../../core/decodeWire.ts';

describe('article list', () => {
  it('uses fixtures that pass the wire schema', () => {
    expect(decodeArticleIndex(syntheticIndex).ok).toBe(true);
  });

  it('lists every article newest first, each headline linking to its page', async () => {
    renderWithProviders('/');
    const headlines = await screen.findAllByRole('heading', { level: 2 });
    expect(headlines.map((h) => h.textContent)).toEqual([
      'Port Ellis lantern festival draws record crowds',
      'Riverton votes to reopen the Mill Street bridge',
      'Northvale school roof repairs finish early',
    ]);
    expect(
      screen.getByRole('link', { name: 'Riverton votes to reopen the Mill Street bridge' }),
    ).toHaveAttribute('href', '/articles/riverton-bridge-vote');
  });

  it('shows date, byline, reading time, quote count, speakers and topics of an article', async () => {
    renderWithProviders('/');
    const card = await screen.findByRole('article', { name: bridgeArticle.headline });
    const date = within(card).getByText('19 November 2024');
    expect(date.tagName).toBe('TIME');
    expect(date).toHaveAttribute('dateTime', '2024-11-19');
    expect(within(card).getByText('By Jun Park')).toBeInTheDocument();
    expect(within(card).getByText('1 min read')).toBeInTheDocument();
    expect(within(card).getByText('5 quotes')).toBeInTheDocument();
    expect(card.querySelector('.card__speakers')).toHaveTextContent('Ada Brook, Tomas Vell');
    expect(within(card).getByRole('link', { name: 'Tomas Vell' })).toHaveAttribute(
      'href',
      '/speakers/tomas-vell',
    );
    expect(within(card).getByRole('link', { name: 'Transport' })).toHaveAttribute(
      'href',
      '/topics/transport',
    );
  });

  it('opens an article and a speaker from a card within the app', async () => {
    const { router, user } = renderWithProviders('/');
    const card = await screen.findByRole('article', { name: bridgeArticle.headline });
    await user.click(within(card).getByRole('link', { name: 'Tomas Vell' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/speakers/tomas-vell'));
    await act(() => router.navigate(-1));
    await user.click(await screen.findByRole('link', { name: bridgeArticle.headline }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/articles/riverton-bridge-vote'),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: bridgeArticle.headline }),
    ).toBeVisible();
  });

  it('sets the page title', async () => {
    renderWithProviders('/');
    await screen.findAllByRole('article');
    await waitFor(() => expect(document.title).toBe('Saywire'));
  });
});
