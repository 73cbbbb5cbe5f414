import type { QueryClient } from '@tanstack/react-query';
import type { DataRouter } from 'react-router-dom';
import { pageHeadFor } from '../pageHeadFor.ts';
import { applyPageHead, siteOfDocument } from './applyPageHead.ts';

/**
 * Keeps the head true for the page shown: the prerendered head describes the page first
 * opened, so after each navigation (and for a page rendered afresh) the head is rebuilt from the
 * same `pageHeadFor` the build used. React sets the tab title too, from each page.
 * Loaded apart from the app (a dynamic import): nothing here is needed for the first paint.
 */
export function syncPageHead(router: DataRouter, queryClient: QueryClient, base: string): void {
  const site = siteOfDocument(document, base);
  const sync = ({ initialized, navigation, matches, location }: DataRouter['state']) => {
    if (!initialized || navigation.state !== 'idle') return;
    const pathname = location.pathname.startsWith(base)
      ? `/${location.pathname.slice(base.length)}`
      : location.pathname;
    applyPageHead(document, pageHeadFor(matches, { ...location, pathname }, queryClient), site);
  };
  router.subscribe(sync);
  sync(router.state);
}
