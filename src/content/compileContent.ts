import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle, type ContentError } from '../core/article/parseArticle.ts';
import type { Article } from '../core/schema.ts';
import { digestArticle, type ArticleDigest } from './articleDigest.ts';
import { assertArticle } from './assertWire.ts';
import { EMPTY_TAXONOMY, readTaxonomy, type ContentBuild } from './buildContent.ts';
import { readCached, sha1, writeCached, type CachedFile, type ContentCache } from './contentCache.ts';
import { decodeUtf8 } from './decodeUtf8.ts';
import { describe, listContentDir, TAXONOMY_FILE } from './readContentDir.ts';

/** A content build kept as digests, with where each article's JSON is. */
export type CompiledContent = {
  build: ContentBuild<ArticleDigest>;
  /** `data/articles/<slug>.json` → its JSON text, or the cache file holding it. */
  articleFiles: Map<string, string | CachedFile>;
  /** How many articles were parsed this run (the rest came from the cache). */
  parsed: number;
};

/**
 * The pipeline for any size of content folder: reads one file at a time, parses only
 * what the cache does not hold, and keeps a digest of each article instead of the article, so
 * 100,000 articles fit in memory. Errors are the same as `buildContent`'s, all collected.
 */
export async function compileContent(
  contentDir: string,
  cache: ContentCache | null,
): Promise<CompiledContent> {
  let listing;
  try {
    listing = await listContentDir(contentDir);
  } catch (error) {
    throw new Error(`Saywire cannot read the content folder ${contentDir}`, { cause: error });
  }
  const errors: ContentError[] = [];
  let taxonomyBytes: Uint8Array | null = null;
  if (listing.hasTaxonomy) {
    try {
      taxonomyBytes = readFileSync(path.join(contentDir, TAXONOMY_FILE));
    } catch (error) {
      errors.push({ file: TAXONOMY_FILE, line: 1, message: `cannot read the file (${describe(error)})` });
    }
  }
  const taxonomyResult = readTaxonomy(
    taxonomyBytes ? { file: TAXONOMY_FILE, bytes: taxonomyBytes } : null,
  );
  if (!taxonomyResult.ok) errors.push(taxonomyResult.error);
  const taxonomy = taxonomyResult.ok ? taxonomyResult.value : EMPTY_TAXONOMY;
  const taxonomyHash = sha1(JSON.stringify(taxonomy));

  const articles: ArticleDigest[] = [];
  const articleFiles = new Map<string, string | CachedFile>();
  const fileByText = new Map<string, string>();
  const fileBySlug = new Map<string, string>();
  let parsed = 0;

  // Synchronous reads: for thousands of small files, four times faster than the promise API.
  const compileOne = (file: string) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.join(contentDir, file));
    } catch (error) {
      errors.push({ file, line: 1, message: `cannot read the file (${describe(error)})` });
      return null;
    }
    const textHash = sha1(bytes);
    const key = cache ? sha1(cache.version, taxonomyHash, file, textHash) : '';
    const hit = cache ? readCached(cache, key) : null;
    if (hit) return { digest: hit.digest, source: hit.article };
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      errors.push({ file, ...decoded.error });
      return null;
    }
    const result = parseArticle(decoded.value, { file, taxonomy });
    if (!result.ok) {
      errors.push(result.error);
      return null;
    }
    parsed++;
    const article: Article = result.value;
    assertArticle(article);
    const json = JSON.stringify(article);
    const digest = digestArticle(article, textHash);
    const source = cache ? writeCached(cache, key, json, digest) : json;
    return { digest, source };
  };

  for (const file of listing.articles) {
    const result = compileOne(file);
    if (!result) continue;
    const { digest, source } = result;
    const sameText = fileByText.get(digest.textHash);
    const sameSlug = fileBySlug.get(digest.slug);
    if (sameText !== undefined) {
      errors.push({ file, line: 1, message: `duplicate article: same text as ${sameText}` });
    } else if (sameSlug !== undefined) {
      errors.push({
        file,
        line: digest.leadLine,
        message: `duplicate slug "${digest.slug}": already used by ${sameSlug}`,
      });
    } else {
      fileByText.set(digest.textHash, file);
      fileBySlug.set(digest.slug, file);
      articles.push(digest);
      articleFiles.set(`data/articles/${digest.slug}.json`, source);
    }
  }

  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const files = [...listing.articles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    build: { files, articles, taxonomy, errors, ignored: listing.ignored },
    articleFiles,
    parsed,
  };
}
