import { Link, useLocation } from 'react-router-dom';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';

/** Any path no route matches. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  useDocumentTitle('Page not found');
  return (
    <section className="state" aria-labelledby="page-not-found-title">
      <h1 id="page-not-found-title">Page not found</h1>
      <p>
        Nothing lives at <code>{pathname}</code>.
      </p>
      <p>
        <Link className="button" to="/">
          Go to the front page
        </Link>
      </p>
    </section>
  );
}
