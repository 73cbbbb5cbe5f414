import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../core/schema.ts';
import {
  bridgeArticle,
  festivalArticle,
  schoolArticle,
  syntheticIndex,
} from '../../../tests/fixtures/syntheticArticles.ts';
import { relatedArticles } from './relatedArticles.ts';

const summary = (slug: string, patch: Partial<ArticleSummary> = {}): ArticleSummary => ({
  slug,
  headline: slug,
  summary: '',
  date: '2024-01-01',
  byline: null,
  readingMinutes: 1,
  quoteCount: 0,
  topics: [],
  speakers: [],
  ...patch,
});
const topic = (id: string) => ({ id, label: id });
const speaker = (id: string) => ({ id, name: id });

describe('related articles', () => {
  it('scores shared speakers twice shared topics and leaves out the article itself', () => {
    const related = relatedArticles(bridgeArticle, syntheticIndex.articles);
    // Festival shares Ada Brook (2); the school article shares Local government (1).
    expect(related.map(({ article, score }) => [article.slug, score])).toEqual([
      [festivalArticle.slug, 2],
      [schoolArticle.slug, 1],
    ]);
    expect(related[0]).toMatchObject({ sharedSpeakers: 1, sharedTopics: 0 });
  });

  it('is empty when nothing is shared', () => {
    expect(relatedArticles(schoolArticle, [summary('other', { topics: [topic('x')] })])).toEqual(
      [],
    );
  });

  it('keeps the best three, breaking ties by the newest, undated last', () => {
    const subject = { slug: 'me', topics: [topic('a'), topic('b')], speakers: [speaker('s')] };
    const candidates = [
      summary('one-topic-old', { topics: [topic('a')], date: '2020-01-01' }),
      summary('one-topic-undated', { topics: [topic('b')], date: null }),
      summary('one-topic-new', { topics: [topic('a')], date: '2024-06-01' }),
      summary('speaker', { speakers: [speaker('s')], date: '2019-01-01' }),
      summary('speaker-and-topic', { speakers: [speaker('s')], topics: [topic('a')] }),
      summary('nothing', { topics: [topic('z')] }),
    ];
    expect(relatedArticles(subject, candidates).map(({ article }) => article.slug)).toEqual([
      'speaker-and-topic',
      'speaker',
      'one-topic-new',
    ]);
    expect(
      relatedArticles(subject, candidates, 10)
        .map(({ article }) => article.slug)
        .slice(3),
    ).toEqual(['one-topic-old', 'one-topic-undated']);
  });
});
