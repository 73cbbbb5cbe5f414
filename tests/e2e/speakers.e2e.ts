import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodeSpeakerDirectory } from '../../src/core/decodeWire.ts';
import type { SpeakerDirectory } from '../../src/core/schema.ts';
import { siteUrl, setupBrowser } from './browser.ts';
import { firstArticle } from './siteData.ts';

const { openPage } = setupBrowser();

const PHONE = { width: 360, height: 740 };
const UNKNOWN_SPEAKER = 'no-such-speaker-000000';
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The built site's `data/speakers.json`; the tests derive what to expect from it. */
async function fetchSpeakers(): Promise<SpeakerDirectory> {
  const response = await fetch(siteUrl('data/speakers.json'));
  if (!response.ok) throw new Error(`data/speakers.json: HTTP ${response.status}`);
  const directory = decodeSpeakerDirectory(await response.json());
  if (!directory.ok) throw new Error(directory.error);
  return directory.value;
}

describe('speaker pages', () => {
  it('lists everyone quoted from the site header, opens a speaker and follows a quote to its place', async () => {
    const { speakers } = await fetchSpeakers();
    const top = speakers[0];
    if (!top) throw new Error('the built site quotes no one');
    const page = await openPage({ viewport: PHONE });
    await page.goto(siteUrl());
    await page.locator('main h1').waitFor();

    await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Voices' })
      .click();
    await page.waitForURL('**/speakers');
    await page.getByRole('heading', { level: 1, name: 'Voices' }).waitFor();
    const names = await page.locator('.speaker-entry__name').allInnerTexts();
    expect(names).toEqual(speakers.map((speaker) => speaker.name));
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole('link', { name: top.name, exact: true }).click();
    await page.waitForURL(`**/speakers/${top.id}`);
    await page.getByRole('heading', { level: 1, name: top.name }).waitFor();
    await expect.poll(() => page.locator('.speaker-quote').count()).toBe(top.quoteCount);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    const source = page.locator('.speaker-quote__source a').first();
    const href = (await source.getAttribute('href')) ?? '';
    const quoteId = href.split('#')[1] ?? '';
    expect(quoteId).toMatch(/^q-\d+$/);
    await source.click();
    const mark = page.locator(`mark#${quoteId}`);
    await mark.waitFor();
    await expect
      .poll(() => mark.evaluate((element) => element === document.activeElement))
      .toBe(true);
  });

  it('links each voice in an article to the speaker page', async () => {
    const article = await firstArticle();
    const speaker = article.speakers[0];
    if (!speaker) throw new Error('the first article quotes no one');
    const page = await openPage();
    await page.goto(siteUrl(`articles/${article.slug}`));

    await page.getByRole('link', { name: `All quotes by ${speaker.name}` }).click();

    await page.waitForURL(`**/speakers/${speaker.id}`);
    await page.getByRole('heading', { level: 1, name: speaker.name }).waitFor();
  });

  it('says "Speaker not found" for an unknown speaker, also on a reload', async () => {
    const page = await openPage({
      expectedErrors: [new RegExp(`status of 404 .*data/speakers/${UNKNOWN_SPEAKER}\\.json`)],
    });
    await page.goto(siteUrl(`speakers/${UNKNOWN_SPEAKER}`));
    await page.getByRole('heading', { level: 1, name: 'Speaker not found' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Speaker not found' }).waitFor();
    const response = await fetch(siteUrl(`data/speakers/${UNKNOWN_SPEAKER}.json`));
    expect(response.status).toBe(404);
  });
});
