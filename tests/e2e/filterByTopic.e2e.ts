import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUrl, setupBrowser } from './browser.ts';
import { fetchIndex } from './siteData.ts';

const { openPage } = setupBrowser();

/** The distinct article pages the list links to, by slug. */
async function listedSlugs(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('a[href*="/articles/"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  return [...new Set(hrefs.map((href) => href.split('/articles/')[1] ?? ''))].sort();
}

describe('filtering by topic', () => {
  it('keeps the topic in the URL (/topics/<id>), survives a reload and undoes with Back', async () => {
    const index = await fetchIndex();
    const everything = index.articles.map(({ slug }) => slug).sort();
    const page = await openPage();
    await page.goto(siteUrl());
    await expect.poll(() => listedSlugs(page)).toEqual(everything);

    const chip = page.locator('a[href*="/topics/"]').first();
    const topicPath = new URL((await chip.getAttribute('href')) ?? '', page.url()).pathname;
    const topic = decodeURIComponent(topicPath.split('/').at(-1) ?? '');
    const tagged = index.articles
      .filter((article) => article.topics.some(({ id }) => id === topic))
      .map(({ slug }) => slug)
      .sort();
    await chip.click();

    await page.waitForURL((url) => url.pathname === topicPath);
    await expect.poll(() => listedSlugs(page)).toEqual(tagged);

    await page.reload();
    expect(new URL(page.url()).pathname).toBe(topicPath);
    await expect.poll(() => listedSlugs(page)).toEqual(tagged);

    await page.goBack();
    await page.waitForURL((url) => !url.pathname.includes('/topics/'));
    await expect.poll(() => listedSlugs(page)).toEqual(everything);

    // A speaker chosen on top of the topic is an entry of its own: Back returns to the topic.
    await page.goForward();
    await page.waitForURL((url) => url.pathname === topicPath);
    const speakerChip = page
      .getByRole('navigation', { name: 'Filter by speaker' })
      .locator('a[href*="speaker="]')
      .first();
    const speakerHref = new URL((await speakerChip.getAttribute('href')) ?? '', page.url());
    await speakerChip.click();
    await page.waitForURL((url) => url.search === speakerHref.search);
    expect(new URL(page.url()).pathname).toBe(topicPath);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === topicPath && url.search === '');
    await expect.poll(() => listedSlugs(page)).toEqual(tagged);

    // An address bookmarked before topics had pages of their own still filters.
    await page.goto(siteUrl(`?topic=${encodeURIComponent(topic)}`));
    await expect.poll(() => listedSlugs(page)).toEqual(tagged);
  });

  it('hydrates a reloaded topic page when Back leaves it before its list has hydrated', async () => {
    const page = await openPage();
    await page.goto(siteUrl());
    const chip = page.locator('a[href*="/topics/"]').first();
    const topicPath = new URL((await chip.getAttribute('href')) ?? '', page.url()).pathname;
    const shardPath = `/data/list/topics/${topicPath.split('/').at(-1) ?? ''}.json`;
    await chip.click();
    await page.waitForURL((url) => url.pathname === topicPath);

    // After a reload, the entry the click pushed and the one before it share the reloaded page:
    // Back is a move within it. The list hydrates once its topic's shard is in (positions are
    // typed arrays, not in the page); Back right then, with the CPU slowed so that hydrating
    // takes long enough to be overtaken, used to hydrate the topic's prerendered heading with
    // the front page's "Latest articles" (React #418, 1 CI run in 4).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    // Not page.reload(), which waits for the app (browser.ts): the shard may come first.
    await Promise.all([page.waitForEvent('framenavigated'), cdp.send('Page.reload')]);
    await page.waitForResponse((response) => new URL(response.url()).pathname.endsWith(shardPath));
    await page.goBack();
    await page.waitForURL((url) => !url.pathname.includes('/topics/'));
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 10_000 })
      .toBe('Latest articles');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });
});
