import type { Span } from '../../core/schema.ts';

/** A stretch of text to show with the marks inside it, offsets relative to `text`. */
export type MarkedText = { text: string; marks: Span[] };

const ELLIPSIS = '…';

/**
 * Cuts a long text down to about `max` characters around its first mark, at word boundaries,
 * with an ellipsis where text was left out; marks are shifted with the text and any mark cut by
 * the window is left out, so every mark still covers exactly a matched word.
 */
export function clipAround(text: string, marks: readonly Span[], max: number): MarkedText {
  if (text.length <= max) return { text, marks: [...marks] };
  const focus = marks[0]?.start ?? 0;
  let start = Math.max(0, focus - Math.floor(max / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < focus ? space + 1 : start;
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  const before = start > 0 ? ELLIPSIS : '';
  const after = end < text.length ? ELLIPSIS : '';
  const shift = before.length - start;
  return {
    text: before + text.slice(start, end) + after,
    marks: marks
      .filter((mark) => mark.start >= start && mark.end <= end)
      .map((mark) => ({ start: mark.start + shift, end: mark.end + shift })),
  };
}
