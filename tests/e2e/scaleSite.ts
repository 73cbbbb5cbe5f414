import { mkdirSync, writeFileSync } from 'node:fs';
import { writeCorpus } from '../../scripts/gen/writeCorpus.ts';
import { decodeArticle, decodeArticleIndex, decodeListPage } from '../../src/core/decodeWire.ts';
import type { Article } from '../../src/core/schema.ts';
import { startBuiltSite } from './builtSite.ts';

/** A production build of a generated corpus, served by its own `vite preview`. */
export type ScaleSite = {
  url: (page?: string) => string;
  /** Every built article, in the index's order (newest first). */
  articles: Article[];
  close: () => Promise<void>;
};

/**
 * Generates `count` articles (`npm run gen`'s generator, seed `seed`), builds them as a user
 * would (`SAYWIRE_CONTENT_DIR=… vite build`) and serves the build; reads back every article in
 * the index's order, which is what the tests compare the list against.
 */
export async function startScaleSite(count: number, seed: number): Promise<ScaleSite> {
  const site = await startBuiltSite('saywire-scale-', (contentDir) => {
    writeCorpus(contentDir, count, seed, { mkdir: mkdirSync, writeFile: writeFileSync });
  });
  try {
    const index = decodeArticleIndex(await site.getJson('data/index.json'));
    if (!index.ok) throw new Error(index.error);
    const pages = Math.ceil(index.value.total / index.value.pageSize);
    const slugs: string[] = [];
    for (let page = 0; page < pages; page++) {
      const decoded = decodeListPage(await site.getJson(`data/list/pages/${page}.json`));
      if (!decoded.ok) throw new Error(decoded.error);
      slugs.push(...decoded.value.articles.map((a) => a.slug));
    }
    const articles = await Promise.all(
      slugs.map(async (slug) => {
        const article = decodeArticle(await site.getJson(`data/articles/${slug}.json`));
        if (!article.ok) throw new Error(article.error);
        return article.value;
      }),
    );
    return { url: site.url, articles, close: site.close };
  } catch (error) {
    await site.close();
    throw error;
  }
}
