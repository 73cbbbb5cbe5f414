import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSpace,
  sentenceEnd,
  startsNextSentence,
  TerminatorCursor,
  terminatorRunEnd,
} from './sentences.ts';

/** The pattern the scanner reads sentence breaks with, as a regular expression. */
const BREAK = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[A-Z0-9])/y;

const prose = fc
  .array(
    fc.oneof(
      fc.constantFrom('.', '!', '?', '…', '...', '"', "'", '”', '’', ')', ']', '“', '‘', '(', '['),
      fc.constantFrom(' ', '  ', '\n', '\u00a0', '\u2009', '\t'),
      fc.constantFrom('He', 'said', 'Mr', 'U.S', 'J.D', 'x', 'Approx', '1990', 'A', 'D.C'),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('sentenceEnd', () => {
  it('ends a sentence after its stop and closing mark, not after an abbreviation or initial', () => {
    const text = 'Mr. Reed met J.D. Doe in the U.S. today." Then he left... And so? (Yes.) Fine.';
    const first = sentenceEnd(text, 0);
    expect(text.slice(0, first)).toBe('Mr. Reed met J.D. Doe in the U.S. today."');
    const second = sentenceEnd(text, first + 1);
    expect(text.slice(first + 1, second)).toBe('Then he left... And so?');
    expect(text.slice(second + 1, sentenceEnd(text, second + 1))).toBe('(Yes.)');
    expect(sentenceEnd(text, 0, 20)).toBe(20);
  });

  it('reads on past a bracketed party and state: "Sen. Byrd (D-Va.) Thursday called"', () => {
    for (const tag of ['(D-Va.)', '(R., Pa.)', '(D-N.Y.)']) {
      const text = `Sen. Byrd ${tag} Thursday called it waste. He left.`;
      expect(text.slice(0, sentenceEnd(text, 0))).toBe(
        `Sen. Byrd ${tag} Thursday called it waste.`,
      );
    }
  });

  it('finds a break wherever its regular expression would', () => {
    fc.assert(
      fc.property(prose, (text) => {
        for (let index = 0; index < text.length; index++) {
          if (!/[.!?…]/.test(text.charAt(index))) continue;
          BREAK.lastIndex = index;
          const match = BREAK.exec(text);
          const end = terminatorRunEnd(text, index);
          expect(startsNextSentence(text, end)).toBe(match !== null);
          if (match) expect(end).toBe(index + match[0].length);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never ends a sentence past its bound, and always makes progress', () => {
    fc.assert(
      fc.property(prose, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        const end = sentenceEnd(text, from, to);
        expect(end).toBeLessThanOrEqual(to);
        expect(end > from || from === to).toBe(true);
      }),
    );
  });

  it('splits stretches of a text alike with a terminator cursor and without one', () => {
    fc.assert(
      fc.property(prose, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        // Stretches in text order, like a paragraph's sentences and then the next paragraph's.
        const bounds = [
          ...new Set([0, ...cuts.map((cut) => cut % (text.length + 1)), text.length]),
        ];
        bounds.sort((a, b) => a - b);
        const cursor = new TerminatorCursor(text);
        for (let b = 0; b + 1 < bounds.length; b++) {
          const end = bounds[b + 1] as number;
          for (let from = bounds[b] as number; from < end;) {
            const to = sentenceEnd(text, from, end, cursor);
            expect(to).toBe(sentenceEnd(text, from, end));
            from = to;
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('knows the same whitespace as regular expressions', () => {
    for (let code = 0; code < 0x10000; code++)
      expect(isSpace(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
  });
});
