import { Link } from 'react-router-dom';
import type { SpeakerProfile } from '../../core/schema.ts';
import { countLabel } from '../../ui/countLabel.ts';
import { PublishedDate } from '../../ui/PublishedDate.tsx';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import './speakers.css';

/** One speaker: their roles as the articles state them, and every quote, newest first. */
export function SpeakerProfileView({ speaker }: { speaker: SpeakerProfile }) {
  useDocumentTitle(speaker.name);
  return (
    <article className="speaker-profile" aria-labelledby="speaker-title">
      <header>
        <p className="speaker-profile__back">
          <Link to="/speakers">All voices</Link>
        </p>
        <h1 className="page-title" id="speaker-title">
          {speaker.name}
        </h1>
        {speaker.roles.length > 0 && (
          <p className="speaker-entry__roles">
            <span className="visually-hidden">Roles: </span>
            {speaker.roles.join('; ')}
          </p>
        )}
        <p className="speaker-entry__counts">
          {countLabel(speaker.quoteCount, 'quote')} in {countLabel(speaker.articleCount, 'article')}
        </p>
      </header>
      <h2 className="speaker-profile__quotes-title">Quotes, newest first</h2>
      <ol className="speaker-quotes">
        {speaker.quotes.map((quote) => (
          <li key={quote.permalink} className="speaker-quote">
            <blockquote className="speaker-quote__text">
              <p>“{quote.text}”</p>
            </blockquote>
            <p className="speaker-quote__source meta">
              <Link to={quote.permalink}>{quote.headline}</Link>
              {quote.date && <PublishedDate date={quote.date} />}
              {quote.role && <span>as {quote.role}</span>}
            </p>
          </li>
        ))}
      </ol>
    </article>
  );
}
