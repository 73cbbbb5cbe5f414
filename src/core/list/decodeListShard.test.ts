import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeListPair, decodeListShard } from './decodeListShard.ts';
import { encodePostings } from '../search/postings.ts';

const shard = (positions: string, count: number) => ({
  id: 'rail',
  label: 'Rail',
  count,
  positions,
  head: [],
});

describe('decodeListShard', () => {
  it('reads base-36 gaps back into ascending positions', () => {
    const decoded = decodeListShard(shard('3,2,a', 3));
    expect(decoded.ok && [...decoded.value.positions]).toEqual([3, 5, 15]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 200_000 }), { maxLength: 300 }), (xs) => {
        const sorted = xs.sort((a, b) => a - b);
        const read = decodeListShard(shard(encodePostings(sorted), sorted.length));
        expect(read.ok && [...read.value.positions]).toEqual(sorted);
      }),
    );
  });

  it('reads an empty topic', () => {
    const decoded = decodeListShard(shard('', 0));
    expect(decoded.ok && decoded.value.positions).toHaveLength(0);
  });

  it.each([
    ['3,-2', 2, 'positions: posting 2 has a character that is not base 36'],
    ['3,0', 2, 'positions: posting 2 is not an ascending article number'],
    ['3,,4', 3, 'positions: posting 2 is not an ascending article number'],
    ['zzzzzzzz', 1, 'positions: posting 1 is not an ascending article number'],
    ['3,2', 3, 'count: 3 articles, 2 positions'],
  ])('rejects positions %j (count %i) naming what is wrong', (positions, count, message) => {
    const decoded = decodeListShard(shard(positions, count));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.error).toContain(
      `Article list filter is malformed at ${message}`,
    );
  });

  it('rejects the older format of a number per gap', () => {
    const decoded = decodeListShard({ id: 'rail', label: 'Rail', count: 1, gaps: [3], head: [] });
    expect(!decoded.ok && decoded.error).toMatch(/^Article list filter is malformed at positions/);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), (positions, count) => {
        expect(() => decodeListShard(shard(positions, count))).not.toThrow();
      }),
    );
  });
});

describe('decodeListPair', () => {
  const summary = {
    slug: 'rail-fares-rise',
    headline: 'Rail fares rise',
    summary: 'Fares rise in May.',
    date: '2024-05-01',
    byline: null,
    readingMinutes: 1,
    quoteCount: 0,
    topics: [],
    speakers: [],
  };
  const pair = (positions: string, head: unknown[]) => ({
    topic: 'rail',
    speaker: 'ada-brook',
    positions,
    head,
  });

  it('reads a pair: each position with its summary', () => {
    const decoded = decodeListPair(pair('4,b', [summary, summary]));
    expect(decoded.ok && [...decoded.value.positions]).toEqual([4, 15]);
  });

  it('rejects positions without a summary each, naming what is wrong', () => {
    const decoded = decodeListPair(pair('4,b', [summary]));
    expect(!decoded.ok && decoded.error).toBe(
      'Article list pair is malformed at head: 1 summaries, 2 positions',
    );
    const bad = decodeListPair(pair('4,b,', [summary, summary]));
    expect(!bad.ok && bad.error).toMatch(/^Article list pair is malformed at positions: posting 3/);
  });
});
