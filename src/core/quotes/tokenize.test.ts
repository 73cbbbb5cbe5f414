import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from './tokenize.ts';

/** Words, marks and spacing of narration, so repeated spellings and gaps come up often. */
const narration = fc
  .array(
    fc.oneof(
      fc.constantFrom('Modi', "Modi's", 'said', 'Mr.', 'U.S.', "don't", 'people-to-people'),
      fc.constantFrom(' ', ', ', '. ', ' "', '," ', '\n', '\u00a0', ' (', ') ', '\u2022\u2022'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

function plain(tokens: readonly Token[]) {
  return tokens.map(({ start, end, word, lower, capitalised, possessive, gap, blank }) => {
    return { start, end, word, lower, capitalised, possessive, gap, blank };
  });
}

describe('tokenize', () => {
  it('reads words, possessives, initials and gaps', () => {
    const text = 'Putin\'s aide,  Dmitry Peskov, told the U.S. envoy: "no"';
    const tokens = tokenize(text, { start: 0, end: text.length });
    expect(plain(tokens).slice(0, 2)).toEqual(
      [
        ...[
          { start: 0, end: 7, word: 'Putin', lower: 'putin', capitalised: true, possessive: true },
          { start: 8, end: 12, word: 'aide', lower: 'aide', capitalised: false, possessive: false },
        ],
      ].map((token, index) => ({ ...token, gap: [' ', ',  '][index], blank: index === 0 })),
    );
    expect(tokens.map((token) => token.word)).toEqual([
      ...['Putin', 'aide', 'Dmitry', 'Peskov', 'told', 'the', 'U.S.', 'envoy', 'no'],
    ]);
    expect(tokens.at(-1)?.gap).toBe('"');
  });

  it('keeps a run of initials in one word, but not a word glued after a stop', () => {
    const text = 'K.K.S.S.R. Ravichandran met the U.S.The envoy';
    const words = tokenize(text, { start: 0, end: text.length }).map((token) => token.word);
    expect(words).toEqual(['K.K.S.S.R.', 'Ravichandran', 'met', 'the', 'U.', 'S.', 'The', 'envoy']);
  });

  it('gives offsets that slice back to each word and gap, whatever was read before', () => {
    fc.assert(
      fc.property(narration, narration, (earlier, text) => {
        const fresh = plain(tokenize(text, { start: 0, end: text.length }));
        tokenize(earlier, { start: 0, end: earlier.length });
        const again = plain(tokenize(text, { start: 0, end: text.length }));
        expect(again).toEqual(fresh);
        fresh.forEach((token, index) => {
          const raw = text.slice(token.start, token.end);
          expect(token.possessive ? raw.slice(0, -2) : raw).toBe(token.word);
          expect(token.lower).toBe(token.word.toLowerCase());
          const next = fresh[index + 1]?.start ?? text.length;
          expect(token.gap).toBe(text.slice(token.end, next));
          expect(token.blank).toBe(token.gap !== '' && /^[ \t\n\v\f\r\u00a0]+$/.test(token.gap));
        });
      }),
      { numRuns: 1000 },
    );
  });
});
