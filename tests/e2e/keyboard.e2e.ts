import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodeArticle } from '../../src/core/decodeWire.ts';
import type { Article } from '../../src/core/schema.ts';
import { siteUrl, setupBrowser } from './browser.ts';
import { firstArticle } from './siteData.ts';

const { openPage } = setupBrowser();

/** What has keyboard focus: enough to find it again and to check it can be seen. */
type Focused = {
  tag: string;
  id: string;
  className: string;
  text: string;
  href: string | null;
  ariaCurrent: string | null;
  ariaPressed: string | null;
  /** A focus ring: a non-zero outline or a box shadow. */
  ringVisible: boolean;
  /** Any part of it is inside the viewport. */
  onScreen: boolean;
};

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) {
      return {
        tag: 'BODY',
        id: '',
        className: '',
        text: '',
        href: null,
        ariaCurrent: null,
        ariaPressed: null,
        ringVisible: false,
        onScreen: false,
      };
    }
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName,
      id: element.id,
      className: typeof element.className === 'string' ? element.className : '',
      text: (element.textContent ?? '').trim(),
      href: element.getAttribute('href'),
      ariaCurrent: element.getAttribute('aria-current'),
      ariaPressed: element.getAttribute('aria-pressed'),
      ringVisible: outline || style.boxShadow !== 'none',
      onScreen:
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < window.innerHeight &&
        box.left < window.innerWidth,
    };
  });

/** Presses Tab until `wanted` has focus, checking every stop on the way shows a focus ring. */
async function tabTo(page: Page, wanted: (element: Focused) => boolean): Promise<Focused> {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    expect(element.ringVisible, `no visible focus ring on ${label(element)}`).toBe(true);
    if (wanted(element)) return element;
  }
  throw new Error('Tab never reached the element looked for');
}

const label = (element: Focused) =>
  `<${element.tag.toLowerCase()} class="${element.className}">${element.text.slice(0, 40)}`;

async function fetchArticle(slug: string): Promise<Article> {
  const response = await fetch(siteUrl(`data/articles/${slug}.json`));
  const article = decodeArticle(await response.json());
  if (!article.ok) throw new Error(article.error);
  return article.value;
}

