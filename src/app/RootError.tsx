import { RouteError } from './RouteError.tsx';
import { SiteHeader } from './SiteHeader.tsx';

/** The last-resort error page, for when the layout itself failed: its own minimal frame. */
export function RootError() {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <RouteError />
      </main>
    </>
  );
}
