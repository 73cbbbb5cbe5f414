// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../core/article/parseArticle.ts';
import { toSummary } from '../core/article/toSummary.ts';
import { decodeListPair, decodeListShard } from '../core/list/decodeListShard.ts';
import type { Article, ListShard } from '../core/schema.ts';
import type { Taxonomy } from '../core/topics/taxonomy.ts';
import { buildListData } from './buildIndex.ts';

/** A shard's positions as the app reads them. */
function positionsOf(shard: ListShard): number[] {
  const decoded = decodeListShard(shard);
  if (!decoded.ok) throw new Error(decoded.error);
  return [...decoded.value.positions];
}

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

const list = (articles: Article[], pageSize?: number) =>
  buildListData(articles.map(toSummary), taxonomy, pageSize);

describe('buildListData', () => {
  const articles = [
    article('a.txt', ' date 2024-01-02', 'Sun and rain today. "Wet," Ada Brook said.'),
    article('b.txt', '', 'Undated rain report.'),
    article('c.txt', ' date 2024-03-01', 'Zebra sees snow and rain. "It is cold," Ada Brook said.'),
    article('d.txt', ' date 2024-03-01', 'Aardvark sees sun. "Lovely," Tom Vell said.'),
  ];

  it('counts what people said, not scare quotes or titles', () => {
    const quoted = article(
      'e.txt',
      ' date 2024-04-01',
      'The so-called "rain plan" failed. "It rained all week," Ada Brook said.',
    );
    expect(quoted.quotes).toHaveLength(2);
    expect(list([quoted]).index.articles[0]?.quoteCount).toBe(1);
  });

  it('lists articles newest first, undated last, then by headline, across pages', () => {
    const { index, pages, pageDates } = list(articles, 3);
    const order = ['Aardvark sees sun', 'Zebra sees snow and rain', 'Sun and rain today'];
    expect(index.articles.map(({ headline }) => headline)).toEqual(order);
    expect(index).toMatchObject({ total: 4, pageSize: 3 });
    expect(pages.map((page) => page.articles.map(({ headline }) => headline))).toEqual([
      order,
      ['Undated rain report'],
    ]);
    expect(pageDates).toEqual({ pageSize: 3, total: 4, firstDates: ['2024-03-01', null] });
  });

  it('counts used topics, most used first, then by label, and drops unused ones', () => {
    expect(list(articles).index.topics).toEqual([
      { id: 'rain', label: 'Rain', count: 3 },
      { id: 'sun', label: 'Sun', count: 2 },
      { id: 'snow', label: 'Snow', count: 1 },
    ]);
  });

  it('gives each topic and speaker the positions of its articles in the list order', () => {
    const data = list(articles);
    const positions = (shards: typeof data.topics, id: string) => {
      const shard = shards.find((s) => s.id === id);
      return shard ? positionsOf(shard) : null;
    };
    // Order: Aardvark (sun), Zebra (snow, rain), Sun and rain, Undated rain.
    expect(positions(data.topics, 'rain')).toEqual([1, 2, 3]);
    expect(positions(data.topics, 'sun')).toEqual([0, 2]);
    expect(positions(data.topics, 'hail')).toBeNull();
    const speakers = data.index.speakers.map(({ id, count }) => [id, count]);
    expect(speakers).toContainEqual(['ada-brook', 2]);
    expect(positions(data.speakers, 'ada-brook')).toEqual(
      data.index.articles.flatMap((a, i) => (a.speakers.some((s) => s.id === 'ada-brook') ? [i] : [])),
    );
  });

  it('gives each shard the summaries of its first articles, in order', () => {
    const data = list(articles);
    const rain = data.topics.find((s) => s.id === 'rain');
    expect(rain?.head.map(({ headline }) => headline)).toEqual(
      (rain ? positionsOf(rain) : []).map((p) => data.pages[0]?.articles[p]?.headline),
    );
    expect(rain?.head).toHaveLength(3);
  });

  it('gives each topic with each speaker of the index the first articles they share', () => {
    const data = list(articles);
    expect(data.pairs.map(({ topic, speaker }) => `${topic}/${speaker}`).sort()).toEqual(
      data.index.topics.flatMap((t) => data.index.speakers.map((s) => `${t.id}/${s.id}`)).sort(),
    );
    const pair = (topic: string) => {
      const found = data.pairs.find((p) => p.topic === topic && p.speaker === 'ada-brook');
      const decoded = found && decodeListPair(found);
      if (!decoded?.ok) throw new Error(`no pair for ${topic}`);
      return decoded.value;
    };
    const both = (topic: string) =>
      data.index.articles.flatMap((a, i) =>
        a.topics.some((t) => t.id === topic) && a.speakers.some((s) => s.id === 'ada-brook')
          ? [i]
          : [],
      );
    expect(both('rain')).toHaveLength(2);
    for (const topic of ['rain', 'sun', 'snow']) {
      const { positions, head } = pair(topic);
      expect([...positions]).toEqual(both(topic));
      expect(head).toEqual([...positions].map((p) => data.index.articles[p]));
    }
  });

  it('keeps summaries free of text, paragraphs and quotes', () => {
    const [summary] = list(articles).index.articles;

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
