import type { Quote, Span } from '../../core/schema.ts';

/** A run of paragraph text: plain, the dateline, or (part of) one quotation. */
export type Segment =
  | { kind: 'text'; start: number; text: string }
  | { kind: 'dateline'; start: number; text: string }
  | {
      kind: 'quote';
      start: number;
      text: string;
      quote: Quote;
      /** The first piece of the quotation on the page: it carries the `q-N` anchor. */
      anchor: boolean;
      /** The piece where the quotation ends: the speaker label goes after it. */
      last: boolean;
    };

type Range =
  | { kind: 'dateline'; start: number; end: number }
  | { kind: 'quote'; start: number; end: number; quote: Quote };

/**
 * Splits each paragraph of `text` into segments at the dateline and quotation offsets.
 * Offsets are clipped to each paragraph, so a quotation spanning paragraphs becomes one segment
 * per paragraph; overlapping ranges are clipped to what earlier ranges left. Strings are only
 * sliced, never searched, so highlights cannot drift from the text the engine marked.
 */
export function segmentArticle(
  text: string,
  paragraphs: Span[],
  quotes: Quote[],
  dateline: Span | null,
): Segment[][] {
  const ranges: Range[] = [
    ...(dateline ? [{ kind: 'dateline' as const, start: dateline.start, end: dateline.end }] : []),
    ...quotes.map((quote) => ({
      kind: 'quote' as const,
      start: quote.start,
      end: quote.end,
      quote,
    })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const anchored = new Set<string>();

  return paragraphs.map((paragraph) => {
    const segments: Segment[] = [];
    let cursor = paragraph.start;
    const pushText = (end: number) => {
      if (end > cursor)
        segments.push({ kind: 'text', start: cursor, text: text.slice(cursor, end) });
    };
    for (const range of ranges) {
      if (range.end <= paragraph.start || range.start >= paragraph.end) continue;
      const start = Math.max(range.start, cursor);
      const end = Math.min(range.end, paragraph.end);
      if (end <= start) continue;
      pushText(start);
      const piece = text.slice(start, end);
      if (range.kind === 'dateline') {
        segments.push({ kind: 'dateline', start, text: piece });
      } else {
        const anchor = !anchored.has(range.quote.id);
        anchored.add(range.quote.id);
        segments.push({
          kind: 'quote',
          start,
          text: piece,
          quote: range.quote,
          anchor,
          last: end === range.end,
        });
      }
      cursor = end;
    }
    pushText(paragraph.end);
    return segments;
  });
}
