import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUrl, setupBrowser } from './browser.ts';
import { fetchIndex, firstArticle } from './siteData.ts';
import { watchCspViolations } from './cspViolations.ts';

const { openPage } = setupBrowser();

/** What the policy must say, whether it arrives as a header or a `<meta>`. */
const REQUIRED = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
];

function expectStrict(policy: string | null | undefined) {
  expect(policy).toBeTruthy();
  for (const directive of REQUIRED) expect(policy).toContain(directive);
  expect(policy).not.toMatch(/unsafe-(inline|eval)/);
}

const metaPolicy = (page: Page) =>
  page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content', { timeout: 1_000 });

const MISSING_SLUG = 'no-such-article-000000';

/** Every route, and what shows that it has rendered. */
async function routes(): Promise<{ path: string; ready: (page: Page) => Promise<void> }[]> {
  const index = await fetchIndex();
  const article = await firstArticle();
  const topic = index.topics.find(({ count }) => count > 0)?.id;
  if (!topic) throw new Error('the built site has no tagged articles');
  const heading = (name: string | RegExp) => (page: Page) =>
    page.getByRole('heading', { level: 1, name }).waitFor();
  return [
    { path: '', ready: (page) => page.getByRole('link', { name: article.headline }).waitFor() },
    {
      path: `?topic=${encodeURIComponent(topic)}`,
      ready: (page) => page.locator('a[href*="/articles/"]').first().waitFor(),
    },
    { path: `articles/${article.slug}`, ready: heading(article.headline) },
    {
      path: `articles/${article.slug}#q-3`,
      ready: (page) => page.locator('mark#q-3').waitFor(),
    },
    { path: `articles/${MISSING_SLUG}`, ready: heading('Article not found') },
    { path: 'no/such/page', ready: heading(/not found/i) },
  ];
}

describe('Content Security Policy', () => {
  it('is sent as a header and a <meta> on every route, and no route violates it', async () => {
    for (const { path, ready } of await routes()) {
      const page = await openPage({
        // The missing article's data 404 is logged by the browser; it is what that route tests.
        expectedErrors: [new RegExp(`status of 404 .*data/articles/${MISSING_SLUG}\\.json`)],
      });
      const violations = await watchCspViolations(page);

      const response = await page.goto(siteUrl(path));
      await ready(page);

      const header = response?.headers()['content-security-policy'];
      expectStrict(header);
      expect(header).toContain("frame-ancestors 'none'");
      const meta = await metaPolicy(page);
      expectStrict(meta);
      // Chromium ignores frame-ancestors in a <meta> and logs an error for it.
      expect(meta).not.toContain('frame-ancestors');
      expect({ path, violations: await violations() }).toEqual({ path, violations: [] });
    }
  });

  it('carries the same <meta> policy in 404.html, which static hosts serve for deep links', async () => {
    const [index, notFound] = await Promise.all(
      ['index.html', '404.html'].map(async (file) => {
        const response = await fetch(siteUrl(file));
        expect(response.ok).toBe(true);
        const html = await response.text();
        return /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
      }),
    );
    expectStrict(notFound);
    expect(notFound).toBe(index);
  });

  it('blocks an inline script injected into the page, and reports it', async () => {
    const page = await openPage({ expectedErrors: [/Content Security Policy/] });
    const violations = await watchCspViolations(page);
    await page.goto(siteUrl());
    await page.locator('a[href*="/articles/"]').first().waitFor();

    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      return (window as { __injected?: boolean }).__injected === true;
    });

    expect(ran).toBe(false);
    // One report per policy in force: the header's and the <meta>'s.
    const blocked = expect.objectContaining({ directive: expect.stringMatching(/^script-src/) });
    await expect.poll(violations).toEqual([blocked, blocked]);
  });

  it('applies the page’s own inlined stylesheet, allowed by its hash, and blocks an injected one', async () => {
    const page = await openPage({ expectedErrors: [/Content Security Policy/] });
    const violations = await watchCspViolations(page);
    const response = await page.goto(siteUrl());
    await page.locator('a[href*="/articles/"]').first().waitFor();
    // The one stylesheet arrives inside the page (no request of its own) and is applied.
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
    expect(await page.locator('head style').count()).toBe(1);
    expect(
      await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--page'),
      ),
    ).not.toBe('');
    const hashes = (policy: string | null | undefined) =>
      /style-src ([^;]*)/.exec(policy ?? '')?.[1]?.match(/'sha256-[^']+'/g);
    expect(hashes(response?.headers()['content-security-policy'])).toHaveLength(1);
    expect(hashes(await metaPolicy(page))).toEqual(
      hashes(response?.headers()['content-security-policy']),
    );

    const outline = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 7px solid red; }';
      document.head.append(style);
      return getComputedStyle(document.body).outlineWidth;
    });
    expect(outline).not.toBe('7px');
    const blocked = expect.objectContaining({ directive: expect.stringMatching(/^style-src/) });
    await expect.poll(violations).toEqual([blocked, blocked]);
  });
});
