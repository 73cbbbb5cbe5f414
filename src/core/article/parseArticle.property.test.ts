import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TAXONOMY } from '../../../tests/fixtures/sampleArticle.ts';
import { parseArticle } from './parseArticle.ts';

const fileText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc
    .tuple(fc.date({ noInvalidDate: true }), fc.string({ maxLength: 200 }))
    .map(([date, body]) => ` date ${date.toISOString().slice(0, 10)} By Someone\n\n${body}`),
);

describe('parseArticle properties', () => {
  it('parses or returns an error for any input, never throws', () => {
    fc.assert(
      fc.property(fileText, (text) => {
        const result = parseArticle(text, { file: 'any.txt', taxonomy: TAXONOMY });
        if (result.ok) {
          expect(result.value.headline.length).toBeLessThanOrEqual(111);
          for (const { start, end } of result.value.paragraphs)
            expect(text.slice(start, end).trim()).not.toBe('');
        } else {
          expect(result.error.line).toBeGreaterThanOrEqual(1);
          expect(result.error.message).not.toBe('');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
