import { lazy, Suspense, type ReactNode } from 'react';
import { useSearchTyping } from './SearchScope.tsx';

// The results (and through them the engine and the index) load only once there is a query.
const SearchResults = lazy(() =>
  import('./SearchResults.tsx').then((module) => ({ default: module.SearchResults })),
);

/**
 * Shows the search results while the field holds a query (`SearchScope`), within `topic` (the
 * list's topic filter) when given, and `children` (the list) otherwise.
 */
export function SearchOutlet({ children, topic }: { children: ReactNode; topic: string | null }) {
  const { text } = useSearchTyping();
  if (text.trim() === '') return children;
  return (
    <Suspense fallback={<SearchPending />}>
      <SearchResults text={text} topic={topic} />
    </Suspense>
  );
}

/** Shown while the results' code loads. */
function SearchPending() {
  return (
    <p className="search__status" role="status" aria-busy="true">
      Searching…
    </p>
  );
}
