import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromGaps, intersectSorted, toGaps } from './positions.ts';

const ascending = fc
  .uniqueArray(fc.nat({ max: 2000 }), { maxLength: 200 })
  .map((xs) => xs.sort((a, b) => a - b));

describe('list positions', () => {
  it('stores positions as gaps and reads them back', () => {
    expect(toGaps([3, 5, 9])).toEqual([3, 2, 4]);
    fc.assert(
      fc.property(ascending, (xs) => {
        expect([...fromGaps(toGaps(xs))]).toEqual(xs);
      }),
    );
  });

  it('intersects two ascending lists', () => {
    fc.assert(
      fc.property(ascending, ascending, (a, b) => {
        const expected = a.filter((x) => b.includes(x));
        expect([...intersectSorted(Int32Array.from(a), Int32Array.from(b))]).toEqual(expected);
      }),
    );
  });
});
