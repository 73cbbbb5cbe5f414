import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/setup/renderWithProviders.tsx';

/**
 * Focusing the search field loads the engine ahead of the first keystroke (`SearchField.tsx`).
 * That load can fail (offline, or a new deployment removed the old chunk), and the page can go
 * away while it is under way (a test's environment torn down): either way the failure is the
 * search's to show when the reader searches, never an unhandled rejection, which fails a test
 * run with every test passed.
 */
const engineLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('./searchEngine.ts', () => {
  engineLoads.count++;
  throw new Error('the search engine could not load');
});

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('the search field’s preload', () => {
  it('leaves no error unhandled when the search engine cannot load, and searching then says search is unavailable', async () => {
    process.on('unhandledRejection', onUnhandled);
    const { user } = renderWithProviders('/');
    await screen.findAllByRole('article');
    const field = screen.getByRole('searchbox', { name: 'Search headlines, quotes and speakers' });

    await user.click(field);
    await vi.waitFor(() => expect(engineLoads.count).toBeGreaterThan(0), { timeout: 10_000 });
    // Node reports a rejection nobody handled once the microtasks after it have run.
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(unhandled).toEqual([]);
    await user.type(field, 'rail');
    expect(await screen.findByText(/^Search is unavailable/)).toBeVisible();
    expect(unhandled).toEqual([]);
  });
});
