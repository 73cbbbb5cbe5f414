import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings } from './postings.ts';

describe('posting lists', () => {
  it('decode to the ascending article numbers they were encoded from', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 200_000 }), { maxLength: 300 }), (numbers) => {
        const sorted = [...numbers].sort((a, b) => a - b);
        const decoded = decodePostings(encodePostings(sorted), 200_001);
        expect(decoded.ok && [...decoded.value]).toEqual(sorted);
      }),
    );
  });

  it('are written as base-36 gaps', () => {
    expect(encodePostings([0, 1, 12, 48])).toBe('0,1,b,10');
  });

  it('reject garbage, repeats and numbers beyond the index instead of guessing', () => {
    expect(decodePostings('0,1,x!', 10)).toMatchObject({ ok: false });
    expect(decodePostings('3,0', 10)).toMatchObject({ ok: false });
    expect(decodePostings('5,5', 10)).toMatchObject({ ok: false });
    expect(decodePostings('-1', 10)).toMatchObject({ ok: false });
  });
});
