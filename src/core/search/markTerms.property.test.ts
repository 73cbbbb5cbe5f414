import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markTerms, splitByMarks } from './markTerms.ts';
import { parseQuery } from './parseQuery.ts';
import { normalizeTerm } from './searchTokens.ts';

// Words with accents, capitals, digits and the odd decomposed letter, glued by punctuation.
const word = fc.constantFrom(
  'Peskov',
  'peskov’s',
  'Café',
  'cafe\u0301',
  'MONEY',
  'sch',
  'Schools',
  '2024',
  'Zoë',
  'the',
  'a',
);
const text = fc
  .array(fc.tuple(word, fc.constantFrom(' ', ', ', '. ', '"', '—', '\n\n', '')), { maxLength: 30 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
const anyText = fc.oneof(
  text,
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe('markTerms', () => {
  it('marks only words the query matches, in order, never overlapping, each slicing back to the text', () => {
    fc.assert(
      fc.property(anyText, anyText, (body, raw) => {
        const query = parseQuery(raw);
        const marks = markTerms(body, query);
        let previousEnd = 0;
        for (const { start, end } of marks) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(body.length);
          const marked = normalizeTerm(body.slice(start, end));
          expect(
            query.terms.includes(marked) ||
              (query.prefix !== null && marked.startsWith(query.prefix)),
          ).toBe(true);
          previousEnd = end;
        }
        expect(
          splitByMarks(body, marks)
            .map((piece) => piece.text)
            .join(''),
        ).toBe(body);
      }),
    );
  });

  it('finds every word of the text when the text itself is the query', () => {
    fc.assert(
      fc.property(text, (body) => {
        const query = parseQuery(`${body} `);
        const marked = new Set(
          markTerms(body, query).map((m) => normalizeTerm(body.slice(m.start, m.end))),
        );
        for (const term of query.terms) expect(marked).toContain(term);
      }),
    );
  });

  it('marks whole words case- and accent-blind, and the typed prefix', () => {
    const body = 'Peskov said the Café would reopen; peskov’s schools too.';
    const pieces = splitByMarks(body, markTerms(body, parseQuery('cafe pesk')));
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['Peskov', 'Café', 'peskov']);
  });
});
