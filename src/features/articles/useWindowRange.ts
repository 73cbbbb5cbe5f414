import { useEffect, useState, type RefObject } from 'react';
import { windowRows, type WindowRange } from './windowRows.ts';

/** Rows rendered before the page has been measured (and on the server): a first screen. */
const INITIAL_ROWS = 6;

/**
 * Which rows of a list of `count` equal-height rows are near the viewport, following the
 * window's scroll and size, and the page's layout: filters above the list that wrap, collapse
 * or load late move the list without a scroll event. Reads no `window` during render, so it
 * renders on the server too.
 */
export function useWindowRange(list: RefObject<HTMLElement | null>, count: number): WindowRange {
  // The rows the viewport covers, whatever the count: a list that grows (another filter) then
  // fills the viewport in its first frame instead of the previous, shorter list's rows.
  const [range, setRange] = useState<WindowRange>(INITIAL);

  useEffect(() => {
    let frame = 0;
    // The last measured row height: it still holds while no row is rendered.
    let rowHeight = 0;
    const measure = () => {
      frame = 0;
      const element = list.current;
      if (!element) return;
      const row = element.querySelector(':scope > li:not([aria-hidden])');
      rowHeight = row?.getBoundingClientRect().height || rowHeight;
      if (rowHeight <= 0) {
        setRange(INITIAL);
        return;
      }
      const next = windowRows(-element.getBoundingClientRect().top, innerHeight, rowHeight, count);
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
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    const layout = new ResizeObserver(schedule);
    layout.observe(document.body);
    return () => {
      layout.disconnect();
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [list, count]);

  return range.end > count ? { ...range, end: count, start: Math.min(range.start, count) } : range;
}

const INITIAL: WindowRange = { start: 0, end: INITIAL_ROWS, rowHeight: 0 };
