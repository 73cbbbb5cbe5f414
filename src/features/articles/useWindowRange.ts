import { useEffect, useState, type RefObject } from 'react';
import { clampRows, windowRows, type Rows, type WindowRange } from './windowRows.ts';

/**
 * Which rows of a list of `count` equal-height rows are near the viewport, following the
 * window's scroll and size, and the page's layout: filters above the list that wrap, collapse
 * or load late move the list without a scroll event. Reads no `window` during render, so it
 * renders on the server too. A new `count` (another filter) is fitted to the last measure
 * during render, never measured: a measure then would force the new list's layout inside the
 * click's task, and the frame lays it out again (its rows' `content-visibility` is settled
 * only there).
 */
export function useWindowRange(list: RefObject<HTMLElement | null>, count: number): WindowRange {
  // The rows the viewport covers in a list of any length: a list that grows (another filter)
  // then fills the viewport in its first frame instead of the previous, shorter list's rows.
  const [range, setRange] = useState<Rows>(INITIAL);

  useEffect(() => {
    let frame = 0;
    // The last measured row height: it still holds while no row is rendered.
    let rowHeight = 0;
    const measure = () => {
      frame = 0;
      const element = list.current;
      if (!element) return;
      // The first row: in document order it comes before the list items inside its card.
      const row = element.querySelector('li');
      rowHeight = row?.getBoundingClientRect().height || rowHeight;
      // Never measured (no row yet): the first rows stay.
      if (!rowHeight) return;
      const next = windowRows(-element.getBoundingClientRect().top, innerHeight, rowHeight);
      setRange((previous) =>
        previous.start === next.start &&
        previous.end === next.end &&
        previous.rowHeight === next.rowHeight
          ? previous
          : next,
      );
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule);
    const layout = new ResizeObserver(schedule);
    layout.observe(document.body);
    return () => {
      layout.disconnect();
      cancelAnimationFrame(frame);
      removeEventListener('scroll', schedule);
      removeEventListener('resize', schedule);
    };
  }, [list]);

  return clampRows(range, count);
}

/** Rows rendered before the page has been measured (and on the server): a first screen. */
const INITIAL: Rows = { start: 0, end: 6, rowHeight: 0 };
