import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersectSorted } from './positions.ts';

const ascending = fc
  .uniqueArray(fc.nat({ max: 2000 }), { maxLength: 200 })
  .map((xs) => xs.sort((a, b) => a - b));

describe('list positions', () => {
  it('intersects two ascending lists', () => {
    fc.assert(
      fc.property(ascending, ascending, (a, b) => {
        const expected = a.filter((x) => b.includes(x));
        expect([...intersectSorted(Uint32Array.from(a), Uint32Array.from(b))]).toEqual(expected);
      }),
    );
  });
});
