import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/core/search/parseQuery.ts';
import { isIndexable, tokenize } from '../../src/core/search/searchTokens.ts';
import type { Article } from '../../src/core/schema.ts';
import { setupBrowser } from './browser.ts';
import { startScaleSite, type ScaleSite } from './scaleSite.ts';

/** Generated articles: enough for many pages, shards and a long scroll; fast enough for CI. */
const COUNT = 400;
const DOM_BUDGET = 800;

let site: ScaleSite | undefined;
const { openPage } = setupBrowser();

beforeAll(async () => {
  site = await startScaleSite(COUNT, 7);
}, 600_000);
afterAll(async () => {
  await site?.close();
});

const built = (): ScaleSite => {
  if (!site) throw new Error('the scale site did not start');
  return site;
};

/**
 * Scrolls the list from top to bottom, collecting each row's place and headline link once its
 * page of summaries has arrived; checks the page's element count at every step.
 */
async function readWholeList(page: Page): Promise<{ slugs: string[]; maxElements: number }> {
  const seen = new Map<number, string>();
  let maxElements = 0;
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let step = 0; step < 2000; step++) {
    await page.waitForFunction(() => !document.querySelector('.article-list .card--pending'));
    const state = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('.article-list > li[aria-posinset]')].map(
        (li) => ({
          at: Number(li.getAttribute('aria-posinset')),
          size: Number(li.getAttribute('aria-setsize')),
          href: li.querySelector('.card__headline a')?.getAttribute('href') ?? '',
        }),
      );
      const atEnd = window.scrollY + window.innerHeight >= document.body.scrollHeight - 2;
      window.scrollBy(0, window.innerHeight * 0.8);
      return { rows, atEnd, elements: document.getElementsByTagName('*').length };
    });
    maxElements = Math.max(maxElements, state.elements);
    for (const row of state.rows) seen.set(row.at, row.href.replace('/articles/', ''));
    const size = state.rows[0]?.size ?? 0;
    if (state.atEnd && seen.has(size)) break;
    await page.waitForTimeout(30);
  }
  const slugs = [...seen].sort(([a], [b]) => a - b).map(([, slug]) => slug);
  return { slugs, maxElements };
}

const withTopic = (articles: Article[], id: string) =>
  articles.filter((a) => a.topics.some((t) => t.id === id));
const withSpeaker = (articles: Article[], id: string) =>
  articles.filter((a) => a.speakers.some((s) => s.id === id));