describe('keyboard and screen reader use', () => {
  it('Tab reaches the skip link first; it shows when focused and jumps to the main content', async () => {
    const page = await openPage({ viewport: { width: 360, height: 740 } });
    await page.goto(siteUrl());
    await page.locator('main h1').waitFor();
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate(isOnScreen)).toBe(false);

    const first = await tabTo(page, () => true);
    expect(first.text).toBe('Skip to content');
    expect(first.onScreen).toBe(true);

    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');
    // The next Tab starts inside main, past the masthead.
    const next = await tabTo(page, () => true);
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    // The list's first control is its search field, then the topic chips.
    expect(next.text).toBe('');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
  });

  it('topic chips are links that mark the active filter with aria-current and follow Enter', async () => {
    const page = await openPage();
    await page.goto(siteUrl());
    await page.locator('main h1').waitFor();

    const all = await tabTo(page, (element) => element.text.startsWith('All topics'));
    expect(all).toMatchObject({ tag: 'A', ariaCurrent: 'page' });
    const topic = await tabTo(page, (element) => (element.href ?? '').includes('/topics/'));
    expect(topic).toMatchObject({ tag: 'A', ariaCurrent: null });
    const topicPath = new URL(topic.href ?? '', page.url()).pathname;

    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === topicPath);
    const chips = page.getByRole('navigation', { name: 'Filter by topic' }).getByRole('link');
    await expect
      .poll(() => chips.evaluateAll((links) => links.map((a) => a.getAttribute('aria-current'))))
      .toEqual(
        await chips.evaluateAll((links) =>
          links.map((link) => {
            const { pathname, search } = link as HTMLAnchorElement;
            return pathname === location.pathname && search === location.search ? 'page' : null;
          }),
        ),
      );
    expect(await focused(page)).toMatchObject({ ariaCurrent: 'page', href: topic.href });
  });

  it('speaker filters are toggle buttons: Enter and Space flip aria-pressed', async () => {
    const article = await firstArticle();
    const page = await openPage();
    await page.goto(siteUrl(`articles/${article.slug}`));
    await page.locator('main h1').waitFor();

    const button = await tabTo(page, (element) => element.className.includes('voice__button'));
    expect(button).toMatchObject({ tag: 'BUTTON', ariaPressed: 'false' });

    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).ariaPressed).toBe('true');
    expect(new URL(page.url()).searchParams.get('speaker')).toBeTruthy();
    expect(await page.locator('mark[data-emphasis="emphasised"]').count()).toBeGreaterThan(0);

    await page.keyboard.press('Space');
    await expect.poll(async () => (await focused(page)).ariaPressed).toBe('false');
    expect(new URL(page.url()).searchParams.has('speaker')).toBe(false);
    expect((await focused(page)).ringVisible).toBe(true);
  });

  it('names the speaker of every highlighted quote in the accessibility tree, before the quote', async () => {
    const summary = await firstArticle();
    const article = await fetchArticle(summary.slug);
    const names = new Map(article.speakers.map(({ id, name }) => [id, name]));
    const page = await openPage();
    await page.goto(siteUrl(`articles/${article.slug}`));
    await page.locator('main h1').waitFor();

    const marks = page.locator('.article__body mark[data-quote-id]');
    const expected = (
      await marks.evaluateAll((elements) =>
        elements.map((mark) => (mark as HTMLElement).dataset.speakerId ?? null),
      )
    ).map((id) => (id === null ? 'Unattributed' : (names.get(id) ?? `unknown speaker ${id}`)));
    expect(expected.length).toBeGreaterThan(0);

    // What a screen reader reads: the text run just before each mark ends with "<speaker>:".
    const tree = (await page.locator('.article__body').ariaSnapshot()).split('\n');
    const heard = tree.flatMap((line, index) =>
      /^\s*- mark\b/.test(line)
        ? [/([^"]*?):"?\s*$/.exec(tree[index - 1] ?? '')?.[1]?.trim() ?? '(nothing)']
        : [],
    );
    expect(heard.map((text, index) => text.endsWith(expected[index] ?? '?'))).toEqual(
      expected.map(() => true),
    );
  });

  it('honours prefers-reduced-motion: no transitions on quotes, no moving progress bar', async () => {
    const article = await firstArticle();
    const motion = async (reducedMotion: 'reduce' | 'no-preference') => {
      const page = await openPage();
      await page.emulateMedia({ reducedMotion });
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/data/articles/**', async (route) => {
        await released;
        await route.continue();
      });
      await page.goto(siteUrl());
      await page.getByRole('link', { name: article.headline }).first().click();
      const progress = page.locator('.progress[data-active="true"]');
      await progress.waitFor({ state: 'attached' });
      const bar = await progress.evaluate((element) => {
        const style = getComputedStyle(element);
        return { name: style.animationName, duration: style.animationDuration };
      });
      release();
      const mark = page.locator('mark[data-quote-id]').first();
      await mark.waitFor();
      const quote = await mark.evaluate((element) => getComputedStyle(element).transitionDuration);
      return { bar, quote };
    };

    const moving = await motion('no-preference');
    expect(moving.bar.name).not.toBe('none');
    expect(moving.bar.duration).not.toMatch(/^0s$/);
    expect(moving.quote.split(', ').some((duration) => duration !== '0s')).toBe(true);

    const still = await motion('reduce');
    expect(still.bar.name === 'none' ? 'none' : still.bar.duration).toMatch(/^(none|0s)$/);
    expect(still.quote.split(', ').every((duration) => duration === '0s')).toBe(true);
  });
});

function isOnScreen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
}
