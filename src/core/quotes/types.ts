import type { Attribution, Cue, QuoteKind, Speaker } from '../schema.ts';

/** A quotation the engine found, with offsets into the text it was given. */
export type FoundQuote = {
  text: string;
  start: number;
  end: number;
  paragraph: number;
  kind: QuoteKind;
  speaker: { id: string; name: string } | null;
  attribution: Attribution;
  cue: Cue | null;
};

/** Something odd the engine recovered from (an unclosed quotation mark), with where it is. */
export type EngineWarning = { message: string; offset: number };

/** Everything the quote engine learns from one text. */
export type QuoteAnalysis = {
  quotes: FoundQuote[];
  speakers: Speaker[];
  warnings: EngineWarning[];
};
