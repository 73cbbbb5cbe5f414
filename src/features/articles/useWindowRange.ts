import { useEffect, useState, type RefObject } from 'react';

/** Rows rendered before the page has been measured (and on the server): a first screen. */
const INITIAL_ROWS = 6;
/** Rows kept rendered above and below the viewport, so fast scrolling and Tab find them. */
const OVERSCAN = 3;

/** The rows `[start, end)` to render, and the height of one row in pixels (0 until measured). */
export type WindowRange = { start: number; end: number; rowHeight: number };

/**
 * Which rows of a list of `count` equal-height rows are near the viewport, following the
 * window's scroll and size. Reads no `window` during render, so it renders on the server too.
 */
export function useWindowRange(list: RefObject<HTMLElement | null>, count: number): WindowRange {
  // The rows the viewport covers, whatever the count: a list that grows (another filter) then
  // fills the viewport in its first frame instead of the previous, shorter list's rows.
  const [range, setRange] = useState<WindowRange>(INITIAL);

  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const element = list.current;
      const row = element?.querySelector(':scope > li:not([aria-hidden])');
      const rowHeight = row?.getBoundingClientRect().height ?? 0;
      if (!element || rowHeight <= 0) {
        setRange(INITIAL);
        return;
      }
      const listTop = element.getBoundingClientRect().top + window.scrollY;
      const top = window.scrollY - listTop;
      const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
      const last = Math.ceil((top + window.innerHeight) / rowHeight) + OVERSCAN;
      setRange((previous) =>
        previous.start === first && previous.end === last && previous.rowHeight === rowHeight
          ? previous
          : { start: first, end: Math.max(first, last), rowHeight },
      );
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [list, count]);

  return range.end > count ? { ...range, end: count, start: Math.min(range.start, count) } : range;
}

const INITIAL: WindowRange = { start: 0, end: INITIAL_ROWS, rowHeight: 0 };
