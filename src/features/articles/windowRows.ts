/**
 * Rows kept rendered above and below the viewport, so scrolling and Tab find the next one ready.
 * One, not three: a new list's overscan rows are rendered, laid out and painted in the frame
 * after its click's (WindowedArticleList), the longest task a filter click left behind, which a
 * quick next click waited for; a row is 272–336 px, several frames of a brisk scroll.
 */
export const OVERSCAN = 1;

/** The rows `[start, end)` to render, and the height of one row in pixels (0 until measured). */
export type Rows = { start: number; end: number; rowHeight: number };

/**
 * `Rows` fitted to a list's length, and `shown`: the end of the rows the viewport itself
 * reaches (the rows from there to `end` are the overscan below it).
 */
export type WindowRange = Rows & { shown: number };

/**
 * The rows, each `rowHeight` pixels tall, that lie within `OVERSCAN` rows of a viewport
 * `viewportHeight` tall whose top is `top` pixels below the list's top (negative while the list
 * starts below the viewport's top), in a list long enough for any viewport: `clampRows` fits
 * them to a list's length. A list wholly below the viewport still keeps its first `OVERSCAN`
 * rows: they are what the reader scrolls to, and an empty list would leave nothing to measure
 * the rows by.
 */
export function windowRows(top: number, viewportHeight: number, rowHeight: number): Rows {
  const start = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const last = Math.ceil((top + viewportHeight) / rowHeight) + OVERSCAN;
  return { start, end: Math.max(start + OVERSCAN, last), rowHeight };
}

/**
 * The rows of `rows` a list of `count` rows has. A list shorter than them keeps its last
 * `OVERSCAN` rows, where the browser's scroll lands once the page has shrunk.
 */
export function clampRows({ start, end, rowHeight }: Rows, count: number): WindowRange {
  const last = Math.min(count, end);
  return {
    start: Math.max(0, Math.min(start, last - OVERSCAN)),
    end: last,
    rowHeight,
    shown: Math.min(last, end - OVERSCAN),
  };
}
