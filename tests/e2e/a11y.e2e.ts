import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findViolations, formatViolations, injectAxe } from './axe.ts';
import { siteUrl, setupBrowser } from './browser.ts';
import { fetchIndex, firstArticle } from './siteData.ts';

const { openPage } = setupBrowser();

const UNKNOWN_SLUG = 'no-such-article-000000';
const UNKNOWN_SPEAKER = 'no-such-speaker-000000';
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
    `?q=${encodeURIComponent(speaker.name)}`,
    `articles/${article.slug}`,
    `articles/${article.slug}?speaker=${encodeURIComponent(speaker.id)}`,
    `articles/${UNKNOWN_SLUG}`,
    `articles/${article.slug}?view=quotes`,
    'speakers',
    `speakers/${encodeURIComponent(speaker.id)}`,
    `speakers/${UNKNOWN_SPEAKER}`,
    'settings',
    'saved',
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
          expectedErrors: [
            new RegExp(`status of 404 .*data/articles/${UNKNOWN_SLUG}\\.json`),
            new RegExp(`status of 404 .*data/speakers/${UNKNOWN_SPEAKER}\\.json`),
          ],
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

describe('accessibility while loading', () => {
  it('finds no violations on the loading skeletons, light and dark', async () => {
    const article = await firstArticle();
    const page = await openPage({ viewport: VIEWPORTS.phone });
    await injectAxe(page);
    // Data that never arrives keeps each page on its skeleton. Prerendered pages carry their
    // data, so the routes get a query they were not prerendered for: the app renders afresh.
    await page.route('**/data/**', () => {});
    const found: string[] = [];
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      for (const route of ['?loading', `articles/${article.slug}?loading`]) {
        await page.goto(siteUrl(route));
        await page.locator('[aria-busy="true"]').first().waitFor();
        const violations = await findViolations(page);
        if (violations.length > 0) {
          found.push(formatViolations(`/${route} loading, ${colorScheme}`, violations));
        }
      }
    }
    expect(found.join('\n'), 'axe-core violations, one per element').toBe('');
  });
});

/**
 * Contrast of each element's text with the first opaque background behind it, by the WCAG
 * relative-luminance formula. Runs in the page, on computed colours.
 */
function highlightContrast(selectors: string): { element: string; ratio: number }[] {
  const rgba = (value: string) => {
    const parts = value.match(/[\d.]+/g)?.map(Number) ?? [];
    return { r: parts[0] ?? 0, g: parts[1] ?? 0, b: parts[2] ?? 0, a: parts[3] ?? 1 };
  };
  const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const backgroundOf = (element: Element | null): string => {
    for (let node = element; node; node = node.parentElement) {
      const background = getComputedStyle(node).backgroundColor;
      if (rgba(background).a > 0) return background;
    }
    return getComputedStyle(document.documentElement).backgroundColor;
  };
  return [...document.querySelectorAll(selectors)].map((element) => {
    const text = luminance(rgba(getComputedStyle(element).color));
    const back = luminance(rgba(backgroundOf(element)));
    const ratio = (Math.max(text, back) + 0.05) / (Math.min(text, back) + 0.05);
    const label = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
    return { element: `${label} “${(element.textContent ?? '').slice(0, 30)}”`, ratio };
  });
}

/**
 * The sample article has two speakers; the palette has ten tones and one for unattributed
 * quotes. One extra paragraph with a mark and a tag in every tone checks them all.
 */
function addEveryTone(): void {
  const tones = [...Array.from({ length: 10 }, (_, i) => `speaker-${i}`), 'unattributed'];
  const paragraph = document.createElement('p');
  for (const tone of tones) {
    const mark = document.createElement('mark');
    mark.className = `quote ${tone}`;
    mark.textContent = `sample ${tone}`;
    const tag = document.createElement('span');
    tag.className = `quote-tag ${tone}`;
    tag.textContent = tone;
    paragraph.append(mark, tag);
  }
  document.querySelector('.article__body')?.append(paragraph);
}

describe('highlights', () => {
  it('keep text at 4.5:1 or more in light and dark, plain, emphasised and dimmed', async () => {
    const article = await firstArticle();
    const speaker = article.speakers[0]?.id ?? '';
    const page = await openPage();
    const tooLow: string[] = [];
    let checked = 0;
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      for (const route of [
        `articles/${article.slug}`,
        `articles/${article.slug}?speaker=${speaker}`,
      ]) {
        await visit(page, route);
        await page.evaluate(addEveryTone);
        const results = await page.evaluate(
          highlightContrast,
          'mark.quote, .quote-tag, .voice__button, .swatch + .voice__name',
        );
        checked += results.length;
        for (const { element, ratio } of results) {
          if (ratio < 4.5)
            tooLow.push(`${colorScheme} /${route}: ${element} ${ratio.toFixed(2)}:1`);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(tooLow.join('\n'), 'highlight text below 4.5:1').toBe('');
  });
});
