import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * After moving to another page, puts focus on `<main>` so keyboard and screen reader users start
 * at the new content rather than at the link they left. Filtering (a search change) and jumps
 * to an anchor keep focus where it is.
 */
export function useFocusMainOnNavigate(): void {
  const { pathname, hash } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (hash) return;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname, hash]);
}
