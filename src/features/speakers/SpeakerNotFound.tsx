import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';

/** What `/speakers/<id>` shows when no one by that id is quoted. */
export function SpeakerNotFound({ id }: { id: string }) {
  useDocumentTitle('Speaker not found');
  return (
    <section className="state" aria-labelledby="speaker-not-found-title">
      <h1 id="speaker-not-found-title">Speaker not found</h1>
      <p>
        No one called <strong>“{id}”</strong> is quoted in any article.
      </p>
      <p>
        <Link className="button" to="/speakers">
          See everyone quoted
        </Link>
      </p>
    </section>
  );
}
