import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUrl, setupBrowser } from './browser.ts';
import { firstArticle } from './siteData.ts';

const { openPage } = setupBrowser();

const PHONE = { width: 360, height: 740 };
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('on a 360 px wide phone', () => {
  it('never scrolls sideways on the list or an article', async () => {
    const article = await firstArticle();
    const page = await openPage({ viewport: PHONE });

    await page.goto(siteUrl());
    await page.getByRole('link', { name: article.headline }).first().waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await page.goto(siteUrl(`articles/${article.slug}`));
    await page.getByRole('heading', { level: 1, name: article.headline }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  });
});
