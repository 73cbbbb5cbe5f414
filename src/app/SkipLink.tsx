import type { MouseEvent } from 'react';

/**
 * "Skip to content" for keyboard users. Moving focus by hand rather than following `#main`
 * keeps the fragment out of the router's history.
 */
export function SkipLink() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById('main');
    if (!main) return;
    event.preventDefault();
    main.focus();
  };
  return (
    <a className="skip-link" href="#main" onClick={skip}>
      Skip to content
    </a>
  );
}
