import { describe, it } from 'vitest';
import { basePath, siteUrl, setupBrowser } from './browser.ts';

const { openPage } = setupBrowser();

describe('not found', () => {
  it('answers an unknown path with a "not found" page that links home', async () => {
    const page = await openPage();

    await page.goto(siteUrl('no/such/page'));

    await page.getByRole('heading', { level: 1, name: /not found/i }).waitFor();
    await page.locator(`a[href="${basePath()}"]`).first().click();
    await page.waitForURL(siteUrl());
  });

  it('answers an unknown article with "Article not found"', async () => {
    const slug = 'no-such-article-000000';
    // The browser logs the data file's 404; that request failing is the point of this test.
    const page = await openPage({
      expectedErrors: [new RegExp(`status of 404 .*data/articles/${slug}\\.json`)],
    });

    await page.goto(siteUrl(`articles/${slug}`));

    await page.getByRole('heading', { level: 1, name: 'Article not found' }).waitFor();
  });
});
