import { err, ok, type Result } from '../result.ts';
import type { Article } from '../schema.ts';
import { analyzeQuotes } from '../quotes/analyzeQuotes.ts';
import { lineAt } from '../text/lineAt.ts';
import { shortHash, slugify } from '../text/slugify.ts';
import { tagTopics } from '../topics/tagTopics.ts';
import type { Taxonomy } from '../topics/taxonomy.ts';
import { deriveHeadline, deriveSummary } from './deriveHeadline.ts';
import { parseDateline } from './parseDateline.ts';
import { parseHeader } from './parseHeader.ts';
import { splitParagraphs } from './splitParagraphs.ts';

/** Why a content file cannot become an article: which file, which line, what is wrong. */
export type ContentError = { file: string; line: number; message: string };

export type ParseOptions = {
  /** The file's path relative to the content folder; used in errors and for the slug. */
  file: string;
  taxonomy: Taxonomy;
};

const WORDS_PER_MINUTE = 230;

/** Turns the raw text of one content file into an Article, or says exactly why it cannot. */
export function parseArticle(
  text: string,
  { file, taxonomy }: ParseOptions,
): Result<Article, ContentError> {
  const fail = (offset: number, message: string) =>
    err({ file, line: lineAt(text, offset), message });

  // Control characters other than tab and line breaks do not occur in prose: this is not text.
  // eslint-disable-next-line no-control-regex
  const binaryAt = text.search(/[\u0000-\u0008\u000e-\u001f]/);
  if (binaryAt >= 0)
    return fail(binaryAt, 'looks like a binary file (control characters in the text)');

  const header = parseHeader(text);
  if (!header.ok) return fail(0, header.error);
  const { date, byline, bodyStart } = header.value;

  const paragraphs = splitParagraphs(text, bodyStart);
  const firstParagraph = paragraphs[0];
  if (!firstParagraph)
    return fail(bodyStart, text.trim() ? 'the article has no body text' : 'the file is empty');

  const dateline = parseDateline(text, firstParagraph.start);
  const lead = text.slice(dateline?.end ?? firstParagraph.start, firstParagraph.end);
  const headline = deriveHeadline(lead);
  const analysis = analyzeQuotes(text, paragraphs);
  const quotes = analysis.quotes.map(({ speaker, ...quote }, index) => ({
    id: `q-${index + 1}`,
    ...quote,
    speakerId: speaker?.id ?? null,
  }));
  const bodyText = paragraphs.map(({ start, end }) => text.slice(start, end)).join('\n\n');
  const words = bodyText.split(/\s+/).filter(Boolean).length;

  return ok({
    slug: `${slugify(headline, 6) || 'article'}-${shortHash(file)}`,
    source: file,
    headline,
    summary: deriveSummary(lead),
    date,
    byline,
    dateline,
    text,
    paragraphs,
    readingMinutes: Math.max(1, Math.ceil(words / WORDS_PER_MINUTE)),
    quotes,
    speakers: analysis.speakers,
    topics: tagTopics(bodyText, taxonomy),
    warnings: analysis.warnings.map((warning) => ({
      ...warning,
      line: lineAt(text, warning.offset),
    })),
  });
}
