import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/setup/renderWithProviders.tsx';

const root = document.documentElement;

afterEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
  delete root.dataset.textSize;
});

describe('settings page', () => {
  it('is reachable from the header and shows the stored choices', async () => {
    localStorage.setItem('saywire:theme', 'light');
    const { user } = renderWithProviders('/');
    await user.click(await screen.findByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    const theme = screen.getByRole('group', { name: 'Theme' });
    expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked();
    expect(theme).toContainElement(screen.getByRole('radio', { name: 'Follow system' }));
    expect(screen.getByRole('radio', { name: 'Normal' })).toBeChecked();
    // The title is set in an effect after the page's render: wait for it, as a reader would.
    await waitFor(() => expect(document.title).toBe('Settings – Saywire'));
  });

  it('applies a theme and text size at once and keeps them on the device', async () => {
    const { user } = renderWithProviders('/settings');
    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    await user.click(screen.getByRole('radio', { name: 'Extra large' }));
    expect(root.dataset).toMatchObject({ theme: 'dark', textSize: 'x-large' });
    expect(localStorage.getItem('saywire:theme')).toBe('dark');
    expect(localStorage.getItem('saywire:text-size')).toBe('x-large');

    await user.click(screen.getByRole('radio', { name: 'Follow system' }));
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(localStorage.getItem('saywire:theme')).toBe('system');
  });
});
