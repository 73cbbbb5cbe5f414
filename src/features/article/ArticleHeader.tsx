import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { Article } from '../../core/schema.ts';
import { countLabel } from '../../ui/countLabel.ts';
import { PublishedDate } from '../../ui/PublishedDate.tsx';
import { TopicChips } from '../../ui/TopicChips.tsx';

/** Headline, date, byline, reading time, topics, a pointer to the Voices legend and actions. */
export function ArticleHeader({ article, actions }: { article: Article; actions?: ReactNode }) {
  const { search } = useLocation();
  return (
    <header className="article__header">
      <h1 id="article-title">{article.headline}</h1>
      <p className="meta">
        {article.date && <PublishedDate date={article.date} />}
        {article.byline && <span>By {article.byline}</span>}
        <span>{article.readingMinutes} min read</span>
        {article.speakers.length > 0 && (
          <Link to={{ search, hash: '#voices-title' }} preventScrollReset>
            {countLabel(article.speakers.length, 'voice')}
          </Link>
        )}
      </p>
      <TopicChips topics={article.topics} />
      {actions && <div className="article__actions">{actions}</div>}
    </header>
  );
}
