import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../article/splitParagraphs.ts';
import { analyzeQuotes } from './analyzeQuotes.ts';

/** Text built from the pieces quotations are made of, so the engine's hard cases come up often. */
const newsLikeText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '"',
        '“',
        '”',
        "'",
        '‘',
        '’',
        '``',
        "''",
        ',',
        '.',
        ' ',
        '\n\n',
        '\n',
        ':',
        '—',
      ),
      fc.constantFrom(
        'he said',
        'said Ada Brook',
        'Ada Brook',
        'Mr Reed',
        'she added',
        'according to',
        'We',
        'the mayor',
      ),
      fc.string({ maxLength: 8 }),
      fc.constantFrom('😀', '\u202e', '\u200b', '\uFEFF', '\r\n'),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  newsLikeText,
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
);

function analyse(text: string) {
  return analyzeQuotes(text, splitParagraphs(text));
}

describe('analyzeQuotes properties', () => {
  it('returns for any string without throwing', () => {
    fc.assert(
      fc.property(anyText, (text) => void analyse(text)),
      { numRuns: 2000 },
    );
  });

  it("slices every quotation's offsets back to its text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const quote of analyse(text).quotes) {
          expect(text.slice(quote.start, quote.end)).toBe(quote.text);
          expect(quote.start).toBeLessThan(quote.end);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never returns overlapping quotations, and keeps document order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { quotes } = analyse(text);
        for (let i = 1; i < quotes.length; i++) {
          expect(quotes[i]?.start).toBeGreaterThanOrEqual(quotes[i - 1]?.end ?? 0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(analyse(text)).toEqual(analyse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('names a speaker for every quotation it attributes, and none for "other" marks', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { quotes, speakers } = analyse(text);
        const ids = new Set(speakers.map((speaker) => speaker.id));
        for (const quote of quotes) {
          if (quote.kind === 'other') expect(quote.speaker).toBeNull();
          if (quote.speaker) expect(ids.has(quote.speaker.id)).toBe(true);
          expect(quote.speaker === null).toBe(quote.attribution === 'unknown');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
