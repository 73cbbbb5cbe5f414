import type { Span } from '../schema.ts';
import type { QuoteAnalysis } from './types.ts';

/**
 * Finds every quotation in `text`, classifies it and attributes it to a speaker.
 * `paragraphs` are the spans of the body; quotations are searched only inside them.
 */
export function analyzeQuotes(text: string, paragraphs: readonly Span[]): QuoteAnalysis {
  void text;
  void paragraphs;
  return { quotes: [], speakers: [], warnings: [] };
}
