import { Link, useLocation } from 'react-router-dom';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';
import { useHydrated } from '../ui/useHydrated.ts';

/** Any path no route matches. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  // 404.html is prerendered once for every unknown path: the path is only known in the browser.
  const hydrated = useHydrated();
  useDocumentTitle('Page not found');
  return (
    <section className="state" aria-labelledby="page-not-found-title">
      <h1 id="page-not-found-title">Page not found</h1>
      <p>Nothing lives at {hydrated ? <code>{pathname}</code> : 'this address'}.</p>
      <p>
        <Link className="button" to="/">
          Go to the front page
        </Link>
      </p>
    </section>
  );
}
