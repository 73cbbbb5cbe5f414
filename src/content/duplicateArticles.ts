import type { ContentError } from '../core/article/parseArticle.ts';

/** What makes two articles the same: their text (or its hash) and their slug. */
export type ArticleIdentity = { text: string; slug: string; leadLine: number };

/**
 * Claims each article's text and slug for the first file that has them. Returns null when the
 * file is the first, or the error that names the file it duplicates: same text on line 1, same
 * slug on the lead's line.
 */
export function createDuplicateGuard(): (
  file: string,
  article: ArticleIdentity,
) => ContentError | null {
  const fileByText = new Map<string, string>();
  const fileBySlug = new Map<string, string>();
  return (file, { text, slug, leadLine }) => {
    const sameText = fileByText.get(text);
    if (sameText !== undefined)
      return { file, line: 1, message: `duplicate article: same text as ${sameText}` };
    const sameSlug = fileBySlug.get(slug);
    if (sameSlug !== undefined)
      return {
        file,
        line: leadLine,
        message: `duplicate slug "${slug}": already used by ${sameSlug}`,
      };
    fileByText.set(text, file);
    fileBySlug.set(slug, file);
    return null;
  };
}
