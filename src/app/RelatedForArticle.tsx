import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Article } from '../core/schema.ts';
import { articleIndexQuery } from '../features/articles/api.ts';
import { RelatedArticles } from '../features/related/RelatedArticles.tsx';
import { relatedArticles } from '../features/related/relatedArticles.ts';

/**
 * Related articles for an article page, from the article index the list already uses. Not
 * suspending: the article shows at once and the section appears when the index is there (and
 * never, without an error, if it cannot be loaded: it is extra reading, not the page).
 */
export function RelatedForArticle({ article }: { article: Article }) {
  const { data: index } = useQuery(articleIndexQuery());
  const related = useMemo(
    () => (index ? relatedArticles(article, index.articles) : []),
    [article, index],
  );
  return <RelatedArticles related={related} />;
}
