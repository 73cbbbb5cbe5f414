import { parseHeader } from '../../core/article/parseHeader.ts';
import { splitParagraphs } from '../../core/article/splitParagraphs.ts';
import { analyzeQuotes } from '../../core/quotes/analyzeQuotes.ts';
import type { Attribution, Cue, QuoteKind } from '../../core/schema.ts';

/**
 * One quotation as the `quotes` CLI prints it. `start`/`end` are UTF-16 offsets into the file's
 * exact text (BOM and line endings kept), so `content.slice(start, end) === text`.
 */
export type QuoteRecord = {
  text: string;
  /** The speaker's full name, or null when the engine cannot tell who spoke. */
  speaker: string | null;
  start: number;
  end: number;
  kind: QuoteKind;
  attribution: Attribution;
  cue: Cue | null;
};

/**
 * Where the body starts, leniently: the CLI reads any text, so a header line with an unreadable
 * date is still a header (skipped), where the content pipeline would reject the file.
 */
export function bodyStartOf(content: string): number {
  const header = parseHeader(content);
  if (header.ok) return header.value.bodyStart;
  const newline = content.indexOf('\n');
  return newline < 0 ? content.length : newline + 1;
}

/** Every quotation in `content`, in document order, as CLI records. */
export function quoteRecords(content: string): QuoteRecord[] {
  const paragraphs = splitParagraphs(content, bodyStartOf(content));
  const records = analyzeQuotes(content, paragraphs).quotes.map((quote) => ({
    text: quote.text,
    speaker: quote.speaker?.name ?? null,
    start: quote.start,
    end: quote.end,
    kind: quote.kind,
    attribution: quote.attribution,
    cue: quote.cue,
  }));
  for (const record of records) {
    // Consumers slice the file with these offsets; wrong ones must fail loudly, not mislead.
    if (content.slice(record.start, record.end) !== record.text) {
      throw new Error(
        `quote engine bug: [${record.start}, ${record.end}) does not slice to ${JSON.stringify(record.text)}`,
      );
    }
  }
  return records.sort((a, b) => a.start - b.start || a.end - b.end);
}
