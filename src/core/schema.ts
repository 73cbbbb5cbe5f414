/**
 * The wire format: the JSON the content pipeline writes and the app reads, described once.
 * The pipeline validates what it writes against these schemas and the app parses what it fetches
 * with them, so both sides agree by construction.
 */
import * as v from 'valibot';

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A half-open range `[start, end)` of UTF-16 code units into an article's `text`. */
export const SpanSchema = v.object({ start: Offset, end: Offset });

export const QuoteKindSchema = v.picklist(['direct', 'partial', 'other']);

/** How the engine found a quote's speaker, so a reader can check its work. */
export const AttributionSchema = v.picklist([
  'named',
  'pronoun',
  'role',
  'continuation',
  'unknown',
]);

/** The verb (or phrase) that introduces a quotation: "said", "stated", "according to". */
export const CueSchema = v.object({ verb: v.string(), start: Offset, end: Offset });

export const QuoteSchema = v.object({
  /** Stable anchor id within the article: `q-1`, `q-2`, … in document order. */
  id: v.string(),
  /** The words between the quotation marks, exactly `text.slice(start, end)` of the article. */
  text: v.string(),
  start: Offset,
  end: Offset,
  /** Index of the paragraph the quotation opens in. */
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(0)),
  kind: QuoteKindSchema,
  speakerId: v.nullable(v.string()),
  attribution: AttributionSchema,
  cue: v.nullable(CueSchema),
});

