import { Fragment } from 'react';
import type { ReactNode } from 'react';
import type { ArticleSummary } from '../../core/schema.ts';
import { appHref } from '../../ui/appHref.ts';
import { countLabel } from '../../ui/countLabel.ts';
import { PublishedDate } from '../../ui/PublishedDate.tsx';
import { speakerHref } from '../../ui/speakerHref.ts';
import { topicHref } from '../../ui/topicHref.ts';

/**
 * One article in the list: headline link, date, byline, reading time, voices and topics.
 * `actions` is a slot the app fills (a save toggle) so features stay independent.
 * Its links are plain `<a href>`: the list around the cards navigates in the app for them
 * (`useLinkNavigation`), so a card renders once and never again on later navigations.
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
        <a href={appHref(`/articles/${encodeURIComponent(article.slug)}`)}>{article.headline}</a>
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
                  <a href={appHref(speakerHref(speaker.id))}>{speaker.name}</a>
                </Fragment>
              ))}
            </span>
          </>
        )}
      </p>
      {article.topics.length > 0 && (
        <ul className="chips" aria-label={`Topics of “${article.headline}”`}>
          {article.topics.map((topic) => (
            <li key={topic.id}>
              <a className="chip" href={appHref(topicHref(topic.id))}>
                {topic.label}
              </a>
            </li>
          ))}
        </ul>
      )}
      {actions && <div className="card__actions">{actions}</div>}
    </article>
  );
}
