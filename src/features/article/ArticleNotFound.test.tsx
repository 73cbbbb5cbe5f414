import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/setup/renderWithProviders.tsx';

describe('article not found', () => {
  it('says "Article not found" with a link home when the server has no such article', async () => {
    const { user, router } = renderWithProviders('/articles/no-such-story');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Article not found');
    expect(screen.getByText(/no-such-story/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Article not found – Saywire'));

    await user.click(screen.getByRole('link', { name: 'Back to all articles' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeVisible();
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(router.state.location.pathname).toBe('/');
  });
});
