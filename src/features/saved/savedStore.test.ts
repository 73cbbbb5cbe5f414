import { toSummary } from '../../core/article/toSummary.ts';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bridgeArticle,
  festivalArticle,
  schoolArticle,
  syntheticIndex,
} from '../../../tests/fixtures/syntheticArticles.ts';
import {
  attachArticle,
  listSaved,
  removeSaved,
  SAVED_KEY,
  saveArticle,
  savedArticle,
} from './savedStore.ts';

afterEach(() => localStorage.clear());

describe('saved articles store', () => {
  it('lists saved articles newest saved first and keeps the first save time on a re-save', () => {
    saveArticle(toSummary(bridgeArticle), null, new Date('2025-01-01T10:00:00Z'));
    saveArticle(toSummary(schoolArticle), schoolArticle, new Date('2025-01-02T10:00:00Z'));
    saveArticle(toSummary(bridgeArticle), bridgeArticle, new Date('2025-01-03T10:00:00Z'));
    expect(listSaved().map((entry) => entry.summary.slug)).toEqual([
      schoolArticle.slug,
      bridgeArticle.slug,
    ]);
    expect(savedArticle(bridgeArticle.slug)).toEqual(bridgeArticle);
  });

  it('stores the article itself for offline reading once it arrives, unless unsaved meanwhile', () => {
    saveArticle(toSummary(festivalArticle), null);
    expect(savedArticle(festivalArticle.slug)).toBeNull();
    attachArticle(festivalArticle);
    expect(savedArticle(festivalArticle.slug)).toEqual(festivalArticle);

    removeSaved(festivalArticle.slug);
    attachArticle(festivalArticle);
    expect(listSaved()).toEqual([]);
  });

  it('derives the same summary the index has', () => {
    for (const article of [bridgeArticle, festivalArticle, schoolArticle]) {
      expect(toSummary(article)).toEqual(
        syntheticIndex.articles.find((summary) => summary.slug === article.slug),
      );
    }
  });

  it('survives damaged storage: bad JSON is an empty list, a bad entry costs only itself', () => {
    localStorage.setItem(SAVED_KEY, '{not json');
    expect(listSaved()).toEqual([]);
    const good = { summary: toSummary(schoolArticle), article: null, savedAt: '2025-01-01' };
    localStorage.setItem(
      SAVED_KEY,
      JSON.stringify({ version: 1, entries: [{ summary: { slug: 1 } }, good] }),
    );
    expect(listSaved()).toEqual([good]);
  });
});
