import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampRows, OVERSCAN, windowRows } from './windowRows.ts';

/** The rows of a list of `count` rows for a viewport, as the list renders them. */
const rowsOf = (top: number, viewport: number, rowHeight: number, count: number) =>
  clampRows(windowRows(top, viewport, rowHeight), count);

describe('windowRows', () => {
  it('renders the rows the viewport covers, and a few either side', () => {
    // Rows of 100 px, the viewport 400 px tall, 1,000 px into the list: rows 10 to 13 show.
    expect(rowsOf(1000, 400, 100, 1000)).toEqual({
      start: 10 - OVERSCAN,
      end: 14 + OVERSCAN,
      rowHeight: 100,
      shown: 14,
    });
  });

  it('keeps the first rows while the list is still below the viewport', () => {
    // A phone whose filters push the list 2,900 px down: the first rows stay rendered.
    expect(rowsOf(-2900, 740, 336, 400)).toMatchObject({ start: 0, end: OVERSCAN, shown: 0 });
  });

  it('counts the rows the viewport reaches apart from the overscan below them', () => {
    // The list starts 400 px down an 800 px viewport: rows 0 and 1 show, row 2 is the overscan.
    expect(rowsOf(-400, 800, 272, 1000)).toMatchObject({ start: 0, end: 3, shown: 2 });
    // A list of one row shows it.
    expect(rowsOf(-400, 800, 272, 1)).toMatchObject({ start: 0, end: 1, shown: 1 });
  });

  it('keeps the last rows once the list has scrolled above the viewport', () => {
    expect(rowsOf(50_000, 740, 100, 20)).toEqual({
      start: 20 - OVERSCAN,
      end: 20,
      rowHeight: 100,
      shown: 20,
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
          const { start, end, shown } = rowsOf(top, viewport, rowHeight, count);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(count);
          expect(end - start).toBeGreaterThanOrEqual(Math.min(count, OVERSCAN));
          expect(shown).toBeLessThanOrEqual(end);
          // Every row the viewport reaches is among the rows shown first.
          const lastInView = Math.ceil((top + viewport) / rowHeight);
          expect(shown).toBeGreaterThanOrEqual(Math.min(count, lastInView));
        },
      ),
    );
  });
});
