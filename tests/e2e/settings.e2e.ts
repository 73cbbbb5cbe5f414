import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUrl, setupBrowser } from './browser.ts';
import { watchCspViolations } from './cspViolations.ts';
import { firstArticle } from './siteData.ts';

const { openPage } = setupBrowser();

declare global {
  interface Window {
    /** `<html>`'s data attributes at the moment `<body>` was parsed: before anything painted. */
    __firstPaint?: Record<string, string | undefined>;
  }
}

/**
 * Records `<html>`'s dataset when `<body>` is inserted: nothing has painted and the app's
 * module has not started, so only what the page arrived with counts.
 */
async function recordFirstPaint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.body) return;
      window.__firstPaint = { ...document.documentElement.dataset };
      observer.disconnect();
    });
    // The init script runs before <html> exists: watch the whole document.
    observer.observe(document, { childList: true, subtree: true });
  });
}

const pageBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('settings', () => {
  it('dark and large survive a reload and are on <html> before the first paint, within the CSP', async () => {
    const page = await openPage({ viewport: { width: 360, height: 740 }, serviceWorkers: 'allow' });
    await page.emulateMedia({ colorScheme: 'light' });
    await recordFirstPaint(page);
    const violations = await watchCspViolations(page);

    await page.goto(siteUrl());
    await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/settings$/);
    const light = await pageBackground(page);

    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByRole('radio', { name: 'Large', exact: true }).check();
    expect(await pageBackground(page)).not.toBe(light);

    // The offline worker writes the saved choice into each page it serves (no blocking script:
    // the issue allows one render-blocking request, the stylesheet). A reader's first visit
    // installs it within moments; here the reload waits until it controls the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.reload();
    expect(await page.evaluate(() => window.__firstPaint)).toMatchObject({
      theme: 'dark',
      textSize: 'large',
    });
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Large', exact: true }).isChecked()).toBe(true);
    expect(await pageBackground(page)).toBe('rgb(20, 21, 26)');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
      '18px',
    );
    expect(await violations()).toEqual([]);
  });

  it('an explicit light theme beats a dark system, and "Follow system" gives it back', async () => {
    const article = await firstArticle();
    const page = await openPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(siteUrl('settings'));
    await page.getByRole('radio', { name: 'Light' }).check();
    await page.goto(siteUrl(`articles/${article.slug}`));
    await page.getByRole('heading', { level: 1, name: article.headline }).waitFor();
    expect(await pageBackground(page)).toBe('rgb(255, 255, 255)');

    await page.goto(siteUrl('settings'));
    await page.getByRole('radio', { name: 'Follow system' }).check();
    expect(await pageBackground(page)).toBe('rgb(20, 21, 26)');
  });

  it('extra large text never makes a 360 px page scroll sideways', async () => {
    const article = await firstArticle();
    const page = await openPage({ viewport: { width: 360, height: 740 } });
    await page.goto(siteUrl('settings'));
    await page.getByRole('radio', { name: 'Extra large' }).check();
    for (const path of ['', `articles/${article.slug}`, 'settings']) {
      await page.goto(siteUrl(path));
      await page.locator('main h1').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
    }
  });
});
