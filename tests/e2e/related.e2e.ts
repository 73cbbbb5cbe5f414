import { describe, expect, it } from 'vitest';
import { relatedArticles } from '../../src/features/related/relatedArticles.ts';
import { findViolations, formatViolations, injectAxe } from './axe.ts';
import { siteUrl, setupBrowser } from './browser.ts';
import { fetchIndex } from './siteData.ts';

const { openPage } = setupBrowser();

describe('related articles', () => {
  it('is absent for the bundled sample, which no other article shares a voice or topic with', async () => {
    const { articles } = await fetchIndex();
    const article = articles[0];
    if (!article) throw new Error('no articles');
    const page = await openPage();
    await page.goto(siteUrl(`articles/${article.slug}`));
    await page.getByRole('heading', { level: 1, name: article.headline }).waitFor();
    await page.waitForLoadState('networkidle');
    // One article in the bundled content: nothing to relate it to, so no section at all.
    const expected = relatedArticles(article, articles).length > 0 ? 1 : 0;
    expect(await page.getByRole('region', { name: 'Related articles' }).count()).toBe(expected);
    expect(await page.locator('.related').count()).toBe(expected);
  });

  it('lists other articles from the index that share voices and topics, best first', async () => {
    const index = await fetchIndex();
    const article = index.articles[0];
    const speaker = article?.speakers[0];
    const topic = article?.topics[0];
    if (!article || !speaker || !topic) throw new Error('the sample needs a speaker and a topic');
    // Two extra index entries, served in place of the built index: one sharing a voice, one a topic.
    const extra = (slug: string, patch: object) => ({
      ...article,
      slug,
      headline: `Synthetic ${slug}`,
      topics: [],
      speakers: [],
      ...patch,
    });
    const body = JSON.stringify({
      ...index,
      articles: [
        ...index.articles,
        extra('shares-a-topic', { topics: [topic] }),
        extra('shares-a-voice', { speakers: [speaker] }),
      ],
    });
    const page = await openPage({ viewport: { width: 360, height: 740 } });
    await injectAxe(page);
    await page.route('**/data/index.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto(siteUrl(`articles/${article.slug}`));
    const section = page.getByRole('region', { name: 'Related articles' });
    await section.waitFor();
    expect(await section.getByRole('link').allTextContents()).toEqual([
      'Synthetic shares-a-voice',
      'Synthetic shares-a-topic',
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    for (const colorScheme of ['light', 'dark'] as const) {
      // Load in the scheme: switching it live catches the highlights mid-transition.
      await page.emulateMedia({ colorScheme });
      await page.reload();
      await section.waitFor();
      expect(formatViolations('related articles', await findViolations(page))).toBe('');
    }
  });
});
