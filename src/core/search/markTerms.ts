import type { Span } from '../schema.ts';
import { termMatches, type SearchQuery } from './parseQuery.ts';
import { tokenize } from './searchTokens.ts';

/**
 * The stretches of `text` a result marks: every word the query matches, in order, never
 * overlapping. Offsets come from the same tokenizer as the index, so the marks cover exactly the
 * words that made the article match; the caller renders them by slicing, never as HTML.
 */
export function markTerms(text: string, query: SearchQuery): Span[] {
  const spans: Span[] = [];
  for (const token of tokenize(text)) {
    if (termMatches(query, token.term)) spans.push({ start: token.start, end: token.end });
  }
  return spans;
}

/** A piece of text to render: marked or not. Consecutive pieces rebuild the whole text. */
export type MarkedPiece = { text: string; marked: boolean };

/** Splits `text` at the spans (sorted, non-overlapping) into pieces for rendering. */
export function splitByMarks(text: string, spans: readonly Span[]): MarkedPiece[] {
  const pieces: MarkedPiece[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
