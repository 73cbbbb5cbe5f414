import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bridgeArticle, schoolArticle } from '../../../tests/fixtures/syntheticArticles.ts';
import { renderWithProviders } from '../../../tests/setup/renderWithProviders.tsx';
import { listSaved, saveArticle, savedArticle } from './savedStore.ts';
import { toSummary } from '../../core/article/toSummary.ts';

afterEach(() => localStorage.clear());

const saveButton = (headline: string) => screen.getByRole('button', { name: `Save “${headline}”` });

describe('saving articles', () => {
  it('saves from the list (article included, for offline reading) and lists it on /saved', async () => {
    const { user, router } = renderWithProviders('/');
    await screen.findByRole('heading', { level: 1, name: 'Latest articles' });
    const toggle = saveButton(bridgeArticle.headline);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(savedArticle(bridgeArticle.slug)).toEqual(bridgeArticle));

    await user.click(screen.getByRole('link', { name: 'Saved' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Saved articles' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/saved');
    const [card, ...others] = screen.getAllByRole('article');
    expect(others).toHaveLength(0);
    expect(
      within(card as HTMLElement).getByRole('link', { name: bridgeArticle.headline }),
    ).toBeVisible();
  });

  it('shows the newest saved first, and unsaving removes it from /saved', async () => {
    saveArticle(toSummary(bridgeArticle), bridgeArticle, new Date('2025-01-01T00:00:00Z'));
    saveArticle(toSummary(schoolArticle), schoolArticle, new Date('2025-02-01T00:00:00Z'));
    const { user } = renderWithProviders('/saved');
    await screen.findByRole('heading', { level: 1, name: 'Saved articles' });
    expect(
      screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent),
    ).toEqual([schoolArticle.headline, bridgeArticle.headline]);

    await user.click(saveButton(schoolArticle.headline));
    await user.click(saveButton(bridgeArticle.headline));
    expect(await screen.findByRole('status')).toHaveTextContent('Nothing saved yet.');
    expect(listSaved()).toEqual([]);
  });

  it('saves from the article page with the article itself', async () => {
    const { user } = renderWithProviders(`/articles/${bridgeArticle.slug}`);
    await screen.findByRole('heading', { level: 1, name: bridgeArticle.headline });
    const toggle = saveButton(bridgeArticle.headline);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(savedArticle(bridgeArticle.slug)).toEqual(bridgeArticle);
  });

  it('reads a saved article from the device when the network fails', async () => {
    saveArticle(toSummary(bridgeArticle), bridgeArticle);
    renderWithProviders(`/articles/${bridgeArticle.slug}`, {
      responses: { [`/data/articles/${bridgeArticle.slug}.json`]: 'network-error' },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: bridgeArticle.headline }),
    ).toBeVisible();
    expect(saveButton(bridgeArticle.headline)).toHaveAttribute('aria-pressed', 'true');
  });

  it('still reports the network failure for an article that is not saved', async () => {
    renderWithProviders(`/articles/${bridgeArticle.slug}`, {
      responses: { [`/data/articles/${bridgeArticle.slug}.json`]: 'network-error' },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not reach the server');
  });
});
