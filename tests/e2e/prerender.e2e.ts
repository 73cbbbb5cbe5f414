import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodeArticle, decodeSpeakerDirectory } from '../../src/core/decodeWire.ts';
import type { Article, SpeakerEntry } from '../../src/core/schema.ts';
import { siteOrigin } from '../../src/content/siteOrigin.ts';
import { basePath, setupBrowser, siteUrl } from './browser.ts';
import { fetchIndex, firstArticle } from './siteData.ts';

const { openPage } = setupBrowser();

async function fetchData<T>(
  path: string,
  decode: (input: unknown) => { ok: true; value: T } | { ok: false; error: string },
): Promise<T> {
  const response = await fetch(siteUrl(`data/${path}`));
  if (!response.ok) throw new Error(`data/${path}: HTTP ${response.status}`);
  const decoded = decode(await response.json());
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.value;
}

const sampleArticle = async (): Promise<Article> =>
  fetchData(`articles/${(await firstArticle()).slug}.json`, decodeArticle);

async function topSpeaker(): Promise<SpeakerEntry> {
  const [top] = (await fetchData('speakers.json', decodeSpeakerDirectory)).speakers;
  if (!top) throw new Error('the built site quotes no one');
  return top;
}

/**
 * Marks the page's `<h1>` once the HTML is parsed, before the app's module runs (module
 * scripts run after readyState turns "interactive"). Hydration keeps that element; rendering
 * afresh replaces it, so the mark tells the two apart.
 */
async function markPrerenderedHeading(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const heading = document.querySelector('main h1');
      if (heading) (heading as HTMLElement & { prerendered?: boolean }).prerendered = true;
    });
  });
}

const headingWasHydrated = (page: Page) =>
  page
    .locator('main h1')
    .evaluate(
      (heading) => (heading as HTMLElement & { prerendered?: boolean }).prerendered === true,
    );

describe('prerendered pages, with JavaScript off', () => {
  it('shows the list with every article', async () => {
    const index = await fetchIndex();
    const page = await openPage({ javaScriptEnabled: false });

    await page.goto(siteUrl());

    expect(await page.locator('main h1').textContent()).toBe('Latest articles');
    const headlines = await page.locator('.card__headline').allTextContents();
    expect(headlines).toEqual(index.articles.map((article) => article.headline));
  });

  it('shows an article’s text with its quotes highlighted and their speakers named', async () => {
    const article = await sampleArticle();
    const page = await openPage({ javaScriptEnabled: false });

    await page.goto(siteUrl(`articles/${article.slug}`));

    expect(await page.locator('main h1').textContent()).toBe(article.headline);
    const text = (await page.locator('.article__body').textContent()) ?? '';
    const last = article.paragraphs.at(-1);
    if (!last) throw new Error('the sample article has no paragraphs');
    expect(text).toContain(article.text.slice(last.start, last.end).slice(0, 80));
    const speech = article.quotes.filter((quote) => quote.kind !== 'other');
    const marks = await page.locator('mark[data-quote-id]').evaluateAll((elements) =>
      elements.map((mark) => ({
        id: (mark as HTMLElement).dataset.quoteId,
        speaker: mark.getAttribute('title'),
      })),
    );
    expect(new Set(marks.map(({ id }) => id))).toEqual(new Set(speech.map(({ id }) => id)));
    const names = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]));
    for (const quote of speech) {
      const expected = quote.speakerId === null ? 'Unattributed' : names.get(quote.speakerId);
      expect(marks.find(({ id }) => id === quote.id)?.speaker).toBe(expected);
    }
    const voices = (await page.locator('.voices').textContent()) ?? '';
    for (const speaker of article.speakers) expect(voices).toContain(speaker.name);
  });

  it('shows a speaker’s page with their quotes', async () => {
    const speaker = await topSpeaker();
    const page = await openPage({ javaScriptEnabled: false });

    await page.goto(siteUrl(`speakers/${speaker.id}`));

    expect(await page.locator('main h1').textContent()).toBe(speaker.name);
    expect(await page.locator('.speaker-quote').count()).toBe(speaker.quoteCount);
  });

  it('shows a topic’s page with its articles only, under its own title', async () => {
    const index = await fetchIndex();
    const topic = index.topics.find(({ count }) => count > 0);
    if (!topic) throw new Error('the built site has no tagged articles');
    const page = await openPage({ javaScriptEnabled: false });

    await page.goto(siteUrl(`topics/${encodeURIComponent(topic.id)}`));

    expect(await page.locator('main h1').textContent()).toBe(topic.label);
    expect(await page.title()).toBe(`${topic.label} – Saywire`);
    const tagged = index.articles.filter((article) =>
      article.topics.some(({ id }) => id === topic.id),
    );
    expect(await page.locator('.card__headline').allTextContents()).toEqual(
      tagged.map((article) => article.headline),
    );
  });

  it('answers an unknown path with the not-found page', async () => {
    const page = await openPage({ javaScriptEnabled: false });

    await page.goto(siteUrl('no/such/page'));

    expect(await page.locator('main h1').textContent()).toBe('Page not found');
    expect(await page.title()).toBe('Page not found – Saywire');
    // One 404.html serves every unknown path, so it must not name the path it was rendered for.
    expect(await page.locator('main').textContent()).toContain('Nothing lives at this address.');
  });
});

