import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../core/search/parseQuery.ts';
import { bridgeArticle, schoolArticle } from '../../../tests/fixtures/syntheticArticles.ts';
import { clipAround } from './clipText.ts';
import { describeHit } from './describeHit.ts';

const marked = ({ text, marks }: { text: string; marks: { start: number; end: number }[] }) =>
  marks.map((m) => text.slice(m.start, m.end));

describe('describeHit', () => {
  it('links to the quotation matching most query words and marks them there and in the headline', () => {
    const hit = describeHit(bridgeArticle, parseQuery('bridge deliver'));
    expect(hit.href).toBe('/articles/riverton-bridge-vote#q-1');
    expect(hit.snippet).toMatchObject({ kind: 'quote', quoteId: 'q-1', speaker: 'Ada Brook' });
    expect(hit.snippet.kind === 'quote' && marked(hit.snippet.body)).toEqual(['bridge', 'deliver']);
    expect(marked(hit.headline)).toEqual(['bridge']);
  });

  it('falls back to the summary and the article link when no quotation matches', () => {
    const hit = describeHit(schoolArticle, parseQuery('pupils'));
    expect(hit.href).toBe('/articles/northvale-school-roof');
    expect(hit.snippet.kind).toBe('summary');
    expect(marked(hit.snippet.body)).toEqual(['Pupils']);
  });

  it('lists the speakers the query names, marked', () => {
    const hit = describeHit(bridgeArticle, parseQuery('tomas'));
    expect(hit.voices.map(marked)).toEqual([['Tomas']]);
    expect(hit.href).toBe('/articles/riverton-bridge-vote');
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
