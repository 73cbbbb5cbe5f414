import { compareText, newestFirst } from '../core/article/newestFirst.ts';
import type {
  ArticleIndex,
  ArticleSummary,
  ListPage,
  ListPair,
  ListShard,
  PageDates,
  SpeakerCount,
  TopicCount,
} from '../core/schema.ts';
import type { Taxonomy } from '../core/topics/taxonomy.ts';
import { encodePostings } from '../core/search/postings.ts';

/**
 * Summaries per page. 50 keeps a page near 5 KB gzip (the list's first screen, with the facets,
 * stays far under 15 KB) while a screen of rows needs one or two pages.
 */
export const PAGE_SIZE = 50;

/** Speakers in the index's facet; the others are reached through their pages and shards. */
export const TOP_SPEAKERS = 24;

/**
 * Summaries a topic or speaker shard carries for its first articles: more than a tall screen of
 * rows plus the list's overscan, so a filter shows its first screen from the one file it
 * fetches (about 1.3 KB gzip), not from a page per row.
 */
export const SHARD_HEAD = 12;

/** Everything the list reads, laid out so no view downloads the whole corpus. */
export type ListData = {
  /** `data/index.json`. */
  index: ArticleIndex;
  /** `data/list/pages/<n>.json`. */
  pages: ListPage[];
  /** `data/list/topics/<id>.json`. */
  topics: ListShard[];
  /** `data/list/speakers/<id>.json`. */
  speakers: ListShard[];
  /** `data/list/pairs/<topic>/<speaker>.json`, for every topic and each speaker of the index. */
  pairs: ListPair[];
  /** `data/list/pages.json`. */
  pageDates: PageDates;
};

/**
 * The list's data: summaries newest first (undated last, then by headline) cut into pages, the
 * topic facet (the taxonomy's topics that tag at least one article, most used first), the speaker
 * facet (most quoted in the most articles first), and for every topic and speaker the positions
 * of its articles in that order, so filters combine by intersecting two sorted lists.
 */
export function buildListData(
  summaries: readonly ArticleSummary[],
  taxonomy: Taxonomy,
  pageSize = PAGE_SIZE,
): ListData {
  const ordered = [...summaries].sort(newestFirst);
  const byTopic = new Map<string, number[]>();
  const bySpeaker = new Map<string, { name: string; positions: number[] }>();
  ordered.forEach((summary, position) => {
    for (const { id } of summary.topics) {
      let positions = byTopic.get(id);
      if (!positions) byTopic.set(id, (positions = []));
      positions.push(position);
    }
    for (const { id, name } of summary.speakers) {
      let entry = bySpeaker.get(id);
      if (!entry) bySpeaker.set(id, (entry = { name, positions: [] }));
      if (entry.positions.at(-1) !== position) entry.positions.push(position);
    }
  });

  const topicFacet: TopicCount[] = taxonomy.topics
    .map(({ id, label }) => ({ id, label, count: byTopic.get(id)?.length ?? 0 }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || compareText(a.label, b.label));
  const speakerFacet: SpeakerCount[] = [...bySpeaker]
    .map(([id, { name, positions }]) => ({ id, name, count: positions.length }))
    .sort((a, b) => b.count - a.count || compareText(a.name, b.name));

  const topSpeakers = speakerFacet.slice(0, TOP_SPEAKERS);
  const pages: ListPage[] = [];
  for (let start = 0; start < ordered.length || start === 0; start += pageSize) {
    pages.push({ page: pages.length, articles: ordered.slice(start, start + pageSize) });
  }
  return {
    index: {
      articles: pages[0]?.articles ?? [],
      topics: topicFacet,
      total: ordered.length,
      pageSize,
      speakers: topSpeakers,
    },
    pages,
    topics: topicFacet.map(({ id, label }) => shard(id, label, byTopic.get(id) ?? [], ordered)),
    speakers: speakerFacet.map(({ id, name }) =>
      shard(id, name, bySpeaker.get(id)?.positions ?? [], ordered),
    ),
    pairs: topicFacet.flatMap(({ id: topic }) =>
      topSpeakers.map(({ id: speaker }) =>
        pair(topic, speaker, byTopic.get(topic) ?? [], bySpeaker.get(speaker)?.positions ?? [], ordered),
      ),
    ),
    pageDates: {
      pageSize,
      total: ordered.length,
      firstDates: pages.map(({ articles }) => articles[0]?.date ?? null),
    },
  };
}

function shard(
  id: string,
  label: string,
  positions: number[],
  ordered: readonly ArticleSummary[],
): ListShard {
  const head = positions.slice(0, SHARD_HEAD).flatMap((p) => ordered[p] ?? []);
  return { id, label, count: positions.length, positions: encodePostings(positions), head };
}

/**
 * The first `SHARD_HEAD` articles of a topic that quote a speaker, with their positions: the
 * first screen of that combination, which the two shards' heads rarely hold at 100,000 articles
 * (a speaker's 1,000 articles spread over as many pages of the list).
 */
function pair(
  topic: string,
  speaker: string,
  a: readonly number[],
  b: readonly number[],
  ordered: readonly ArticleSummary[],
): ListPair {
  const both: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length && both.length < SHARD_HEAD; ) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) both.push(x);
    if (x <= y) i++;
    if (y <= x) j++;
  }
  const head = both.flatMap((p) => ordered[p] ?? []);
  return { topic, speaker, positions: encodePostings(both), head };
}
