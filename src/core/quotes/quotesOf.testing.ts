import { splitParagraphs } from '../article/splitParagraphs.ts';
import { analyzeQuotes } from './analyzeQuotes.ts';

/**
 * The engine's reading of a synthetic text, one record per quotation, for tests: its words, its
 * kind, its speaker's name (or null), how the speaker was found and the cue verb.
 */
export function quotesOf(text: string) {
  const analysis = analyzeQuotes(text, splitParagraphs(text));
  return analysis.quotes.map(({ text: quoted, kind, speaker, attribution, cue }) => ({
    text: quoted,
    kind,
    speaker: speaker?.name ?? null,
    attribution,
    cue: cue?.verb ?? null,
  }));
}
