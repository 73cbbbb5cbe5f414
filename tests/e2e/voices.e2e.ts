import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodeArticle } from '../../src/core/decodeWire.ts';
import type { Article } from '../../src/core/schema.ts';
import { findViolations, formatViolations, injectAxe } from './axe.ts';
import { siteUrl, setupBrowser } from './browser.ts';
import { firstArticle } from './siteData.ts';

const { openPage } = setupBrowser();

const PHONE = { width: 360, height: 740 };
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function fetchFirstArticle(): Promise<Article> {
  const { slug } = await firstArticle();
  const response = await fetch(siteUrl(`data/articles/${slug}.json`));
  const article = decodeArticle(await response.json());
  if (!article.ok) throw new Error(article.error);
  return article.value;
}

/** The first attributed quotation that the engine found a cue for. */
function cuedQuote(article: Article) {
  const quote = article.quotes.find((q) => q.kind !== 'other' && q.speakerId && q.cue);
  if (!quote) throw new Error('the first article has no attributed quote with a cue');
  const speaker = article.speakers.find((s) => s.id === quote.speakerId);
  if (!speaker || !quote.cue) throw new Error('the quote’s speaker is not listed');
  return { quote, speaker, cue: article.text.slice(quote.cue.start, quote.cue.end) };
}

/** Stands in for the Web Share API and the clipboard, recording what the page hands them. */
async function recordSharing(page: Page, { webShare }: { webShare: boolean }): Promise<void> {
  await page.addInitScript((withShare) => {
    const shared: unknown[] = [];
    Object.defineProperty(window, '__shared', { value: shared });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: withShare
        ? async (data: unknown) => {
            shared.push({ via: 'share', data });
          }
        : undefined,
    });
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: async (text: string) => {
          shared.push({ via: 'clipboard', text });
        },
      },
    });
  }, webShare);
}

const shared = (page: Page) =>
  page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared);

describe('who said what', () => {
  it('marks a permalinked quote briefly, with an animation only when motion is welcome', async () => {
    const page = await openPage({ viewport: PHONE });
    await page.goto(siteUrl(`articles/${(await firstArticle()).slug}#q-3`));
    const mark = page.locator('mark#q-3');
    await mark.waitFor();
    await expect.poll(() => mark.getAttribute('data-flash')).toBe('');
    expect(await mark.evaluate((element) => getComputedStyle(element).animationName)).toBe(
      'quote-flash',
    );
    await expect.poll(() => mark.getAttribute('data-flash'), { timeout: 5000 }).toBeNull();

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    await expect.poll(() => mark.getAttribute('data-flash')).toBe('');
    expect(await mark.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
  });

  it('opens the attribution card from the keyboard, shows the cue, closes on Escape and returns focus', async () => {
    const article = await fetchFirstArticle();
    const { quote, speaker, cue } = cuedQuote(article);
    const page = await openPage({ viewport: PHONE });
    await injectAxe(page);
    await page.goto(siteUrl(`articles/${article.slug}`));
    const tag = page.locator(`button[data-card-for="${quote.id}"]`);
    await tag.focus();
    await page.keyboard.press('Enter');

    const card = page.getByRole('dialog', { name: 'Who said this' });
    await card.waitFor();
    await expect.poll(() => card.innerText()).toContain(`“${cue}”`);
    expect(await card.getByRole('link', { name: speaker.name }).getAttribute('href')).toMatch(
      new RegExp(`/speakers/${speaker.id}$`),
    );
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    const violations = await findViolations(page);
    expect(formatViolations('attribution card', violations)).toBe(
      formatViolations('attribution card', []),
    );

    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await expect
      .poll(() => tag.evaluate((element) => element === document.activeElement))
      .toBe(true);
  });

  it('copies a credited quote and its permalink where there is no Web Share, and says so', async () => {
    const article = await fetchFirstArticle();
    const { quote, speaker } = cuedQuote(article);
    const page = await openPage();
    await recordSharing(page, { webShare: false });
    await page.goto(siteUrl(`articles/${article.slug}`));
    await page.locator(`mark#${quote.id}`).click();
    const card = page.getByRole('dialog', { name: 'Who said this' });

    await card.getByRole('button', { name: 'Share' }).click();

    await expect.poll(() => card.getByRole('status').innerText()).toBe('Link copied');
    const [record] = (await shared(page)) as { via: string; text: string }[];
    expect(record?.via).toBe('clipboard');
    expect(record?.text).toContain(`” — ${speaker.name}`);
    expect(record?.text.endsWith(siteUrl(`articles/${article.slug}#${quote.id}`))).toBe(true);
  });

  it('uses the Web Share API where the browser has it', async () => {
    const article = await fetchFirstArticle();
    const { quote } = cuedQuote(article);
    const page = await openPage();
    await recordSharing(page, { webShare: true });
    await page.goto(siteUrl(`articles/${article.slug}`));
    await page.locator(`button[data-card-for="${quote.id}"]`).click();

    await page.getByRole('dialog').getByRole('button', { name: 'Share' }).click();

    await expect.poll(async () => ((await shared(page)) as unknown[]).length).toBe(1);
    const [record] = (await shared(page)) as { via: string; data: { url: string } }[];
    expect(record?.via).toBe('share');
    expect(record?.data.url).toBe(siteUrl(`articles/${article.slug}#${quote.id}`));
  });

  it('skims an article as its quotes by speaker, with context on demand, and back to full text', async () => {
    const article = await fetchFirstArticle();
    const speech = article.quotes.filter((q) => q.kind !== 'other');
    const firstSpeaker = article.speakers.find((s) => s.id === speech[0]?.speakerId);
    const page = await openPage({ viewport: PHONE });
    await page.goto(siteUrl(`articles/${article.slug}`));

    await page
      .getByRole('navigation', { name: 'Article view' })
      .getByRole('link', { name: 'Quotes by speaker' })
      .click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'quotes');
    const skim = page.getByRole('region', { name: 'Quotes by speaker' });
    await skim.waitFor();
    expect(await page.locator('.article__body').count()).toBe(0);
    expect(await skim.locator('.skim__quote').count()).toBe(speech.length);
    expect(await skim.locator('h3').first().innerText()).toBe(firstSpeaker?.name ?? 'Unattributed');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    const first = skim.locator('.skim__quote').first();
    await first.getByText('Context', { exact: true }).click();
    await expect
      .poll(() => first.locator('details').evaluate((d) => (d as HTMLDetailsElement).open))
      .toBe(true);
    expect(await first.locator('details mark').innerText()).not.toBe('');

    await page.reload();
    await skim.waitFor();
    await page
      .getByRole('navigation', { name: 'Article view' })
      .getByRole('link', { name: 'Full text' })
      .click();
    await page.locator('.article__body').waitFor();
    expect(new URL(page.url()).searchParams.has('view')).toBe(false);
  });
});
