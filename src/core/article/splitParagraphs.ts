import type { Span } from '../schema.ts';

/**
 * Splits a body into paragraphs as spans of the full text.
 * Blank lines separate paragraphs; a text with no blank line at all is read one paragraph per
 * line, since that is how plain-text news is usually saved. Spans exclude surrounding whitespace.
 */
export function splitParagraphs(text: string, from = 0): Span[] {
  const body = text.slice(from);
  const hasBlankLine = /\n[ \t\r\f\v\u00a0]*\n/.test(body);
  const separator = hasBlankLine ? /\n[ \t\r\f\v\u00a0]*\n\s*/g : /\n\s*/g;
  const spans: Span[] = [];
  let cursor = 0;
  const push = (start: number, end: number) => {
    const trimmed = trimSpan(body, start, end);
    if (trimmed) spans.push({ start: trimmed.start + from, end: trimmed.end + from });
  };
  for (const match of body.matchAll(separator)) {
    push(cursor, match.index);
    cursor = match.index + match[0].length;
  }
  push(cursor, body.length);
  return spans;
}

function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : null;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff;
}
