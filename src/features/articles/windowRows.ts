/** Rows kept rendered above and below the viewport, so fast scrolling and Tab find them. */
export const OVERSCAN = 3;

/** The rows `[start, end)` to render, and the height of one row in pixels (0 until measured). */
export type WindowRange = { start: number; end: number; rowHeight: number };

/**
 * The rows of a list of `count` rows, each `rowHeight` pixels tall, that lie within `OVERSCAN`
 * rows of a viewport `viewportHeight` tall whose top is `top` pixels below the list's top
 * (negative while the list starts below the viewport's top). A list wholly below or above the
 * viewport still keeps its nearest `OVERSCAN` rows: its first rows are what the reader scrolls
 * to, and an empty list would leave nothing to measure the rows by.
 */
export function windowRows(
  top: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
): WindowRange {
  const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const last = Math.ceil((top + viewportHeight) / rowHeight) + OVERSCAN;
  const end = Math.min(count, Math.max(first + OVERSCAN, last));
  const start = Math.max(0, Math.min(first, end - OVERSCAN));
  return { start, end, rowHeight };
}
