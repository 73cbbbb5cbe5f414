import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../core/search/parseQuery.ts';
import { bridgeArticle, schoolArticle } from '../../../tests/fixtures/syntheticArticles.ts';
import { clipAround } from './clipText.ts';
import { describeCard, describeSnippet } from './describeHit.ts';

const marked = ({ text, marks }: { text: string; marks: { start: number; end: number }[] }) =>
  marks.map((m) => text.slice(m.start, m.end));

const cardOf = (article: typeof bridgeArticle) => ({
  slug: article.slug,
  headline: article.headline,
  date: article.date,
  speakers: article.speakers.map((speaker) => speaker.name),
});

describe('describeCard and describeSnippet', () => {
  it('links to the quotation matching most query words and marks them there and in the headline', () => {
    const query = parseQuery('bridge deliver');
    const detail = describeSnippet(bridgeArticle, query);
    expect(detail.href).toBe('/articles/riverton-bridge-vote#q-1');
    expect(detail.snippet).toMatchObject({ kind: 'quote', quoteId: 'q-1', speaker: 'Ada Brook' });
    expect(detail.snippet.kind === 'quote' && marked(detail.snippet.body)).toEqual([
      'bridge',
      'deliver',
    ]);
    expect(marked(describeCard(cardOf(bridgeArticle), query).headline)).toEqual(['bridge']);
  });

  it('falls back to the summary and the article link when no quotation matches', () => {
    const detail = describeSnippet(schoolArticle, parseQuery('pupils'));
    expect(detail.href).toBe('/articles/northvale-school-roof');
    expect(detail.snippet.kind).toBe('summary');
    expect(marked(detail.snippet.body)).toEqual(['Pupils']);
  });

  it('lists the speakers the query names, marked, and links the card to the article', () => {
    const hit = describeCard(cardOf(bridgeArticle), parseQuery('tomas'));
    expect(hit.voices.map(marked)).toEqual([['Tomas']]);
    expect(hit.href).toBe('/articles/riverton-bridge-vote');
    expect(hit.date).toBe(bridgeArticle.date);
  });
});

describe('clipAround', () => {
  const long = `${'Lorem ipsum dolor sit amet '.repeat(20)}bridge ${'consectetur adipiscing '.repeat(20)}`;
  const at = long.indexOf('bridge');

  it('cuts a long text around the first mark and keeps that mark on its word', () => {
    const clipped = clipAround(long, [{ start: at, end: at + 6 }], 120);
    expect(clipped.text.length).toBeLessThanOrEqual(122);
    expect(clipped.text.startsWith('…')).toBe(true);
    expect(clipped.text.endsWith('…')).toBe(true);
    expect(marked(clipped)).toEqual(['bridge']);
  });

  it('leaves a short text whole', () => {
    expect(clipAround('a bridge', [{ start: 2, end: 8 }], 120)).toEqual({
      text: 'a bridge',
      marks: [{ start: 2, end: 8 }],
    });
  });
});
