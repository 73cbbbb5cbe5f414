import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { articleQuery } from './api.ts';
import { ArticleNotFound } from './ArticleNotFound.tsx';
import { ArticleView } from './ArticleView.tsx';

/** The `/articles/:slug` route: the article, or "Article not found" when there is none. */
export function ArticlePage() {
  const { slug = '' } = useParams();
  const { data } = useSuspenseQuery(articleQuery(slug));
  switch (data.kind) {
    case 'found':
      return <ArticleView article={data.article} />;
    case 'not-found':
      return <ArticleNotFound slug={data.slug} />;
    default: {
      const unreachable: never = data;
      return unreachable;
    }
  }
}
