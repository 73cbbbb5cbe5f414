import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { syntheticArticles, syntheticIndex } from '../../tests/fixtures/syntheticArticles.ts';
import { renderWithProviders } from '../../tests/setup/renderWithProviders.tsx';
import { buildListData } from '../content/buildIndex.ts';
import { toSummary } from '../core/article/toSummary.ts';

/** The synthetic articles laid out one per page, so every row but the first is on a page of its own. */
const onePerPage = buildListData(
  syntheticArticles.map(toSummary),
  {
    topics: syntheticIndex.topics.map(({ id, label }) => ({
      id,
      label,
      anyOf: [{ allOf: [[id]], minMentions: 1 }],
    })),
  },
  1,
);
const files = {
  '/data/index.json': { status: 200, json: onePerPage.index },
  ...Object.fromEntries(
    onePerPage.topics.map((s) => [`/data/list/topics/${s.id}.json`, { status: 200, json: s }]),
  ),
  ...Object.fromEntries(
    onePerPage.speakers.map((s) => [`/data/list/speakers/${s.id}.json`, { status: 200, json: s }]),
  ),
};
/**
 * Forty synthetic summaries (fictional), newest first, pages of five: Rail at positions 0–19 and
 * 30–39, Ada Brook at 20–39. Both at 30–39: past both shards' first twelve but two (30, 31).
 */
const scattered = buildListData(
  Array.from({ length: 40 }, (_, i) => ({
    slug: `story-${i}`,
    headline: `Story ${i}`,
    summary: `Synthetic story ${i}.`,
    date: new Date(Date.UTC(2024, 0, 60 - i)).toISOString().slice(0, 10),
    byline: null,
    readingMinutes: 1,
    quoteCount: i >= 20 ? 1 : 0,
    topics: i < 20 || i >= 30 ? [{ id: 'rail', label: 'Rail' }] : [],
    speakers: i >= 20 ? [{ id: 'ada-brook', name: 'Ada Brook' }] : [],
  })),
  { topics: [{ id: 'rail', label: 'Rail', anyOf: [{ allOf: [['rail']], minMentions: 1 }] }] },
  5,
);
const scatteredFiles = {
  '/data/index.json': { status: 200, json: scattered.index },
  '/data/list/topics/rail.json': { status: 200, json: scattered.topics[0] },
  '/data/list/speakers/ada-brook.json': { status: 200, json: scattered.speakers[0] },
  ...Object.fromEntries(
    scattered.pages.map((page) => [
      `/data/list/pages/${page.page}.json`,
      { status: 200, json: page },
    ]),
  ),
  '/data/list/pairs/rail/ada-brook.json': { status: 200, json: scattered.pairs[0] },
};

const requested = (fetchMock: { mock: { calls: unknown[][] } }) =>
  fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost').pathname);

describe('list filters at scale', () => {
  it('shows a filtered list from its shard alone, without fetching pages of summaries', async () => {
    const { fetchMock } = renderWithProviders('/?topic=local-government', { responses: files });
    const rows = await screen.findAllByRole('heading', { level: 2 });
    expect(rows.map((h) => h.textContent)).toEqual([
      'Riverton votes to reopen the Mill Street bridge',
      'Northvale school roof repairs finish early',
    ]);
    expect(requested(fetchMock).filter((p) => p.startsWith('/data/list/pages/'))).toEqual([]);
  });

  it('combines a topic and a speaker from their shards', async () => {
    renderWithProviders('/?topic=transport&speaker=ada-brook', { responses: files });
    const rows = await screen.findAllByRole('heading', { level: 2 });
    expect(rows.map((h) => h.textContent)).toEqual([
      'Riverton votes to reopen the Mill Street bridge',
    ]);
  });

  it("shows a topic and a speaker's first rows from their pair file, without fetching pages", async () => {
    const { fetchMock } = renderWithProviders('/?topic=rail&speaker=ada-brook', {
      responses: scatteredFiles,
    });
    expect(await screen.findByText(/10 articles/)).toBeInTheDocument();
    const rows = await screen.findAllByRole('heading', { level: 2 });
    expect(rows.map((h) => h.textContent)).toEqual(
      Array.from({ length: rows.length }, (_, i) => `Story ${30 + i}`),
    );
    expect(rows.length).toBeGreaterThan(2);
    expect(requested(fetchMock)).toContain('/data/list/pairs/rail/ada-brook.json');
    expect(requested(fetchMock).filter((p) => p.startsWith('/data/list/pages/'))).toEqual([]);
  });

  it('starts loading a topic when the pointer reaches its chip, before the click', async () => {
    const { fetchMock, user } = renderWithProviders('/');
    await screen.findAllByRole('article');
    const nav = screen.getByRole('navigation', { name: 'Filter by topic' });
    expect(requested(fetchMock)).not.toContain('/data/list/topics/culture.json');
    await user.hover(within(nav).getByRole('link', { name: /^Culture/ }));
    await waitFor(() => expect(requested(fetchMock)).toContain('/data/list/topics/culture.json'));
  });

  it('leaves a modified click on a chip to the browser (a new tab), and follows a plain one', async () => {
    const { router, user } = renderWithProviders('/');
    await screen.findAllByRole('article');
    const nav = screen.getByRole('navigation', { name: 'Filter by topic' });
    const culture = within(nav).getByRole('link', { name: /^Culture/ });
    // jsdom does not open tabs: preventing the default would be the app's doing.
    const seen: boolean[] = [];
    const record = (event: Event) => seen.push(event.defaultPrevented);
    document.addEventListener('click', record);
    await user.keyboard('{Control>}');
    await user.click(culture);
    await user.keyboard('{/Control}');
    expect(seen).toEqual([false]);
    expect(router.state.location.pathname).toBe('/');
    expect(router.state.location.search).toBe('');
    await user.click(culture);
    document.removeEventListener('click', record);
    expect(seen).toEqual([false, true]);
    await waitFor(() => expect(router.state.location.pathname).toBe('/topics/culture'));
  });
});
