import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { countLabel } from '../../ui/countLabel.ts';
import { speakerHref } from '../../ui/speakerHref.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { speakerDirectoryQuery } from './api.ts';
import './speakers.css';

/** The `/speakers` route: everyone quoted across the articles, most quoted first. */
export function SpeakersPage() {
  const { data } = useSuspenseQuery(speakerDirectoryQuery());
  useDocumentTitle('Voices');
  return (
    <section aria-labelledby="speakers-title">
      <h1 className="page-title" id="speakers-title">
        Voices
      </h1>
      {data.speakers.length === 0 ? (
        <p className="state state--empty" role="status">
          No one is quoted by name yet.
        </p>
      ) : (
        <>
          <p className="speakers__intro">
            Everyone quoted by name, most quoted first. {countLabel(data.total, 'speaker')}.
          </p>
          <ol className="speaker-list">
            {data.speakers.map((speaker) => (
              <li key={speaker.id} className="speaker-entry">
                <h2 className="speaker-entry__name">
                  <Link to={speakerHref(speaker.id)}>{speaker.name}</Link>
                </h2>
                {speaker.roles.length > 0 && (
                  <p className="speaker-entry__roles">{speaker.roles.join('; ')}</p>
                )}
                <p className="speaker-entry__counts">
                  {countLabel(speaker.quoteCount, 'quote')} in{' '}
                  {countLabel(speaker.articleCount, 'article')}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
