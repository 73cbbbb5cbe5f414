import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * After moving to another page, puts focus on `<main>` so keyboard and screen reader users start
 * at the new content rather than at the link they left. Filtering (a search change, or another
 * topic's `/topics/<id>`: the same list) and jumps to an anchor keep focus where it is.
 */
export function useFocusMainOnNavigate(): void {
  const { pathname, hash } = useLocation();
  const page = pageOf(pathname);
  const previous = useRef(page);
  useEffect(() => {
    if (previous.current === page) return;
    previous.current = page;
    if (hash) return;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [page, hash]);
}

/** The list is one page whatever its topic filter. */
const pageOf = (pathname: string) => (/^\/topics\/[^/]+\/?$/.test(pathname) ? '/' : pathname);
