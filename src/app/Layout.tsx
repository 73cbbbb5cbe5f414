import { Outlet, ScrollRestoration, useNavigation } from 'react-router-dom';
import { KeyboardShortcuts } from './KeyboardShortcuts.tsx';
import { SiteHeader } from './SiteHeader.tsx';
import { SkipLink } from './SkipLink.tsx';
import { useFocusMainOnNavigate } from './useFocusMainOnNavigate.ts';

/** The page frame around every route: skip link, masthead, progress bar and `<main>`. */
export function Layout() {
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle';
  useFocusMainOnNavigate();
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <div className="progress" data-active={busy} aria-hidden="true" />
      <main id="main" tabIndex={-1} aria-busy={busy || undefined}>
        <Outlet />
      </main>
      <ScrollRestoration />
      <KeyboardShortcuts />
    </>
  );
}
