import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findViolations, formatViolations, injectAxe } from './axe.ts';
import { siteUrl, setupBrowser } from './browser.ts';
import { fetchIndex, firstArticle } from './siteData.ts';

const { openPage } = setupBrowser();

const focusedText = (page: Page) =>
  page.evaluate(() => (document.activeElement?.textContent ?? '').trim());

describe('keyboard shortcuts', () => {
  it('j and k move focus between the articles of the list', async () => {
    const { articles } = await fetchIndex();
    const page = await openPage({ viewport: { width: 360, height: 740 } });
    await page.goto(siteUrl());
    await page.getByRole('link', { name: articles[0]?.headline ?? '' }).waitFor();

    await page.keyboard.press('j');
    expect(await focusedText(page)).toBe(articles[0]?.headline);
    await page.keyboard.press('j');
    expect(await focusedText(page)).toBe(articles[Math.min(1, articles.length - 1)]?.headline);
    await page.keyboard.press('k');
    expect(await focusedText(page)).toBe(articles[0]?.headline);
    expect(
      await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle),
    ).not.toBe('none');
  });

  it('on the article page, j and k stay put at the ends of the index', async () => {
    const { articles } = await fetchIndex();
    const last = articles.at(-1);
    const first = articles[0];
    if (!first || !last) throw new Error('no articles');
    const page = await openPage();
    await page.goto(siteUrl(`articles/${last.slug}`));
    await page.getByRole('heading', { level: 1, name: last.headline }).waitFor();
    await page.keyboard.press('j');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/articles/${last.slug}$`));
    if (articles.length > 1) {
      await page.keyboard.press('k');
      await page.waitForURL((url) => url.pathname.endsWith(`/articles/${articles.at(-2)?.slug}`));
    } else {
      await page.keyboard.press('k');
      await page.waitForTimeout(300);
      expect(new URL(page.url()).pathname).toMatch(new RegExp(`/articles/${first.slug}$`));
    }
  });

  it('? opens a modal help dialog; Escape closes it and focus returns', async () => {
    const article = await firstArticle();
    const page = await openPage({ viewport: { width: 360, height: 740 } });
    await injectAxe(page);
    await page.goto(siteUrl());
    const link = page.getByRole('link', { name: article.headline });
    await link.focus();
    await page.keyboard.press('Shift+?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(true);
    expect(await page.evaluate(() => document.querySelector('dialog:modal') !== null)).toBe(true);
    expect(await focusedText(page)).toBe('Close');
    expect(await dialog.textContent()).toContain('Search articles');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(formatViolations('help dialog', await findViolations(page))).toBe('');
    }

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focusedText(page)).toBe(article.headline);

    // Close works too, and / does nothing: there is no search yet.
    await page.keyboard.press('Shift+?');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.keyboard.press('/');
    expect(await page.locator('dialog[open]').count()).toBe(0);
  });

  it('do nothing while typing in a field or with a modifier held', async () => {
    const article = await firstArticle();
    const page = await openPage();
    await page.goto(siteUrl());
    await page.getByRole('link', { name: article.headline }).waitFor();
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'typing';
      document.querySelector('main')?.prepend(field);
      field.focus();
    });
    await page.keyboard.type('jk?/');
    expect(await page.inputValue('#typing')).toBe('jk?/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('typing');
    expect(await page.locator('dialog[open]').count()).toBe(0);

    await page.locator('#typing').blur();
    await page.keyboard.press('Alt+j');
    await page.keyboard.press('Control+Shift+?');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await page.locator('dialog[open]').count()).toBe(0);
  });
});
