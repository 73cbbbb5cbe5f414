import { decodeArticleIndex } from '../../src/core/decodeWire.ts';
import type { ArticleIndex, ArticleSummary } from '../../src/core/schema.ts';
import { siteUrl } from './browser.ts';

/** The built site's `data/index.json`, as the app sees it; tests derive what to expect from it. */
export async function fetchIndex(): Promise<ArticleIndex> {
  const response = await fetch(siteUrl('data/index.json'));
  if (!response.ok) throw new Error(`data/index.json: HTTP ${response.status}`);
  const index = decodeArticleIndex(await response.json());
  if (!index.ok) throw new Error(index.error);
  return index.value;
}

/** The first article of the list, which every reader test opens. */
export async function firstArticle(): Promise<ArticleSummary> {
  const [first] = (await fetchIndex()).articles;
  if (!first) throw new Error('the built site has no articles');
  return first;
}
