// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../core/article/parseArticle.ts';
import type { Article } from '../core/schema.ts';
import type { Taxonomy } from '../core/topics/taxonomy.ts';
import { buildIndex } from './buildIndex.ts';

/** A synthetic taxonomy: one topic per keyword. */
const taxonomy: Taxonomy = {
  topics: [
    { id: 'rain', label: 'Rain', anyOf: [{ allOf: [['rain']], minMentions: 1 }] },
    { id: 'sun', label: 'Sun', anyOf: [{ allOf: [['sun']], minMentions: 1 }] },
    { id: 'snow', label: 'Snow', anyOf: [{ allOf: [['snow']], minMentions: 1 }] },
    { id: 'hail', label: 'Hail', anyOf: [{ allOf: [['hail']], minMentions: 1 }] },
  ],
};

function article(file: string, header: string, lead: string): Article {
  const parsed = parseArticle(`${header}\n\n${lead}\n`, { file, taxonomy });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('buildIndex', () => {
  const articles = [
    article('a.txt', ' date 2024-01-02', 'Sun and rain today.'),
    article('b.txt', '', 'Undated rain report.'),
    article('c.txt', ' date 2024-03-01', 'Zebra sees snow and rain.'),
    article('d.txt', ' date 2024-03-01', 'Aardvark sees sun.'),
  ];

  it('counts what people said, not scare quotes or titles', () => {
    const quoted = article(
      'e.txt',
      ' date 2024-04-01',
      'The so-called "rain plan" failed. "It rained all week," Ada Brook said.',
    );
    expect(quoted.quotes).toHaveLength(2);
    expect(buildIndex([quoted], taxonomy).articles[0]?.quoteCount).toBe(1);
  });

  it('lists articles newest first, undated last, then by headline', () => {
    const { articles: summaries } = buildIndex(articles, taxonomy);

    expect(summaries.map(({ headline }) => headline)).toEqual([
      'Aardvark sees sun',
      'Zebra sees snow and rain',
      'Sun and rain today',
      'Undated rain report',
    ]);
  });

  it('counts used topics, most used first, then by label, and drops unused ones', () => {
    expect(buildIndex(articles, taxonomy).topics).toEqual([
      { id: 'rain', label: 'Rain', count: 3 },
      { id: 'sun', label: 'Sun', count: 2 },
      { id: 'snow', label: 'Snow', count: 1 },
    ]);
  });

  it('keeps summaries free of text, paragraphs and quotes', () => {
    const [summary] = buildIndex(articles, taxonomy).articles;

    expect(Object.keys(summary ?? {}).sort()).toEqual([
      'byline',
      'date',
      'headline',
      'quoteCount',
      'readingMinutes',
      'slug',
      'speakers',
      'summary',
      'topics',
    ]);
  });
});
