import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUrl, setupBrowser } from './browser.ts';
import { firstArticle } from './siteData.ts';

const { openPage } = setupBrowser();

/** Resolves once the offline worker has installed (precached the shell) and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Whether a data request nobody has made yet reaches the server: offline, it must not. */
const reachesServer = (page: Page) =>
  page.evaluate(
    (url) =>
      fetch(url).then(
        () => true,
        () => false,
      ),
    siteUrl('data/speakers.json?probe'),
  );

const quoteMarks = (page: Page) => page.locator('.article__body mark[data-quote-id]');

describe('offline reading', () => {
  it('reloads the list and an opened article offline, text and highlighted quotes included', async () => {
    const article = await firstArticle();
    const page = await openPage({
      // Offline, the browser logs the probe's failed request.
      expectedErrors: [/net::ERR_FAILED .*data\/speakers\.json\?probe/],
    });
    await page.goto(siteUrl());
    await page.getByRole('link', { name: article.headline }).waitFor();
    await waitForServiceWorker(page);
    await page.goto(siteUrl(`articles/${article.slug}`));
    await page.getByRole('heading', { level: 1, name: article.headline }).waitFor();
    const quotesOnline = await quoteMarks(page).count();
    expect(quotesOnline).toBeGreaterThan(0);

    await page.context().setOffline(true);
    expect(await reachesServer(page)).toBe(false);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: article.headline }).waitFor();
    await expect.poll(() => quoteMarks(page).count()).toBe(quotesOnline);
    expect(await page.locator('.article__body').innerText()).toContain(
      article.summary.slice(0, 40),
    );

    await page.goto(siteUrl());
    await page.getByRole('link', { name: article.headline }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: article.headline }).waitFor();
    await page.context().setOffline(false);
  });

  it('offline, an article never opened says the connection is missing instead of a blank page', async () => {
    const article = await firstArticle();
    const page = await openPage({
      // The worker has no copy, so the data request fails, as it would without a worker.
      expectedErrors: [new RegExp(`net::ERR_FAILED .*data/articles/${article.slug}\\.json`)],
    });
    await page.goto(siteUrl());
    await page.getByRole('link', { name: article.headline }).waitFor();
    await waitForServiceWorker(page);

    await page.context().setOffline(true);
    await page.goto(siteUrl(`articles/${article.slug}`));
    await page
      .getByRole('alert')
      .getByText(/Could not reach the server/)
      .waitFor();
    // The shell around it still works: the site's navigation is there.
    await page.getByRole('navigation', { name: 'Site' }).waitFor();
    await page.context().setOffline(false);
  });
});
