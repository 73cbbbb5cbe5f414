import { markTerms } from '../../core/search/markTerms.ts';
import type { SearchQuery } from '../../core/search/parseQuery.ts';
import type { Article } from '../../core/schema.ts';
import { clipAround, type MarkedText } from './clipText.ts';

/** A snippet quoting the article where the query matched best. */
export type HitSnippet =
  | { kind: 'quote'; quoteId: string; speaker: string | null; body: MarkedText }
  | { kind: 'summary'; body: MarkedText };

/** One search result as the list shows it: everything needed to render, marks included. */
export type SearchHit = {
  slug: string;
  /** Where the result links: the article, or the matching quotation's anchor in it. */
  href: string;
  headline: MarkedText;
  date: string | null;
  snippet: HitSnippet;
  /** Speakers whose name the query matched, marked. */
  voices: MarkedText[];
};

/** Quotations and summaries are cut to about this many characters around the first match. */
const SNIPPET_LENGTH = 220;

const distinctTerms = (text: string, marks: readonly { start: number; end: number }[]) =>
  new Set(marks.map((m) => text.slice(m.start, m.end).toLowerCase())).size;

/**
 * Describes a matching article: its headline with the matched words marked, the quotation that
 * matches the most distinct words (linked to its `#q-N` anchor), else the summary, and the
 * speakers the query named.
 */
export function describeHit(article: Article, query: SearchQuery): SearchHit {
  const base = `/articles/${encodeURIComponent(article.slug)}`;
  let best: {
    quote: Article['quotes'][number];
    marks: ReturnType<typeof markTerms>;
    score: number;
  } | null = null;
  for (const quote of article.quotes) {
    const marks = markTerms(quote.text, query);
    const score = distinctTerms(quote.text, marks);
    if (score > (best?.score ?? 0)) best = { quote, marks, score };
  }
  const speakerName = (id: string | null) =>
    article.speakers.find((speaker) => speaker.id === id)?.name ?? null;
  const snippet: HitSnippet = best
    ? {
        kind: 'quote',
        quoteId: best.quote.id,
        speaker: speakerName(best.quote.speakerId),
        body: clipAround(best.quote.text, best.marks, SNIPPET_LENGTH),
      }
    : {
        kind: 'summary',
        body: clipAround(article.summary, markTerms(article.summary, query), SNIPPET_LENGTH),
      };
  return {
    slug: article.slug,
    href: best ? `${base}#${encodeURIComponent(best.quote.id)}` : base,
    headline: { text: article.headline, marks: markTerms(article.headline, query) },
    date: article.date,
    snippet,
    voices: article.speakers
      .map((speaker) => ({ text: speaker.name, marks: markTerms(speaker.name, query) }))
      .filter((voice) => voice.marks.length > 0),
  };
}
