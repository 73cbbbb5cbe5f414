import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUrl, setupBrowser } from './browser.ts';
import { firstArticle } from './siteData.ts';

const { openPage } = setupBrowser();

const saveToggle = (page: Page, headline: string) =>
  page.getByRole('button', { name: `Save “${headline}”` });

describe('saved articles', () => {
  it('saves from the list, lists it on /saved across a reload, and unsaves it', async () => {
    const article = await firstArticle();
    const page = await openPage({ viewport: { width: 360, height: 740 } });
    await page.goto(siteUrl());
    const toggle = saveToggle(page, article.headline);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');

    await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Saved' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Saved articles' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: article.headline }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );

    await saveToggle(page, article.headline).click();
    await page.getByText('Nothing saved yet.').waitFor();
    await page.reload();
    await page.getByText('Nothing saved yet.').waitFor();
  });

  it('reads a saved article from the device when offline', async () => {
    const article = await firstArticle();
    const page = await openPage({
      // Offline, the browser logs the failed fetch of the article's data file.
      expectedErrors: [/ERR_INTERNET_DISCONNECTED/],
    });
    await page.goto(siteUrl());
    const toggle = saveToggle(page, article.headline);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    // The article's data is stored once its fetch is done.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('saywire:saved') ?? ''))
      .toContain('"paragraphs"');

    // A fresh page holds nothing in memory: what shows next comes from the device.
    await page.goto(siteUrl('saved'));
    await page.getByRole('link', { name: article.headline }).waitFor();
    await page.context().setOffline(true);
    await page.getByRole('link', { name: article.headline }).click();
    await page.getByRole('heading', { level: 1, name: article.headline }).waitFor();
    expect(await page.locator('.article__body mark[data-quote-id]').count()).toBeGreaterThan(0);
    await page.context().setOffline(false);
  });

  it('offline, an unsaved article says so; back online it can be saved from its page', async () => {
    const article = await firstArticle();
    const page = await openPage({ expectedErrors: [/ERR_INTERNET_DISCONNECTED/] });
    await page.goto(siteUrl());
    await page.context().setOffline(true);
    await page.getByRole('link', { name: article.headline }).click();
    await page
      .getByRole('alert')
      .getByText(/Could not reach the server/)
      .waitFor();

    await page.context().setOffline(false);
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { level: 1, name: article.headline }).waitFor();
    const toggle = saveToggle(page, article.headline);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => localStorage.getItem('saywire:saved') ?? '')).toContain(
      '"paragraphs"',
    );
  });
});
