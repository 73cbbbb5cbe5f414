import { markTerms } from '../../core/search/markTerms.ts';
import { termMatches, type SearchQuery } from '../../core/search/parseQuery.ts';
import { tokenize, type SearchToken } from '../../core/search/searchTokens.ts';
import type { Article, Span } from '../../core/schema.ts';
import { clipAround, type MarkedText } from './clipText.ts';

/** A snippet quoting the article where the query matched best. */
export type HitSnippet =
  | { kind: 'quote'; quoteId: string; speaker: string | null; body: MarkedText }
  | { kind: 'summary'; body: MarkedText };

/** One search result as the list shows it at once, from the index's cards: no article fetch. */
export type SearchHit = {
  slug: string;
  /** Where the result links until its snippet is known: the article. */
  href: string;
  headline: MarkedText;
  date: string | null;
  /** Speakers whose name the query matched, marked. */
  voices: MarkedText[];
};

/** What the index's card run holds for one article. */
export type HitCard = {
  slug: string;
  headline: string;
  date: string | null;
  speakers: readonly string[];
};

/** What a result adds once its article file is loaded: the snippet and the link to it. */
export type HitDetail = {
  /** The article, or the matching quotation's anchor in it. */
  href: string;
  snippet: HitSnippet;
};

/** Quotations and summaries are cut to about this many characters around the first match. */
const SNIPPET_LENGTH = 220;

const distinctTerms = (text: string, marks: readonly { start: number; end: number }[]) =>
  new Set(marks.map((m) => text.slice(m.start, m.end).toLowerCase())).size;

const articleHref = (slug: string) => `/articles/${encodeURIComponent(slug)}`;

/** A result from its card: the headline with the matched words marked, and the speakers named. */
export function describeCard(card: HitCard, query: SearchQuery): SearchHit {
  return {
    slug: card.slug,
    href: articleHref(card.slug),
    headline: { text: card.headline, marks: markTerms(card.headline, query) },
    date: card.date,
    voices: card.speakers
      .map((name) => ({ text: name, marks: markTerms(name, query) }))
      .filter((voice) => voice.marks.length > 0),
  };
}

/**
 * The words of an article's quotations and summary, cut once per article: a result's snippet is
 * described again on every keystroke, and cutting every quotation into normalized words each
 * time was most of that work.
 */
const articleTokens = new WeakMap<Article, { quotes: SearchToken[][]; summary: SearchToken[] }>();

function tokensOf(article: Article) {
  let tokens = articleTokens.get(article);
  if (!tokens) {
    tokens = {
      quotes: article.quotes.map((quote) => tokenize(quote.text)),
      summary: tokenize(article.summary),
    };
    articleTokens.set(article, tokens);
  }
  return tokens;
}

/** `markTerms` over words already cut. */
const marksOf = (tokens: readonly SearchToken[], query: SearchQuery): Span[] =>
  tokens.flatMap(({ term, start, end }) => (termMatches(query, term) ? [{ start, end }] : []));

/**
 * The snippet of a matching article: the quotation that matches the most distinct words (linked
 * to its `#q-N` anchor), else the summary.
 */
export function describeSnippet(article: Article, query: SearchQuery): HitDetail {
  const base = articleHref(article.slug);
  const tokens = tokensOf(article);
  let best: {
    quote: Article['quotes'][number];
    marks: Span[];
    score: number;
  } | null = null;
  for (const [i, quote] of article.quotes.entries()) {
    const marks = marksOf(tokens.quotes[i] ?? [], query);
    const score = distinctTerms(quote.text, marks);
    if (score > (best?.score ?? 0)) best = { quote, marks, score };
  }
  const speakerName = (id: string | null) =>
    article.speakers.find((speaker) => speaker.id === id)?.name ?? null;
  if (!best) {
    return {
      href: base,
      snippet: {
        kind: 'summary',
        body: clipAround(article.summary, marksOf(tokens.summary, query), SNIPPET_LENGTH),
      },
    };
  }
  return {
    href: `${base}#${encodeURIComponent(best.quote.id)}`,
    snippet: {
      kind: 'quote',
      quoteId: best.quote.id,
      speaker: speakerName(best.quote.speakerId),
      body: clipAround(best.quote.text, best.marks, SNIPPET_LENGTH),
    },
  };
}
