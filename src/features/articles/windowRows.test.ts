import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OVERSCAN, windowRows } from './windowRows.ts';

describe('windowRows', () => {
  it('renders the rows the viewport covers, and a few either side', () => {
    // Rows of 100 px, the viewport 400 px tall, 1,000 px into the list: rows 10 to 13 show.
    expect(windowRows(1000, 400, 100, 1000)).toEqual({
      start: 10 - OVERSCAN,
      end: 14 + OVERSCAN,
      rowHeight: 100,
    });
  });

  it('keeps the first rows while the list is still below the viewport', () => {
    // A phone whose filters push the list 2,900 px down: the first rows stay rendered.
    expect(windowRows(-2900, 740, 336, 400)).toEqual({ start: 0, end: OVERSCAN, rowHeight: 336 });
  });

  it('keeps the last rows once the list has scrolled above the viewport', () => {
    expect(windowRows(50_000, 740, 100, 20)).toEqual({
      start: 20 - OVERSCAN,
      end: 20,
      rowHeight: 100,
    });
  });

  it('never renders past either end, and always something of a non-empty list', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e6, max: 1e7 }),
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (top, viewport, rowHeight, count) => {
          const { start, end } = windowRows(top, viewport, rowHeight, count);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(count);
          expect(end - start).toBeGreaterThanOrEqual(Math.min(count, OVERSCAN));
        },
      ),
    );
  });
});
