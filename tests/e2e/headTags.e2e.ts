import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setupBrowser, siteUrl } from './browser.ts';
import { fetchIndex } from './siteData.ts';

const { openPage } = setupBrowser();

/** What a link preview, a search engine and a bookmark read from a page's head. */
type Head = {
  title: string;
  description: string | null;
  canonical: string | null;
  type: string | null;
};

/** The head the page shows now. */
const headOf = (page: Page): Promise<Head> => page.evaluate(readHead, undefined);

/** The head the build prerendered for `path`, read from its HTML without running it. */
const prerenderedHead = (page: Page, path: string): Promise<Head> =>
  page.evaluate(async (url) => {
    const html = await (await fetch(url)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const content = (selector: string) => doc.querySelector(selector)?.getAttribute('content');
    return {
      title: doc.title,
      description: content('meta[name="description"]') ?? null,
      canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      type: content('meta[property="og:type"]') ?? null,
    };
  }, siteUrl(path));

function readHead(): Head {
  const content = (selector: string) => document.querySelector(selector)?.getAttribute('content');
  return {
    title: document.title,
    description: content('meta[name="description"]') ?? null,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    type: content('meta[property="og:type"]') ?? null,
  };
}

describe('the head follows client-side navigation', () => {
  it('gives each page reached by a link the title, description and canonical URL of its own', async () => {
    const index = await fetchIndex();
    const article = index.articles.find((summary) => summary.topics.length > 0);
    if (!article) throw new Error('the built site has no tagged articles');
    const [topic] = article.topics;
    if (!topic) throw new Error('unreachable: the article has a topic');
    const page = await openPage();
    await page.goto(siteUrl());
    const listHead = await headOf(page);

    await page.getByRole('link', { name: article.headline }).first().click();
    await page.getByRole('heading', { level: 1, name: article.headline }).waitFor();
    await expect
      .poll(() => headOf(page))
      .toEqual(await prerenderedHead(page, `articles/${article.slug}`));
    expect(await headOf(page)).toMatchObject({
      title: `${article.headline} – Saywire`,
      type: 'article',
    });
    const data = await page
      .locator('head script[type="application/ld+json"]')
      .evaluate((script) => JSON.parse(script.textContent ?? '{}') as { headline?: string });
    expect(data.headline).toBe(article.headline);

    await page
      .getByRole('main')
      .getByRole('link', { name: topic.label, exact: true })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: topic.label }).waitFor();
    const topicPath = `topics/${encodeURIComponent(topic.id)}`;
    await expect.poll(() => headOf(page)).toEqual(await prerenderedHead(page, topicPath));
    expect((await headOf(page)).canonical).toMatch(new RegExp(`/${topicPath}$`));
    expect(await page.locator('head script[type="application/ld+json"]').count()).toBe(0);

    await page.goBack();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Latest articles' }).waitFor();
    await expect.poll(() => headOf(page)).toEqual(listHead);
  });

  it('names a topic’s own page as canonical when opened at an old /?topic= address', async () => {
    const topic = (await fetchIndex()).topics.find(({ count }) => count > 0);
    if (!topic) throw new Error('the built site has no tagged articles');
    const page = await openPage();

    await page.goto(siteUrl(`?topic=${encodeURIComponent(topic.id)}`));

    await page.getByRole('heading', { level: 1, name: topic.label }).waitFor();
    await expect
      .poll(() => headOf(page))
      .toEqual(await prerenderedHead(page, `topics/${encodeURIComponent(topic.id)}`));
  });
});