describe('the list at scale', () => {
  it('shows exactly the articles of a topic, in order, within the DOM budget to the end', async () => {
    const { articles, url } = built();
    const counts = new Map<string, number>();
    for (const a of articles)
      for (const t of a.topics) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
    const [topic] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (!topic) throw new Error('no topic in the generated corpus');
    const expected = withTopic(articles, topic).map((a) => a.slug);
    expect(expected.length).toBeGreaterThan(20);

    const page = await openPage();
    await page.goto(url(`?topic=${topic}`));
    await page
      .getByRole('status')
      .filter({ hasText: `${expected.length} articles about` })
      .waitFor();
    const { slugs, maxElements } = await readWholeList(page);
    expect(slugs).toEqual(expected);
    expect(maxElements).toBeLessThanOrEqual(DOM_BUDGET);
  });

  it('keeps the next article ready below the screen after a filter click, and one more as the reader scrolls', async () => {
    const { url } = built();
    const page = await openPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url());
    /** The rows below the viewport, each with its place and whether its article has arrived. */
    const below = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.article-list > li[aria-posinset]:not([hidden])')]
          .filter((li) => li.getBoundingClientRect().top >= window.innerHeight)
          .map((li) => ({
            at: Number(li.getAttribute('aria-posinset')),
            ready: li.querySelector('.card__headline a') !== null,
          })),
      );
    const chip = page.getByRole('navigation', { name: 'Filter by topic' }).getByRole('link').nth(1);
    const label = (await chip.evaluate((a) => a.firstChild?.textContent ?? '')).trim();
    await chip.click();
    await page.getByRole('heading', { level: 1, name: label }).waitFor();
    // One row waits below the screen with its article (the list's overscan), not three: fewer
    // cards for the frames after a click to render, lay out and paint.
    await expect.poll(below).toEqual([{ at: expect.any(Number), ready: true }]);
    const [next] = await below();
    // Scrolled until the row that waited is on screen (rows differ in height, and the list may
    // still be growing, so the scroll is repeated until it holds), the one after it waits below.
    const scrolledBelow = async () => {
      await page.evaluate((at) => {
        const row = document.querySelector(`.article-list > li[aria-posinset="${at}"]`);
        const bottom = row?.getBoundingClientRect().bottom ?? window.innerHeight;
        window.scrollBy(0, Math.ceil(bottom - window.innerHeight));
      }, next?.at ?? 0);
      return below();
    };
    await expect.poll(scrolledBelow).toEqual([{ at: (next?.at ?? 0) + 1, ready: true }]);
  });

  it('shows a phone the first article on its first screen, without sideways scrolling', async () => {
    // Fifty topics and many voices: their filters must not push the list off the screen.
    const page = await openPage({ viewport: { width: 360, height: 740 } });
    await page.goto(built().url());
    const first = page.locator('.article-list .card__headline').first();
    const box = await first.boundingBox();
    expect(box?.y ?? Infinity).toBeLessThan(740);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
  });

  it('keeps the DOM within budget anywhere in the unfiltered list, and reaches its end', async () => {
    const { articles, url } = built();
    const page = await openPage({ viewport: { width: 360, height: 740 } });
    await page.goto(url());
    await page.locator('.article-list .card__headline').first().waitFor();
    let maxElements = 0;
    for (const at of [0, 0.25, 0.5, 0.75, 1]) {
      await page.evaluate((at) => window.scrollTo(0, document.body.scrollHeight * at), at);
      await page.waitForTimeout(100);
      await page.waitForFunction(() => !document.querySelector('.article-list .card--pending'));
      const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      maxElements = Math.max(maxElements, elements);
    }
    const last = page.locator(
      `.article-list > li[aria-posinset="${articles.length}"] .card__headline a`,
    );
    expect(await last.getAttribute('href')).toBe(`/articles/${articles.at(-1)?.slug}`);
    expect(maxElements).toBeLessThanOrEqual(DOM_BUDGET);
  });

  it('combines a topic and a speaker, and both survive a reload', async () => {
    const { articles, url } = built();
    // The speaker quoted in the most articles, and the topic most of those share.
    const bySpeaker = new Map<string, number>();
    for (const a of articles)
      for (const s of a.speakers) bySpeaker.set(s.id, (bySpeaker.get(s.id) ?? 0) + 1);
    const [speaker] = [...bySpeaker].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (!speaker) throw new Error('no speaker in the generated corpus');
    const theirs = withSpeaker(articles, speaker);
    const topicCounts = new Map<string, number>();
    for (const a of theirs)
      for (const t of a.topics) topicCounts.set(t.id, (topicCounts.get(t.id) ?? 0) + 1);
    const [topic] = [...topicCounts].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (!topic) throw new Error('the speaker has no topic');
    const expected = withTopic(theirs, topic).map((a) => a.slug);

    const page = await openPage();
    const query = `?topic=${topic}&speaker=${speaker}`;
    await page.goto(url(query));
    const status = page.getByRole('status').filter({ hasText: /quoting/ });
    await status.waitFor();
    expect(await status.textContent()).toContain(`${expected.length} article`);
    expect((await readWholeList(page)).slugs).toEqual(expected);

    await page.reload();
    await status.waitFor();
    expect(new URL(page.url()).search).toBe(query);
    expect(await status.textContent()).toContain(`${expected.length} article`);
  });

  it('finds a known quotation of an old article, with exactly the articles that hold its words', async () => {
    const { articles, url } = built();
    // Every article's indexed words, to count by hand which articles a query must find.
    const words = articles.map(
      (a) =>
        new Set(
          [a.headline, a.summary, ...a.quotes.map((q) => q.text), ...a.speakers.map((s) => s.name)]
            .flatMap((text) => tokenize(text).map((t) => t.term))
            .filter(isIndexable),
        ),
    );
    const matching = (raw: string) => {
      const { terms, prefix } = parseQuery(raw);
      return articles.filter(
        (_, i) =>
          terms.every((term) => words[i]?.has(term)) &&
          (prefix === null || [...(words[i] ?? [])].some((w) => w.startsWith(prefix))),
      );
    };
    // A quotation from the older half whose first six searchable words few articles share, so
    // its article is on the first page of results (newest first).
    let known: { article: Article; query: string; expected: Article[] } | null = null;
    for (const article of articles.slice(articles.length >> 1)) {
      for (const quote of article.quotes) {
        const query = tokenize(quote.text)
          .filter((t) => isIndexable(t.term))
          .slice(0, 6)
          .map((t) => quote.text.slice(t.start, t.end))
          .join(' ');
        const expected = matching(query);
        if (query.split(' ').length === 6 && expected.length <= 10) {
          known = { article, query, expected };
          break;
        }
      }
      if (known) break;
    }
    if (!known) throw new Error('no quotation with six searchable words in the older half');
    const { article, query, expected } = known;
    expect(expected.map((a) => a.slug)).toContain(article.slug);

    const page = await openPage();
    await page.goto(url(`?q=${encodeURIComponent(query)}`));
    const status = page.getByRole('status').filter({ hasText: /match/ });
    await status.waitFor();
    expect(await status.textContent()).toBe(
      `${expected.length} ${expected.length === 1 ? 'article' : 'articles'} match “${query}”.`,
    );
    const results = page.getByRole('region', { name: 'Search results' }).getByRole('article');
    expect(
      await results.evaluateAll((cards) => cards.map((c) => c.querySelector('h2')?.textContent)),
    ).toEqual(expected.map((a) => a.headline));
    const result = page.getByRole('article', { name: article.headline });
    await expect
      .poll(() => result.getByRole('link').first().getAttribute('href'))
      .toMatch(new RegExp(`^/articles/${article.slug}#q-\\d+$`));
  });
});
