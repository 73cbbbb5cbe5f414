import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import type { Article } from '../../core/schema.ts';
import { articleQuery } from './api.ts';
import { ArticleNotFound } from './ArticleNotFound.tsx';
import { ArticleView } from './ArticleView.tsx';

/** What the app composes around a found article from other features. */
export type ArticleExtras = { actions?: ReactNode; after?: ReactNode };

/**
 * The `/articles/:slug` route: the article, or "Article not found" when there is none.
 * `extras` lets the app add other features' parts (save toggle, related articles).
 */
export function ArticlePage({ extras }: { extras?: (article: Article) => ArticleExtras }) {
  const { slug = '' } = useParams();
  const { data } = useSuspenseQuery(articleQuery(slug));
  switch (data.kind) {
    case 'found': {
      const { actions, after } = extras?.(data.article) ?? {};
      return (
        <>
          <ArticleView article={data.article} actions={actions} />
          {after}
        </>
      );
    }
    case 'not-found':
      return <ArticleNotFound slug={data.slug} />;
    default: {
      const unreachable: never = data;
      return unreachable;
    }
  }
}
