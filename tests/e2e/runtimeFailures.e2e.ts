import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { findViolations, formatViolations, injectAxe } from './axe.ts';
import { siteUrl, setupBrowser } from './browser.ts';
import { firstArticle } from './siteData.ts';

const { openPage } = setupBrowser();

/** One way a data file can fail to arrive or arrive wrong, and what the reader is told. */
type Failure = {
  name: string;
  answer: (route: Route) => Promise<void>;
  says: RegExp;
};

const json = (body: string) => ({ status: 200, contentType: 'application/json', body });

/** The same breakages for both data files; only the wrong-shape JSON differs per file. */
const failures = (wrongShape: string): Failure[] => [
  { name: 'network error', answer: (route) => route.abort(), says: /Could not reach the server/ },
  {
    name: '404',
    answer: (route) => route.fulfill({ status: 404, body: '{"error":"not found"}' }),
    says: /404 Not Found/,
  },
  {
    name: '500',
    answer: (route) => route.fulfill({ status: 500, body: 'boom' }),
    says: /answered 500/,
  },
  {
    name: 'malformed JSON',
    answer: (route) => route.fulfill(json('{"articles": [')),
    says: /not valid JSON/,
  },
  {
    name: 'JSON that does not match the schema',
    answer: (route) => route.fulfill(json(wrongShape)),
    says: /is malformed at /,
  },
];

/**
 * Breaks the data files matching `pattern` until `fix()`; after that requests go through.
 * The browser logs each failed request, which is the point of these tests.
 */
async function breakData(page: Page, pattern: string, failure: Failure) {
  let broken = true;
  await page.route(pattern, (route) => (broken ? failure.answer(route) : route.continue()));
  return {
    fix: () => {
      broken = false;
    },
  };
}

const EXPECTED_ERRORS = [/Failed to load resource/];

const errorAlert = (page: Page) => page.locator('main [role="alert"]');
const retryButton = (page: Page) => page.getByRole('button', { name: 'Retry' });
const homeLink = (page: Page) =>
  page.locator('header.site-header').getByRole('link', { name: 'Saywire' });

/** The error state is inside the route's boundary: the masthead around it still works. */
async function expectRouteError(page: Page, title: string, failure: Failure): Promise<void> {
  const alert = errorAlert(page);
  await alert.waitFor();
  expect(await alert.getByRole('heading', { level: 1 }).innerText()).toBe(title);
  expect(await alert.innerText()).toMatch(failure.says);
  expect(await retryButton(page).isEnabled()).toBe(true);
  expect(await homeLink(page).isVisible()).toBe(true);
  expect(formatViolations(`error page (${failure.name})`, await findViolations(page))).toBe('');
}

describe('when the article index fails to load', () => {
  for (const failure of failures('{"articles": [{"slug": 1}], "topics": []}')) {
    it(`${failure.name}: says so with Retry, other pages keep working, Retry recovers`, async () => {
      const article = await firstArticle();
      const page = await openPage({ expectedErrors: EXPECTED_ERRORS });
      await injectAxe(page);
      const data = await breakData(page, '**/data/index.json', failure);
      const headline = page.getByRole('heading', { level: 1, name: article.headline });

      await page.goto(siteUrl(`articles/${article.slug}`));
      await headline.waitFor();
      await homeLink(page).click();
      await expectRouteError(page, 'Couldn’t load the article index', failure);

      await page.goBack();
      await headline.waitFor();
      await page.goForward();
      await errorAlert(page).waitFor();

      data.fix();
      await retryButton(page).click();
      await page.getByRole('link', { name: article.headline }).first().waitFor();
      expect(await errorAlert(page).count()).toBe(0);
    });
  }
});

describe('when an article fails to load', () => {
  const brokenArticle = failures('{"slug": "x", "headline": 42}').filter(
    // A 404 for an article is an answer ("no such article"), not a failure: see notFound.e2e.ts.
    ({ name }) => name !== '404',
  );
  for (const failure of brokenArticle) {
    it(`${failure.name}: says so with Retry, the list keeps working, Retry recovers`, async () => {
      const article = await firstArticle();
      const page = await openPage({ expectedErrors: EXPECTED_ERRORS });
      await injectAxe(page);
      const data = await breakData(page, `**/data/articles/${article.slug}.json`, failure);
      const listLink = page.getByRole('link', { name: article.headline }).first();

      await page.goto(siteUrl());
      await listLink.click();
      await expectRouteError(page, `Couldn’t load the article “${article.slug}”`, failure);

      await homeLink(page).click();
      await listLink.waitFor();
      await listLink.click();
      await errorAlert(page).waitFor();

      data.fix();
      await retryButton(page).click();
      await page.getByRole('heading', { level: 1, name: article.headline }).waitFor();
      expect(await page.locator('mark[data-quote-id]').count()).toBeGreaterThan(0);
      expect(await errorAlert(page).count()).toBe(0);
    });
  }

  it('404: says the article is not found and links back to the list', async () => {
    const article = await firstArticle();
    const page = await openPage({ expectedErrors: EXPECTED_ERRORS });
    await breakData(page, `**/data/articles/${article.slug}.json`, failures('{}')[1] as Failure);

    await page.goto(siteUrl());
    await page.getByRole('link', { name: article.headline }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Article not found' }).waitFor();
    await page.getByRole('link', { name: 'Back to all articles' }).click();

    await page.getByRole('link', { name: article.headline }).first().waitFor();
  });
});
