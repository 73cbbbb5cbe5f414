import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Quote, Span } from '../../core/schema.ts';
import { segmentArticle, type Segment } from './segmentArticle.ts';

function quote(id: string, start: number, end: number, text: string): Quote {
  return {
    id,
    text: text.slice(start, end),
    start,
    end,
    paragraph: 0,
    kind: 'direct',
    speakerId: 'ada-brook',
    attribution: 'named',
    cue: null,
  };
}

const describeSegments = (segments: Segment[]) =>
  segments.map((s) =>
    s.kind === 'quote' ? `${s.kind}:${s.quote.id}:${s.text}` : `${s.kind}:${s.text}`,
  );

describe('segmentArticle', () => {
  it('keeps a paragraph without quotes as one text segment', () => {
    const text = 'Nothing was said.';
    expect(
      describeSegments(segmentArticle(text, [{ start: 0, end: 17 }], [], null)[0] ?? []),
    ).toEqual(['text:Nothing was said.']);
  });

  it('splits out the dateline and a quotation by their offsets', () => {
    const text = 'RIVERTON — Ada Brook said "we build" today.';
    const start = text.indexOf('we build');
    const segments = segmentArticle(
      text,
      [{ start: 0, end: text.length }],
      [quote('q-1', start, start + 8, text)],
      { start: 0, end: 11 },
    )[0];
    expect(describeSegments(segments ?? [])).toEqual([
      'dateline:RIVERTON — ',
      'text:Ada Brook said "',
      'quote:q-1:we build',
      'text:" today.',
    ]);
  });

  it('clips a quotation that spans paragraphs and anchors only its first piece', () => {
    const text = '"First part.\n\nSecond part," she said.';
    const paragraphs: Span[] = [
      { start: 0, end: 12 },
      { start: 14, end: text.length },
    ];
    const q = quote('q-1', 1, 25, text);
    const [first, second] = segmentArticle(text, paragraphs, [q], null);
    const firstQuote = first?.find((s) => s.kind === 'quote');
    const secondQuote = second?.find((s) => s.kind === 'quote');
    expect(firstQuote).toMatchObject({ text: 'First part.', anchor: true, last: false });
    expect(secondQuote).toMatchObject({ text: 'Second part', anchor: false, last: true });
  });

  it('drops quotations that lie outside every paragraph', () => {
    const text = 'date 2024-01-01 "header"\n\nBody.';
    const segments = segmentArticle(
      text,
      [{ start: 26, end: 31 }],
      [quote('q-1', 17, 23, text)],
      null,
    );
    expect(describeSegments(segments[0] ?? [])).toEqual(['text:Body.']);
  });

  it('always reassembles each paragraph exactly, whatever the ranges', () => {
    const text = 'abcdefghij\n\nklmnopqrst\n\nuvwxyz';
    const paragraphs: Span[] = [
      { start: 0, end: 10 },
      { start: 12, end: 22 },
      { start: 24, end: 30 },
    ];
    const range = fc
      .tuple(fc.nat(30), fc.nat(30))
      .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(
        fc.array(range, { maxLength: 6 }),
        fc.option(range, { nil: null }),
        (spans, dateline) => {
          const quotes = spans.map((s, i) => quote(`q-${i + 1}`, s.start, s.end, text));
          const result = segmentArticle(text, paragraphs, quotes, dateline);
          result.forEach((segments, i) => {
            const p = paragraphs[i] as Span;
            expect(segments.map((s) => s.text).join('')).toBe(text.slice(p.start, p.end));
          });
          const anchors = result.flat().filter((s) => s.kind === 'quote' && s.anchor);
          const ids = anchors.map((s) => (s.kind === 'quote' ? s.quote.id : ''));
          expect(new Set(ids).size).toBe(ids.length);
        },
      ),
    );
  });
});