export const SpeakerSchema = v.object({
  /** URL-safe, stable across articles for the same full name: `dmitry-peskov`. */
  id: v.string(),
  name: v.string(),
  /** The role the article states for the speaker ("Kremlin spokesperson"), if any. */
  role: v.nullable(v.string()),
  kind: v.picklist(['person', 'organisation']),
  quoteCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const TopicRefSchema = v.object({ id: v.string(), label: v.string() });

export const DatelineSchema = v.object({
  /** Where the story was filed; empty when the dateline gives only a day (`Nov 5 (Reuters) -`). */
  place: v.string(),
  agency: v.nullable(v.string()),
  start: Offset,
  end: Offset,
});

export const WarningSchema = v.object({
  message: v.string(),
  /** Offset into the article text the warning is about. */
  offset: Offset,
  line: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

const IsoDate = v.pipe(v.string(), v.isoDate());

/** One article as the article view needs it (`data/articles/<slug>.json`). */
export const ArticleSchema = v.object({
  slug: v.string(),
  /** The content file the article came from, relative to the content folder. */
  source: v.string(),
  headline: v.string(),
  summary: v.string(),
  date: v.nullable(IsoDate),
  byline: v.nullable(v.string()),
  dateline: v.nullable(DatelineSchema),
  /** The whole source text; every offset in the article points into it. */
  text: v.string(),
  /** Body paragraphs in order (the header line and blank lines are not paragraphs). */
  paragraphs: v.array(SpanSchema),
  readingMinutes: v.pipe(v.number(), v.integer(), v.minValue(1)),
  quotes: v.array(QuoteSchema),
  speakers: v.array(SpeakerSchema),
  topics: v.array(TopicRefSchema),
  warnings: v.array(WarningSchema),
});

/** What the list view shows of an article: no paragraph bodies. */
export const ArticleSummarySchema = v.object({
  slug: v.string(),
  headline: v.string(),
  summary: v.string(),
  date: v.nullable(IsoDate),
  byline: v.nullable(v.string()),
  readingMinutes: v.pipe(v.number(), v.integer(), v.minValue(1)),
  quoteCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  topics: v.array(TopicRefSchema),
  speakers: v.array(v.object({ id: v.string(), name: v.string() })),
});

export const TopicCountSchema = v.object({
  id: v.string(),
  label: v.string(),
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A speaker in the list's speaker facet: how many articles quote them. */
export const SpeakerCountSchema = v.object({ id: v.string(), name: v.string(), count: Count });

/**
 * `data/index.json`, the list's entry point, the same size at any corpus size: the first page of
 * summaries (newest first), the topic facet, the most quoted speakers, and how the rest is paged.
 */
export const ArticleIndexSchema = v.object({
  /** The first `pageSize` summaries; the rest are in `data/list/pages/<n>.json`. */
  articles: v.array(ArticleSummarySchema),
  topics: v.array(TopicCountSchema),
  /** Every article, across all pages. */
  total: Count,
  pageSize: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The most quoted speakers (by articles); any other is in its own shard. */
  speakers: v.array(SpeakerCountSchema),
});

/** `data/list/pages/<n>.json`: summaries `n × pageSize` onwards, in index order. */
export const ListPageSchema = v.object({
  page: Count,
  articles: v.array(ArticleSummarySchema),
});

/**
 * `data/list/topics/<id>.json` and `data/list/speakers/<id>.json`: which articles (positions in
 * the index order) have that topic or quote that speaker, and the summaries of the first of them
 * (`head`, in the same order), so a filter's first screen needs no page. `positions` is one
 * string, the gaps between ascending positions in base 36 (as the search index's postings,
 * `src/core/search/postings.ts`): a 15,000-article topic is one JSON string to parse and one pass
 * over its characters to decode (`decodeListShard`), not 15,000 numbers each checked by the
 * schema, which cost ~10 ms of a filter click at 100,000 articles under 4× CPU throttling.
 */
export const ListShardSchema = v.object({
  id: v.string(),
  label: v.string(),
  count: Count,
  positions: v.string(),
  head: v.array(ArticleSummarySchema),
});

/**
 * `data/list/pairs/<topic>/<speaker>.json`, for every topic and each of the index's speakers: the
 * first articles about the topic that quote the speaker (`head`) and their positions (base-36
 * gaps, as `ListShardSchema`'s). The chips offer these combinations; their rows are scattered over
 * the list (a speaker's 1,000 articles at 100,000 are on as many pages), so without this file the
 * combination's first screen needed a page per row.
 */
export const ListPairSchema = v.object({
  topic: v.string(),
  speaker: v.string(),
  positions: v.string(),
  head: v.array(ArticleSummarySchema),
});

/** `data/list/pages.json`: the date of each page's first article, to find an article's page. */
export const PageDatesSchema = v.object({
  pageSize: v.pipe(v.number(), v.integer(), v.minValue(1)),
  total: Count,
  firstDates: v.array(v.nullable(IsoDate)),
});

export type Span = v.InferOutput<typeof SpanSchema>;
export type QuoteKind = v.InferOutput<typeof QuoteKindSchema>;
export type Attribution = v.InferOutput<typeof AttributionSchema>;
export type Cue = v.InferOutput<typeof CueSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Speaker = v.InferOutput<typeof SpeakerSchema>;
export type TopicRef = v.InferOutput<typeof TopicRefSchema>;
export type Dateline = v.InferOutput<typeof DatelineSchema>;
export type ContentWarning = v.InferOutput<typeof WarningSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type ArticleSummary = v.InferOutput<typeof ArticleSummarySchema>;
export type TopicCount = v.InferOutput<typeof TopicCountSchema>;
export type ArticleIndex = v.InferOutput<typeof ArticleIndexSchema>;
export type SpeakerCount = v.InferOutput<typeof SpeakerCountSchema>;
export type ListPage = v.InferOutput<typeof ListPageSchema>;
export type ListShard = v.InferOutput<typeof ListShardSchema>;
export type ListPair = v.InferOutput<typeof ListPairSchema>;
export type PageDates = v.InferOutput<typeof PageDatesSchema>;

/** One quotation on a speaker's page: where it is and what that article calls the speaker. */
export const SpeakerQuoteSchema = v.object({
  /** The quote's anchor id within its article (`q-3`). */
  quoteId: v.string(),
  text: v.string(),
  kind: QuoteKindSchema,
  slug: v.string(),
  headline: v.string(),
  date: v.nullable(IsoDate),
  /** The role the quote's article states for the speaker, if any. */
  role: v.nullable(v.string()),
  /** Site-relative link to the quote in its article: `/articles/<slug>#q-3`. */
  permalink: v.string(),
});

/** A speaker as listed on `/speakers`: everyone quoted, across every article. */
export const SpeakerEntrySchema = v.object({
  id: v.string(),
  name: v.string(),
  /** Every distinct role the articles state for the speaker, in order of first appearance. */
  roles: v.array(v.string()),
  quoteCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  articleCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/**
 * `data/speakers.json` (page 0) and `data/speakers/pages/<n>.json`: everyone quoted, most quoted
 * first, then by name, `pageSize` a page.
 */
export const SpeakerDirectorySchema = v.object({
  speakers: v.array(SpeakerEntrySchema),
  page: Count,
  pageSize: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Every speaker, across all pages. */
  total: Count,
});

/** `data/speakers/<id>.json`: a speaker with every quote across articles, newest first. */
export const SpeakerProfileSchema = v.object({
  ...SpeakerEntrySchema.entries,
  quotes: v.array(SpeakerQuoteSchema),
});

export type SpeakerQuote = v.InferOutput<typeof SpeakerQuoteSchema>;
export type SpeakerEntry = v.InferOutput<typeof SpeakerEntrySchema>;
export type SpeakerDirectory = v.InferOutput<typeof SpeakerDirectorySchema>;
export type SpeakerProfile = v.InferOutput<typeof SpeakerProfileSchema>;

/** `data/search/meta.json`: what the search index holds and which term shards exist. */
export const SearchMetaSchema = v.object({
  version: v.literal(1),
  /** Articles indexed; article numbers run from 0 (newest) to `docCount - 1`. */
  docCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Article numbers per card file: number `n` is in `data/search/cards/<n / chunkSize>.json`. */
  chunkSize: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The shard keys (a term's first two characters) that have a file, so none is fetched in vain. */
  shards: v.array(v.string()),
  /** Topic ids with a posting file, so a search can be narrowed to a topic (`?topic=`). */
  topics: v.array(v.string()),
});

/** `data/search/topics/<id>.json`: the encoded posting list of the articles with that topic. */
export const SearchTopicSchema = v.object({ postings: v.string() });

/** `data/search/terms/<key>.json`: each term of the shard with its encoded posting list. */
export const SearchShardSchema = v.object({
  terms: v.record(v.string(), v.string()),
  /** Prefixes with many terms → the articles holding any of them, merged at build time. */
  prefixes: v.record(v.string(), v.string()),
});

/**
 * `data/search/cards/<n>.json`: what a result shows before its article is fetched, for a run of
 * article numbers, as parallel lists (cheap to check): slug, headline, date, speakers' names.
 */
export const SearchCardsSchema = v.pipe(
  v.object({
    slugs: v.array(v.string()),
    headlines: v.array(v.string()),
    dates: v.array(v.nullable(v.string())),
    speakers: v.array(v.array(v.string())),
  }),
  v.check(
    (c) => [c.headlines, c.dates, c.speakers].every((list) => list.length === c.slugs.length),
    'every list must have one entry per slug',
  ),
);

export type SearchMeta = v.InferOutput<typeof SearchMetaSchema>;
export type SearchShard = v.InferOutput<typeof SearchShardSchema>;
export type SearchCards = v.InferOutput<typeof SearchCardsSchema>;
export type SearchTopic = v.InferOutput<typeof SearchTopicSchema>;
