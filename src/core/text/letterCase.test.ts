import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasCapitalisedPair, lastWord } from './letterCase.ts';

const PAIR = /\p{Lu}[\p{Ll}.]*\s+\p{Lu}/u;

/** Letters of both cases, stops, spaces and surrogates, so pairs and near misses come up often. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'A',
        'b',
        'É',
        'ß',
        'Σ',
        'ς',
        'ǅ',
        'ʰ',
        '中',
        '.',
        ' ',
        '\u00a0',
        '\n',
        '1',
        "'",
        '-',
      ),
      fc.constantFrom('\ud835\udc00', '\ud835\udc1a', '\ud835', '\udc00', 'Mr. Reed', 'New  York'),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('hasCapitalisedPair', () => {
  it('finds two capitalised words in a row, not one word or a lower-case second', () => {
    expect(hasCapitalisedPair('said Dmitry Peskov', 0, 18)).toBe(true);
    expect(hasCapitalisedPair('said Dmitry peskov', 0, 18)).toBe(false);
    expect(hasCapitalisedPair('Mr. Reed', 0, 8)).toBe(true);
    expect(hasCapitalisedPair('Mr. Reed', 1, 8)).toBe(false);
  });

  it('answers as its regular expression does on the same stretch', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
        const from = a % (value.length + 1);
        const to = from + (b % (value.length - from + 1));
        expect(hasCapitalisedPair(value, from, to)).toBe(PAIR.test(value.slice(from, to)));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('lastWord', () => {
  it('reads the letters before the trailing spaces', () => {
    expect(lastWord('he told the court  ')).toBe('court');
    expect(lastWord('the Ministry’s ')).toBe('s');
    expect(lastWord('said, ')).toBe('');
  });

  it('captures what its regular expression captures', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(lastWord(value)).toBe(/([\p{L}]+)\s*$/u.exec(value)?.[1] ?? '');
      }),
      { numRuns: 5000 },
    );
  });
});
