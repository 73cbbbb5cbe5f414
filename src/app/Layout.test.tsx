import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../tests/setup/renderWithProviders.tsx';

describe('layout', () => {
  it('has a skip link to main content and a masthead linking home', async () => {
    const { user } = renderWithProviders('/articles/riverton-bridge-vote');
    await screen.findByRole('heading', { level: 1 });
    const main = screen.getByRole('main');
    expect(main).toHaveAttribute('id', 'main');

    await user.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(main).toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Saywire' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeVisible();
  });

  it('shows a loading skeleton, not an empty page, while data is on its way', async () => {
    const { fetchMock } = renderWithProviders('/');
    fetchMock.mockImplementationOnce(() => new Promise(() => {}));
    expect(await screen.findByRole('status')).toHaveTextContent('Loading articles…');
  });

  it('moves focus to the new page after following a link', async () => {
    const { user } = renderWithProviders('/');
    await user.click(
      await screen.findByRole('link', { name: 'Riverton votes to reopen the Mill Street bridge' }),
    );
    await screen.findByRole('heading', { level: 1, name: /Riverton votes/ });
    // Focus moves in an effect after the new page commits.
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });
});
