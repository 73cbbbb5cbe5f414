import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bridgeArticle } from '../../tests/fixtures/syntheticArticles.ts';
import { renderWithProviders } from '../../tests/setup/renderWithProviders.tsx';

const OK_ARTICLE = { status: 200, json: bridgeArticle } as const;

describe('route errors', () => {
  it('names the failed file and the server status, and Retry refetches and recovers', async () => {
    const { fetchMock, user } = renderWithProviders('/', {
      responses: {
        '/data/index.json': [
          { status: 500, body: 'boom' },
          { status: 200, json: { articles: [], topics: [], total: 0, pageSize: 50, speakers: [] } },
        ],
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Couldn’t load the article index');
    expect(alert).toHaveTextContent('500 Internal Server Error');
    expect(fetchMock).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('No articles yet.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('reports malformed JSON for an article, and recovers on Retry', async () => {
    const { user } = renderWithProviders('/articles/riverton-bridge-vote', {
      responses: {
        '/data/articles/riverton-bridge-vote.json': [
          { status: 200, body: '{"slug": ' },
          OK_ARTICLE,
        ],
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Couldn’t load the article “riverton-bridge-vote”');
    expect(alert).toHaveTextContent('not valid JSON');

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: bridgeArticle.headline }),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reports data that does not match the schema, saying where', async () => {
    renderWithProviders('/articles/riverton-bridge-vote', {
      responses: {
        '/data/articles/riverton-bridge-vote.json': {
          status: 200,
          json: { ...bridgeArticle, quotes: [{ id: 'q-1' }] },
        },
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Article data is malformed at quotes.0');
  });

  it('reports an unreachable server', async () => {
    renderWithProviders('/', { responses: { '/data/index.json': 'network-error' } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not reach the server');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
    expect(screen.getByRole('link', { name: 'Saywire' })).toHaveAttribute('href', '/');
  });
});
