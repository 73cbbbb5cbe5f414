import { parseArticle, type ContentError } from '../core/article/parseArticle.ts';
import type { Taxonomy } from '../core/topics/taxonomy.ts';
import { digestArticle, type ArticleDigest } from './articleDigest.ts';
import { assertArticle } from './assertWire.ts';
import { writeCachedArticle, type CachedFile, type ContentCache } from './contentCache.ts';
import { decodeUtf8 } from './decodeUtf8.ts';

/** One article file to parse: its name, bytes, content hash and cache key. */
export type ArticleJob = { file: string; bytes: Uint8Array; textHash: string; key: string };

/**
 * What became of one file: its digest and where its JSON is (the text itself without a cache),
 * or the content error that names its file and line.
 */
export type ArticleOutcome =
  | { ok: true; digest: ArticleDigest; source: string | CachedFile }
  | { ok: false; error: ContentError };

/**
 * Decodes, parses and checks one article file, and with a cache stores its JSON there. The same
 * on the main thread and on a parse worker (`parseWorker.ts`), so the outcome does not depend on
 * where it ran. A pipeline bug (an article that breaks the wire schema) throws.
 */
export function compileArticle(
  { file, bytes, textHash, key }: ArticleJob,
  taxonomy: Taxonomy,
  cache: ContentCache | null,
): ArticleOutcome {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, error: { file, ...decoded.error } };
  const result = parseArticle(decoded.value, { file, taxonomy });
  if (!result.ok) return { ok: false, error: result.error };
  const article = result.value;
  assertArticle(article);
  const json = JSON.stringify(article);
  const digest = digestArticle(article, textHash);
  return { ok: true, digest, source: cache ? writeCachedArticle(cache, key, json) : json };
}
