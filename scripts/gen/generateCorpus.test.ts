import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/article/parseArticle.ts';
import { generateCorpus, syntheticTaxonomy } from './generateCorpus.ts';
import { SPEAKER_POOL } from './generateArticle.ts';

const corpus = (count: number, seed: number) => [...generateCorpus(count, seed)];

describe('synthetic corpus generator', () => {
  it('writes the same corpus for the same seed, and a smaller corpus is a prefix of a larger one', () => {
    const small = corpus(40, 7);
    expect(corpus(40, 7)).toEqual(small);
    expect(corpus(60, 7).slice(0, 40)).toEqual(small);
  });

  it('writes a different corpus for another seed', () => {
    const a = corpus(20, 1).map(({ text }) => text);
    const b = corpus(20, 2).map(({ text }) => text);
    expect(a.filter((text, i) => text === b[i])).toEqual([]);
  });

  it('draws from thousands of speakers and about fifty topics', () => {
    expect(SPEAKER_POOL).toBeGreaterThanOrEqual(5000);
    expect(syntheticTaxonomy().topics).toHaveLength(50);
  });

  it('writes articles the pipeline parses, tagged with exactly the topics written about', () => {
    const taxonomy = syntheticTaxonomy();
    const parsed = corpus(150, 3).map(({ file, text, topics, date }) => {
      const result = parseArticle(text, { file, taxonomy });
      if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
      expect([...result.value.topics.map((t) => t.id)].sort()).toEqual([...topics].sort());
      expect(result.value.date).toBe(date);
      return result.value;
    });
    expect(new Set(parsed.map((a) => a.slug)).size).toBe(parsed.length);
    const quotes = parsed.flatMap((a) => a.quotes);
    // Realistic density: several quotations per article, of every kind and attribution.
    expect(quotes.length / parsed.length).toBeGreaterThan(3);
    expect(new Set(quotes.map((q) => q.kind))).toEqual(new Set(['direct', 'partial']));
    const how = new Set(quotes.map((q) => q.attribution));
    for (const kind of ['named', 'pronoun']) expect(how).toContain(kind);
    expect(new Set(parsed.flatMap((a) => a.speakers.map((s) => s.id))).size).toBeGreaterThan(200);
    const paragraphs = parsed.map((a) => a.paragraphs.length);
    expect(Math.min(...paragraphs)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...paragraphs)).toBeGreaterThan(15);
    expect(
      parsed.some((a) => a.text.includes('“')) && parsed.some((a) => a.text.includes('"')),
    ).toBe(true);
  });
});
