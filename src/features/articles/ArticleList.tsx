import type { ReactNode } from 'react';
import type { ArticleSummary } from '../../core/schema.ts';
import { useLinkNavigation } from '../../ui/useLinkNavigation.ts';
import { ArticleCard } from './ArticleCard.tsx';

/** Article summaries in the order given (newest first), or an empty state when there are none. */
export function ArticleList({
  articles,
  emptyMessage,
  renderActions,
}: {
  articles: ArticleSummary[];
  emptyMessage: string;
  /** Per-card controls the app composes in (a save toggle). */
  renderActions?: (article: ArticleSummary) => ReactNode;
}) {
  const onClick = useLinkNavigation();
  if (articles.length === 0) {
    return (
      <p className="state state--empty" role="status">
        {emptyMessage}
      </p>
    );
  }
  return (
    <ol className="article-list" onClick={onClick}>
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} actions={renderActions?.(article)} />
        </li>
      ))}
    </ol>
  );
}
