import type { Article } from '../core/schema.ts';
import type { ArticleExtras } from '../features/article/ArticlePage.tsx';
import { SaveToggle } from '../features/saved/SaveToggle.tsx';
import { RelatedForArticle } from './RelatedForArticle.tsx';
import { toSummary } from '../core/article/toSummary.ts';

/** Other features' parts of an article page: the save toggle and related articles. */
export function articleExtras(article: Article): ArticleExtras {
  return {
    actions: <SaveToggle summary={toSummary(article)} article={article} />,
    after: <RelatedForArticle article={article} />,
  };
}
