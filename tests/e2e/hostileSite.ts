import { decodeArticle, decodeArticleIndex } from '../../src/core/decodeWire.ts';
import type { Article } from '../../src/core/schema.ts';
import { startBuiltSite } from './builtSite.ts';
import { writeHostileContent } from './hostileContent.ts';

/** A production build of the hostile content, served by its own `vite preview`. */
export type HostileSite = {
  /** An absolute URL on this site for a path relative to its root. */
  url: (path?: string) => string;
  /** The built articles, by content file name. */
  articles: Map<string, Article>;
  close: () => Promise<void>;
};

/** Writes the hostile content to a temporary folder, builds it and serves the build. */
export async function startHostileSite(): Promise<HostileSite> {
  const site = await startBuiltSite('saywire-hostile-', writeHostileContent);
  try {
    const index = decodeArticleIndex(await site.getJson('data/index.json'));
    if (!index.ok) throw new Error(index.error);
    const articles = new Map<string, Article>();
    for (const { slug } of index.value.articles) {
      const article = decodeArticle(await site.getJson(`data/articles/${slug}.json`));
      if (!article.ok) throw new Error(article.error);
      articles.set(article.value.source, article.value);
    }
    return { url: site.url, articles, close: site.close };
  } catch (error) {
    await site.close();
    throw error;
  }
}
