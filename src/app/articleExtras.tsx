import type { Article } from '../core/schema.ts';
import type { ArticleExtras } from '../features/article/ArticlePage.tsx';
import { SaveToggle } from '../features/saved/SaveToggle.tsx';
import { summarize } from '../features/saved/savedStore.ts';
import { RelatedForArticle } from './RelatedForArticle.tsx';

/** Other features' parts of an article page: the save toggle and related articles. */
export function articleExtras(article: Article): ArticleExtras {
  return {
    actions: <SaveToggle summary={summarize(article)} article={article} />,
    after: <RelatedForArticle article={article} />,
  };
}
