import type { Quote, Span } from '../../core/schema.ts';
import type { SpeakerStyle } from './speakerColours.ts';

/** One speaker's quotations in skim mode; `speaker` is null for the unattributed ones. */
export type SkimGroup = { key: string; speaker: SpeakerStyle | null; quotes: Quote[] };

/**
 * The article's speech grouped by speaker, groups in order of each speaker's first quotation and
 * quotes in document order. Scare quotes and titles are not speech and are left out.
 */
export function groupQuotesBySpeaker(
  quotes: readonly Quote[],
  speakers: ReadonlyMap<string, SpeakerStyle>,
): SkimGroup[] {
  const groups = new Map<string, SkimGroup>();
  for (const quote of [...quotes].sort((a, b) => a.start - b.start)) {
    if (quote.kind === 'other') continue;
    const speaker = quote.speakerId === null ? null : (speakers.get(quote.speakerId) ?? null);
    const key = speaker?.speaker.id ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { key, speaker, quotes: [] };
      groups.set(key, group);
    }
    group.quotes.push(quote);
  }
  return [...groups.values()];
}

/** A paragraph cut around a quotation: the text before it, the quoted words, the text after. */
export type QuoteContext = { before: string; quoted: string; after: string };

/**
 * The paragraph a quotation opens in, split at the quotation's offsets (clipped to the paragraph
 * when the quotation runs on into the next one). Sliced, never searched.
 */
export function quoteContext(text: string, paragraph: Span, quote: Quote): QuoteContext {
  const start = Math.min(Math.max(quote.start, paragraph.start), paragraph.end);
  const end = Math.min(Math.max(quote.end, start), paragraph.end);
  return {
    before: text.slice(paragraph.start, start),
    quoted: text.slice(start, end),
    after: text.slice(end, paragraph.end),
  };
}