describe('hydration', () => {
  it('hydrates every prerendered route without a mismatch or a console error', async () => {
    const article = await firstArticle();
    const speaker = await topSpeaker();
    const topic = (await fetchIndex()).topics.find(({ count }) => count > 0);
    if (!topic) throw new Error('the built site has no tagged articles');
    const routes: [path: string, heading: string][] = [
      ['', 'Latest articles'],
      [`topics/${encodeURIComponent(topic.id)}`, topic.label],
      [`articles/${article.slug}`, article.headline],
      ['speakers', 'Voices'],
      [`speakers/${speaker.id}`, speaker.name],
      ['settings', 'Settings'],
      ['saved', 'Saved articles'],
    ];
    for (const [path, heading] of routes) {
      const page = await openPage();
      await markPrerenderedHeading(page);

      await page.goto(siteUrl(path));
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();

      expect({ path, hydrated: await headingWasHydrated(page) }).toEqual({ path, hydrated: true });
    }
  });

  it('renders afresh, not hydrates, a page prerendered for another URL', async () => {
    const index = await fetchIndex();
    const topic = index.topics.find(({ count }) => count > 0);
    if (!topic) throw new Error('the built site has no tagged articles');
    const cases: [path: string, heading: string][] = [
      // The host serves the front page's HTML for any query string.
      [`?topic=${encodeURIComponent(topic.id)}`, topic.label],
      // And 404.html, rendered for /404, for any unknown path.
      ['no/such/page', 'Page not found'],
    ];
    for (const [path, heading] of cases) {
      const page = await openPage();
      await markPrerenderedHeading(page);

      await page.goto(siteUrl(path));
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();

      expect({ path, hydrated: await headingWasHydrated(page) }).toEqual({ path, hydrated: false });
    }
  });

  it('is interactive once hydrated: a topic chip filters the list', async () => {
    const index = await fetchIndex();
    const page = await openPage();
    await markPrerenderedHeading(page);
    await page.goto(siteUrl());
    await page.getByRole('heading', { level: 1, name: 'Latest articles' }).waitFor();
    expect(await headingWasHydrated(page)).toBe(true);
    const topic = index.topics.find(({ count }) => count > 0);
    if (!topic) throw new Error('the built site has no tagged articles');

    await page
      .getByRole('navigation', { name: 'Filter by topic' })
      .getByRole('link', { name: new RegExp(`^${topic.label}`) })
      .click();

    await page.getByRole('heading', { level: 1, name: topic.label }).waitFor();
  });

  it('is interactive once hydrated: a speaker tag opens the attribution card', async () => {
    const article = await sampleArticle();
    const page = await openPage();
    await markPrerenderedHeading(page);
    await page.goto(siteUrl(`articles/${article.slug}`));
    await page.getByRole('heading', { level: 1, name: article.headline }).waitFor();
    expect(await headingWasHydrated(page)).toBe(true);

    await page.locator('button.quote-tag').first().click();

    await page.getByRole('dialog', { name: 'Who said this' }).waitFor();
  });

  it('hydrates saved preferences and saved articles without a mismatch, then shows them', async () => {
    const article = await sampleArticle();
    const page = await openPage();
    await page.addInitScript(() => {
      localStorage.setItem('saywire:theme', 'dark');
      localStorage.setItem('saywire:text-size', 'large');
    });
    await markPrerenderedHeading(page);

    await page.goto(siteUrl('settings'));

    await expect.poll(() => page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Large', exact: true }).isChecked()).toBe(true);
    expect(await headingWasHydrated(page)).toBe(true);

    await page.goto(siteUrl(`articles/${article.slug}`));
    await page.getByRole('button', { name: `Save “${article.headline}”` }).click();
    await page.goto(siteUrl('saved'));
    await page.getByRole('link', { name: article.headline }).waitFor();
    expect(await headingWasHydrated(page)).toBe(true);
  });
});

describe('head tags', () => {
  it('gives an article page its own title, description, canonical URL, cards and NewsArticle data', async () => {
    const article = await sampleArticle();
    const page = await openPage({ javaScriptEnabled: false });

    await page.goto(siteUrl(`articles/${article.slug}`));

    const canonical = `${siteOrigin()}${basePath()}articles/${article.slug}`;
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    expect(await page.title()).toBe(`${article.headline} – Saywire`);
    expect(await meta('meta[name="description"]')).toBe(article.summary);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(canonical);
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[property="og:title"]')).toBe(article.headline);
    expect(await meta('meta[property="og:description"]')).toBe(article.summary);
    expect(await meta('meta[property="og:url"]')).toBe(canonical);
    expect(await meta('meta[property="article:published_time"]')).toBe(article.date);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary');
    expect(await meta('meta[name="twitter:title"]')).toBe(article.headline);
    expect(await page.locator('meta[name="description"]').count()).toBe(1);
    expect(await page.locator('title').count()).toBe(1);

    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(jsonLd ?? 'null')).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.headline,
      description: article.summary,
      datePublished: article.date,
      mainEntityOfPage: canonical,
      ...(article.byline ? { author: { '@type': 'Person', name: article.byline } } : {}),
    });
  });

  it('gives the front page and a speaker page their own title and canonical URL', async () => {
    const speaker = await topSpeaker();
    const page = await openPage({ javaScriptEnabled: false });

    await page.goto(siteUrl());
    expect(await page.title()).toBe('Saywire');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `${siteOrigin()}${basePath()}`,
    );

    await page.goto(siteUrl(`speakers/${speaker.id}`));
    expect(await page.title()).toBe(`${speaker.name} – Saywire`);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `${siteOrigin()}${basePath()}speakers/${speaker.id}`,
    );
  });
});
