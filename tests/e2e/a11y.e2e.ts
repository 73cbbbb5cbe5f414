import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findViolations, formatViolations, injectAxe } from './axe.ts';
import { siteUrl, setupBrowser } from './browser.ts';
import { fetchIndex } from './siteData.ts';

const { openPage } = setupBrowser();

const UNKNOWN_SLUG = 'no-such-article-000000';
const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;
const SCHEMES = ['light', 'dark'] as const;

/** Every kind of page the reader can land on, derived from the built site's own data. */
async function routes(): Promise<string[]> {
  const index = await fetchIndex();
  const article = index.articles[0];
  const topic = index.topics[0];
  const speaker = article?.speakers[0];
  if (!article || !topic || !speaker) {
    throw new Error('the built site needs an article with a topic and a speaker');
  }
  return [
    '',
    `?topic=${encodeURIComponent(topic.id)}`,
    '?topic=no-such-topic',
    `articles/${article.slug}`,
    `articles/${article.slug}?speaker=${encodeURIComponent(speaker.id)}`,
    `articles/${UNKNOWN_SLUG}`,
    'no/such/page',
  ];
}

/** Loads a route and waits until its real content (not the loading skeleton) is on screen. */
async function visit(page: Page, route: string): Promise<void> {
  await page.goto(siteUrl(route));
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    for (const colorScheme of SCHEMES) {
      it(`finds no violations on any route, ${size} ${viewport.width}×${viewport.height}, ${colorScheme}`, async () => {
        const page = await openPage({
          viewport,
          // The unknown article's data file is a 404 by design.
          expectedErrors: [new RegExp(`status of 404 .*data/articles/${UNKNOWN_SLUG}\\.json`)],
        });
        await page.emulateMedia({ colorScheme });
        await injectAxe(page);

        const found: string[] = [];
        for (const route of await routes()) {
          await visit(page, route);
          const violations = await findViolations(page);
          if (violations.length > 0) found.push(formatViolations(`/${route}`, violations));
        }

        expect(found.join('\n'), 'axe-core violations, one per element').toBe('');
      });
    }
  }
});
