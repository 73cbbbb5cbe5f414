import { createDuplicateGuard } from './duplicateArticles.ts';
import { parseArticle, type ContentError } from '../core/article/parseArticle.ts';
import type { Article } from '../core/schema.ts';
import { lineAt } from '../core/text/lineAt.ts';
import { parseTaxonomy, type Taxonomy } from '../core/topics/taxonomy.ts';
import { decodeUtf8 } from './decodeUtf8.ts';
import { TAXONOMY_FILE, type ContentDirInput, type ContentFile } from './readContentDir.ts';

/**
 * Everything the content folder yields: each article file became an article or an error.
 * `A` is what is kept of each article: the whole `Article`, or a digest in a big build.
 */
export type ContentBuild<A = Article> = {
  /** Every article file in the folder, read or not, in name order: each is in `articles` or `errors`. */
  files: string[];
  /** In file-name order. */
  articles: A[];
  taxonomy: Taxonomy;
  /** Sorted by file, then line. Any error fails the build. */
  errors: ContentError[];
  ignored: string[];
};

/** What articles are tagged against when `topics.json` is broken, so their own errors still show. */
export const EMPTY_TAXONOMY: Taxonomy = { topics: [] };

/**
 * Turns the raw content folder into articles, collecting every error rather than stopping at the
 * first, so one build run tells an editor everything that needs fixing.
 */
export function buildContent(input: ContentDirInput): ContentBuild {
  const errors: ContentError[] = input.unreadable.map(({ file, message }) => ({
    file,
    line: 1,
    message,
  }));
  const taxonomy = readTaxonomy(input.taxonomy);
  // Articles are still parsed against an empty taxonomy, so their own errors are reported too.
  if (!taxonomy.ok) errors.push(taxonomy.error);
  const options = { taxonomy: taxonomy.ok ? taxonomy.value : EMPTY_TAXONOMY };

  const articles: Article[] = [];
  const duplicateOf = createDuplicateGuard();
  for (const { file, bytes } of input.articles) {
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      errors.push({ file, ...decoded.error });
      continue;
    }
    const parsed = parseArticle(decoded.value, { ...options, file });
    if (!parsed.ok) {
      errors.push(parsed.error);
      continue;
    }
    const article = parsed.value;
    const leadLine = lineAt(article.text, article.paragraphs[0]?.start ?? 0);
    const duplicate = duplicateOf(file, { text: article.text, slug: article.slug, leadLine });
    if (duplicate) errors.push(duplicate);
    else articles.push(article);
  }

  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const files = [
    ...input.articles.map(({ file }) => file),
    ...input.unreadable.map(({ file }) => file).filter((file) => file !== TAXONOMY_FILE),
  ].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    files,
    articles,
    taxonomy: options.taxonomy,
    errors,
    ignored: input.ignored,
  };
}

/** The taxonomy, or the content error that names what is wrong with `topics.json`. */
export type TaxonomyResult = { ok: true; value: Taxonomy } | { ok: false; error: ContentError };

/** Decodes and parses `topics.json`; a missing file is an error too. */
export function readTaxonomy(source: ContentFile | null): TaxonomyResult {
  const fail = (line: number, message: string): TaxonomyResult => ({
    ok: false,
    error: { file: TAXONOMY_FILE, line, message },
  });
  if (!source) return fail(1, 'missing: the topic taxonomy is required (see README.md)');
  const decoded = decodeUtf8(source.bytes);
  if (!decoded.ok) return fail(decoded.error.line, decoded.error.message);
  let json: unknown;
  try {
    json = JSON.parse(decoded.value);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Newer V8 names the line or the position; Node 20's message names neither.
    const lineNumber = /\(line (\d+) column/.exec(message)?.[1];
    const position = /at position (\d+)/.exec(message)?.[1];
    const line = lineNumber
      ? Number(lineNumber)
      : position
        ? lineAt(decoded.value, Number(position))
        : 1;
    return fail(line, `invalid JSON: ${message}`);
  }
  const taxonomy = parseTaxonomy(json);
  return taxonomy.ok ? taxonomy : fail(1, taxonomy.error);
}
