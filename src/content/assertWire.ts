import * as v from 'valibot';
import { ArticleSchema, type Article } from '../core/schema.ts';

/** Slugs become file names and URL segments: anything else is a bug upstream. */
export const SAFE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks an article against the wire schema and the one promise the reader relies on (a
 * highlight covers exactly the quoted words). A mismatch is a bug in the pipeline or the core,
 * never the editor's fault, so it throws instead of becoming a content error.
 */
export function assertArticle(article: Article): void {
  const what = `article "${article.slug}" (${article.source})`;
  if (!SAFE_SLUG.test(article.slug)) throw new Error(`Saywire bug: ${what} has an unsafe slug`);
  assertValid(ArticleSchema, article, what);
  for (const quote of article.quotes) {
    if (article.text.slice(quote.start, quote.end) !== quote.text) {
      throw new Error(`Saywire bug: ${what}: ${quote.id} offsets do not slice to its text`);
    }
  }
}

/** Throws a "Saywire bug" naming `what` and the first schema issue when `value` does not fit. */
export function assertValid(schema: v.GenericSchema, value: unknown, what: string): void {
  const result = v.safeParse(schema, value);
  if (result.success) return;
  const issue = result.issues[0];
  const path = issue ? v.getDotPath(issue) : null;
  throw new Error(
    `Saywire bug: ${what} does not match the wire schema${path ? ` at ${path}` : ''}: ` +
      `${issue?.message ?? 'unknown issue'}`,
  );
}
