import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../tests/setup/renderWithProviders.tsx';

const nav = (name: string) => screen.getByRole('navigation', { name });

/**
 * The href of the link `link` in the navigation `navName` as it is when the page's heading
 * first reads `heading`: read in the microtask after that commit, before any later render (a
 * deferred one) and before the click's URL write, which waits for the next paint.
 */
function hrefWhenHeadingReads(heading: string, navName: string, link: RegExp) {
  const title = screen.getByRole('heading', { level: 1 });
  return new Promise<string | null>((resolve) => {
    const observer = new MutationObserver(() => {
      if (title.textContent !== heading) return;
      observer.disconnect();
      resolve(within(nav(navName)).getByRole('link', { name: link }).getAttribute('href'));
    });
    observer.observe(title, { childList: true, characterData: true, subtree: true });
  });
}

// A reader (or a script) may click a chip of the other facet as soon as the chosen filter's
// list shows: its link must already keep that filter. The links used to follow in a deferred
// render, which on a loaded machine came after the router had reached the chosen URL, so the
// second click dropped the first filter (InstantListFilters.test.tsx's 'quick second click'
// test failed in 2 of 4 CI-mode runs of the unit tier at load ~13).
describe('the filter links after a click on a filter', () => {
  it('keep the chosen topic in the render that shows its list', async () => {
    const { user } = renderWithProviders('/');
    await screen.findAllByRole('article');
    const speakerHref = hrefWhenHeadingReads('Transport', 'Filter by speaker', /^Tomas Vell/);

    await user.click(within(nav('Filter by topic')).getByRole('link', { name: /^Transport/ }));

    expect(await speakerHref).toBe('/topics/transport?speaker=tomas-vell');
  });

  it('keep the chosen speaker in the render that shows its list', async () => {
    const { user } = renderWithProviders('/topics/transport');
    expect(await screen.findByRole('heading', { level: 1, name: 'Transport' })).toBeVisible();
    const topicHref = hrefWhenHeadingReads('Transport · Tomas Vell', 'Filter by topic', /^Culture/);

    await user.click(within(nav('Filter by speaker')).getByRole('link', { name: /^Tomas Vell/ }));

    expect(await topicHref).toBe('/topics/culture?speaker=tomas-vell');
  });
});
