import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../tests/setup/renderWithProviders.tsx';

describe('unknown paths', () => {
  it('shows a 404 page with a way home', async () => {
    const { user } = renderWithProviders('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/not found/i);
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Page not found – Saywire'));

    await user.click(screen.getByRole('link', { name: 'Go to the front page' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeVisible();
    expect(screen.getAllByRole('article')).toHaveLength(3);
  });
});
