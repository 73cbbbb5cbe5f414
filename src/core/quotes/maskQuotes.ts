import type { QuoteSpan } from './spans/findQuoteSpans.ts';

const MASK = '\u2022';

/**
 * The text with every quotation's words replaced by a placeholder of the same length, so the
 * rules that look for speakers, cues and sentence breaks see only the narration around quotes
 * while every offset stays valid. The first character and a final `.`, `!` or `?` are kept, so
 * the sentence breaks around a quotation stay where they are.
 */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let cursor = 0;
  for (const { start, end } of spans) {
    const last = text.charAt(end - 1);
    const keepLast = end - start > 1 && (last === '.' || last === '!' || last === '?') ? 1 : 0;
    const inner = end - start - 1 - keepLast;
    parts.push(text.slice(cursor, start + 1), MASK.repeat(inner), text.slice(end - keepLast, end));
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
