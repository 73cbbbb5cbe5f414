import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../../core/schema.ts';
import { countLabel } from '../../ui/countLabel.ts';
import { PublishedDate } from '../../ui/PublishedDate.tsx';
import { speakerHref } from '../../ui/speakerHref.ts';
import { TopicChips } from '../../ui/TopicChips.tsx';

/**
 * One article in the list: headline link, date, byline, reading time, voices and topics.
 * `actions` is a slot the app fills (a save toggle) so features stay independent.
 */
export function ArticleCard({
  article,
  actions,
}: {
  article: ArticleSummary;
  actions?: ReactNode;
}) {
  const headingId = `headline-${article.slug}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 className="card__headline" id={headingId}>
        <Link to={`/articles/${encodeURIComponent(article.slug)}`}>{article.headline}</Link>
      </h2>
      <p className="meta">
        {article.date && <PublishedDate date={article.date} />}
        {article.byline && <span>By {article.byline}</span>}
        <span>{article.readingMinutes} min read</span>
      </p>
      <p className="card__summary">{article.summary}</p>
      <p className="card__voices">
        <span className="card__quote-count">{countLabel(article.quoteCount, 'quote')}</span>
        {article.speakers.length > 0 && (
          <>
            {' from '}
            <span className="card__speakers">
              {article.speakers.map((speaker, index) => (
                <Fragment key={speaker.id}>
                  {index > 0 && ', '}
                  <Link to={speakerHref(speaker.id)}>{speaker.name}</Link>
                </Fragment>
              ))}
            </span>
          </>
        )}
      </p>
      <TopicChips topics={article.topics} label={`Topics of “${article.headline}”`} />
      {actions && <div className="card__actions">{actions}</div>}
    </article>
  );
}
