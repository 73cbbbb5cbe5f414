import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';

/** What `/articles/<slug>` shows when the server has no such article. */
export function ArticleNotFound({ slug }: { slug: string }) {
  useDocumentTitle('Article not found');
  return (
    <section className="state" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Article not found</h1>
      <p>
        There is no article called <strong>“{slug}”</strong>. It may have been renamed or removed.
      </p>
      <p>
        <Link className="button" to="/">
          Back to all articles
        </Link>
      </p>
    </section>
  );
}
