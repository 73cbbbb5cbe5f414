import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodeArticle } from '../../src/core/decodeWire.ts';
import { isIndexable, tokenize } from '../../src/core/search/searchTokens.ts';
import type { Article } from '../../src/core/schema.ts';
import { siteUrl, setupBrowser } from './browser.ts';
import { firstArticle } from './siteData.ts';

const { openPage } = setupBrowser();

/** Requests for the search code or the search index: none may happen before a search. */
const SEARCH_REQUEST = /\/data\/search\/|\/assets\/(searchEngine|SearchResults|markTerms)-/;

async function fetchArticle(slug: string): Promise<Article> {
  const response = await fetch(siteUrl(`data/articles/${slug}.json`));
  const article = decodeArticle(await response.json());
  if (!article.ok) throw new Error(article.error);
  return article.value;
}

/** Three consecutive searchable words of the article's first quotation that has them. */
function quoteWords(article: Article): { words: string; quoteId: string } {
  for (const quote of article.quotes) {
    const words = tokenize(quote.text)
      .filter((token) => isIndexable(token.term))
      .slice(0, 3)
      .map((token) => quote.text.slice(token.start, token.end));
    if (words.length === 3) return { words: words.join(' '), quoteId: quote.id };
  }
  throw new Error(`${article.slug} has no quotation with three searchable words`);
}

const field = (page: Page) =>
  page.getByRole('searchbox', { name: 'Search headlines, quotes and speakers' });

async function expectResult(page: Page, article: Article, words: string, quoteId: string) {
  const result = page.getByRole('article', { name: article.headline });
  await result.waitFor();
  await expect
    .poll(() => result.getByRole('link').first().getAttribute('href'))
    .toBe(`/articles/${article.slug}#${quoteId}`);
  const marked = await result.locator('mark').allTextContents();
  for (const word of words.split(' ')) expect(marked).toContain(word);
  await expect
    .poll(() => page.getByRole('status').textContent())
    .toMatch(new RegExp(`^\\d+ articles? match “${words}”\\.$`));
}

describe('search', () => {
  it('loads no search code or index until the reader searches', async () => {
    const page = await openPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const article = await firstArticle();
    await page.goto(siteUrl());
    await page.getByRole('link', { name: article.headline }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => SEARCH_REQUEST.test(url))).toEqual([]);

    await field(page).focus();
    await expect
      .poll(() => requests.filter((url) => SEARCH_REQUEST.test(url)).length)
      .toBeGreaterThan(0);
  });

  it('finds a quotation’s article as the reader types, marks the words, and keeps the query through a reload', async () => {
    const article = await fetchArticle((await firstArticle()).slug);
    const { words, quoteId } = quoteWords(article);
    const page = await openPage({ viewport: { width: 360, height: 740 } });
    await page.goto(siteUrl());
    await field(page).pressSequentially(words, { delay: 30 });

    await expectResult(page, article, words, quoteId);
    await page.waitForURL((url) => url.searchParams.get('q') === words);

    await page.reload();
    expect(await field(page).inputValue()).toBe(words);
    await expectResult(page, article, words, quoteId);

    await page.getByRole('article', { name: article.headline }).getByRole('link').first().click();
    await page.waitForURL((url) => url.hash === `#${quoteId}`);
    await page.locator(`mark#${quoteId}`).waitFor();
  });

  it('searches for what was typed into the prerendered field before the app took over', async () => {
    const article = await fetchArticle((await firstArticle()).slug);
    const { words, quoteId } = quoteWords(article);
    const page = await openPage({ viewport: { width: 360, height: 740 } });
    // The app's chunk waits until the reader has typed: on a slow phone the prerendered page is
    // there, field and all, for seconds before it hydrates.
    let release = () => {};
    const typed = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/main-[\w-]+\.js$/, async (route) => {
      await typed;
      await route.continue();
    });
    // Not awaited: this page's goto resolves once the app has taken over (browser.ts).
    const opened = page.goto(siteUrl());
    await field(page).pressSequentially(words);
    release();
    await opened;

    await page.getByRole('region', { name: 'Search results' }).waitFor();
    await expectResult(page, article, words, quoteId);
    await page.waitForURL((url) => url.searchParams.get('q') === words);
  });

  it('opening a result straight after typing keeps the search for Back', async () => {
    const article = await fetchArticle((await firstArticle()).slug);
    const { words, quoteId } = quoteWords(article);
    const page = await openPage();
    await page.goto(siteUrl());
    await field(page).pressSequentially(words);
    // No pause: the URL is written as the field loses focus to the click.
    const result = page.getByRole('article', { name: article.headline });
    await result.getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname === `/articles/${article.slug}`);

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === words);
    expect(await field(page).inputValue()).toBe(words);
    await expectResult(page, article, words, quoteId);
  });

  it('focuses the field with the / shortcut, without typing the slash', async () => {
    const page = await openPage();
    await page.goto(siteUrl());
    await field(page).waitFor();
    await page.keyboard.press('/');
    expect(await field(page).evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await field(page).inputValue()).toBe('');
  });

  it('says when nothing matches', async () => {
    const page = await openPage();
    await page.goto(siteUrl('?q=zzqxv'));
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('No articles match “zzqxv”. Check the spelling or try fewer words.');
  });
});
