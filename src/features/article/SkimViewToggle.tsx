import { Link, useLocation, useSearchParams } from 'react-router-dom';

/** `?view=quotes`: the article as its quotations grouped by speaker. Bookmarkable. */
export function useSkimView(): boolean {
  const [searchParams] = useSearchParams();
  return searchParams.get('view') === 'quotes';
}

/** Links between the full text and the skim view, keeping the rest of the URL's query. */
export function SkimViewToggle({ skim }: { skim: boolean }) {
  const { search } = useLocation();
  const withView = (quotes: boolean) => {
    const next = new URLSearchParams(search);
    if (quotes) next.set('view', 'quotes');
    else next.delete('view');
    const query = next.toString();
    return { search: query ? `?${query}` : '' };
  };
  return (
    <nav className="view-toggle" aria-label="Article view">
      <ul>
        <li>
          <Link to={withView(false)} aria-current={skim ? undefined : 'page'}>
            Full text
          </Link>
        </li>
        <li>
          <Link to={withView(true)} aria-current={skim ? 'page' : undefined}>
            Quotes by speaker
          </Link>
        </li>
      </ul>
    </nav>
  );
}
