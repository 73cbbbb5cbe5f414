import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/setup/renderWithProviders.tsx';

/**
 * The idle-time pass over the filter links (`listFilterData.ts`) waits for an idle moment (a
 * 50 ms timer under jsdom) before it reads the page's links. A pass still waiting when its list
 * unmounted used to read the document anyway: when the unmount was a test file's last cleanup,
 * the pass woke after the test environment was torn down and threw "document is not defined",
 * an unhandled rejection that failed the whole run with every test passed (reproduced at
 * d0d7769 in InstantListFilters.test.tsx, 1 of 8 runs of the filter test files on one core).
 */
/** Renders the list, points at a filter link, and spies on reads of the page's links. */
async function pointAtAFilter() {
  const rendered = renderWithProviders('/');
  await screen.findAllByRole('article');
  const nav = screen.getByRole('navigation', { name: 'Filter by topic' });
  // Pointing at a filter link loads the filter code, then starts a pass, which first waits.
  await rendered.user.hover(within(nav).getByRole('link', { name: /^Culture/ }));
  return { ...rendered, reads: vi.spyOn(document, 'querySelectorAll') };
}

/**
 * The reads of the page's links from now (the list just left the page) until well after a
 * pass's wait for an idle moment (50 ms) would have ended.
 */
async function linkReadsAfterAWhile(reads: {
  mockClear: () => void;
  mock: { calls: unknown[][] };
}) {
  reads.mockClear();
  await new Promise((resolve) => setTimeout(resolve, 500));
  return reads.mock.calls.filter(([selector]) => selector === 'a[href]');
}

describe('the idle-time prefetch of the filter links', () => {
  it('starts no pass when the list left the page while the filter code loaded', async () => {
    const { unmount, reads } = await pointAtAFilter();

    unmount();

    expect(await linkReadsAfterAWhile(reads)).toEqual([]);
  });

  it('ends a pass waiting for an idle moment when the list leaves the page', async () => {
    const { unmount, reads, fetchMock } = await pointAtAFilter();
    // The pointed filter's shard is asked for once its code is here and the pass has started.
    await waitFor(() =>
      expect(fetchMock.mock.calls.map(([input]) => String(input))).toContainEqual(
        expect.stringContaining('/data/list/topics/culture.json'),
      ),
    );

    unmount();

    expect(await linkReadsAfterAWhile(reads)).toEqual([]);
  });
});
