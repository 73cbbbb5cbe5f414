import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  bridgeArticle,
  festivalArticle,
  schoolArticle,
  syntheticIndex,
} from '../../../tests/fixtures/syntheticArticles.ts';
import { renderWithProviders } from '../../../tests/setup/renderWithProviders.tsx';

describe('related articles on an article page', () => {
  it('lists the others sharing voices and topics, best first, as links', async () => {
    const { user } = renderWithProviders(`/articles/${bridgeArticle.slug}`);
    const section = await screen.findByRole('region', { name: 'Related articles' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual([
      festivalArticle.headline,
      schoolArticle.headline,
    ]);
    expect(items[0]).toHaveTextContent('1 shared voice');
    expect(items[1]).toHaveTextContent('1 shared topic');

    await user.click(within(section).getByRole('link', { name: festivalArticle.headline }));
    expect(
      await screen.findByRole('heading', { level: 1, name: festivalArticle.headline }),
    ).toBeVisible();
  });

  it('is absent when no other article shares anything', async () => {
    renderWithProviders(`/articles/${schoolArticle.slug}`, {
      responses: {
        '/data/index.json': {
          status: 200,
          json: {
            ...syntheticIndex,
            articles: syntheticIndex.articles.filter((a) => a.slug === schoolArticle.slug),
          },
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: schoolArticle.headline });
    // Let the index arrive before checking the section never shows.
    await screen.findByRole('region', { name: 'Voices' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: 'Related articles' })).not.toBeInTheDocument();
  });

  it('leaves the article readable when the index cannot be loaded', async () => {
    renderWithProviders(`/articles/${bridgeArticle.slug}`, {
      responses: { '/data/index.json': { status: 500, body: 'boom' } },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: bridgeArticle.headline }),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Related articles' })).not.toBeInTheDocument();
  });
});
