import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUrl, setupBrowser } from './browser.ts';
import { firstArticle } from './siteData.ts';

const { openPage } = setupBrowser();

/** The sample article has ten quotations: nine by Dmitry Peskov, one by Narendra Modi. */
const SAMPLE_QUOTES = 10;

const quoteMarks = (page: Page) => page.locator('mark[data-quote-id]');
const headlineOf = (page: Page, headline: string) =>
  page.getByRole('heading', { level: 1, name: headline });

describe('reading an article', () => {
  it('opens an article from the list, with its quotes highlighted and its voices named', async () => {
    const article = await firstArticle();
    const page = await openPage();
    await page.goto(siteUrl());

    await page.getByRole('link', { name: article.headline }).first().click();

    await page.waitForURL(`**/articles/${article.slug}`);
    await headlineOf(page, article.headline).waitFor();
    await expect.poll(() => quoteMarks(page).count()).toBe(SAMPLE_QUOTES);
    const voices = page
      .getByRole('heading', { name: 'Voices', exact: true })
      .locator('xpath=ancestor::*[self::section or self::aside or self::nav or self::div][1]');
    const names = await voices.innerText();
    expect(names).toContain('Dmitry Peskov');
    expect(names).toContain('Narendra Modi');
  });

  it('renders a deep link to an article, also after a reload', async () => {
    const article = await firstArticle();
    const page = await openPage();

    await page.goto(siteUrl(`articles/${article.slug}`));
    await headlineOf(page, article.headline).waitFor();
    await page.reload();

    await headlineOf(page, article.headline).waitFor();
  });

  it('scrolls a linked quote (#q-3) into view', async () => {
    const article = await firstArticle();
    // A phone-sized window, so the third quote starts well below the fold.
    const page = await openPage({ viewport: { width: 360, height: 740 } });

    await page.goto(siteUrl(`articles/${article.slug}#q-3`));

    const quote = page.locator('mark#q-3[data-quote-id]');
    await quote.waitFor();
    await expect
      .poll(() =>
        quote.evaluate((mark) => {
          const { top, bottom } = mark.getBoundingClientRect();
          return window.scrollY > 0 && top < window.innerHeight && bottom > 0;
        }),
      )
      .toBe(true);
  });
});
