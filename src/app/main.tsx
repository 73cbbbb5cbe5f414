import { hydrate } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/layout.css';
import '../styles/chips.css';
import '../styles/articleList.css';
import '../styles/buttons.css';
import '../styles/pageStates.css';
import '../styles/settings.css';
import '../styles/saveToggle.css';
import '../styles/shortcutsHelp.css';
import '../styles/article.css';
import '../styles/quoteHighlights.css';
import '../styles/voices.css';
import '../styles/related.css';
import { AppProviders } from './AppProviders.tsx';
import { createQueryClient } from './queryClient.ts';
import { hydrateListFrom } from './hydratedListFilters.ts';
import { listenForContentUpdates } from './listenForContentUpdates.ts';
import { prerenderedFor } from './prerenderedFor.ts';
import { readPrerenderState } from './prerenderState.ts';
import { createRoutes } from './routes.tsx';

/**
 * Hydrates the prerendered page (or renders it afresh), in steps that `nextTask` separates: the
 * page's data, the router, then React, each in a task short enough not to delay a tap.
 */
export async function startApp(nextTask: () => Promise<void>): Promise<void> {
  const queryClient = createQueryClient();
  // Static hosts ignore the query string (`/?topic=x` gets the `/` page) and answer unknown paths
  // with 404.html: only a page rendered for this very URL is hydrated; any other is rendered afresh.
  const prerendered = prerenderedFor(readPrerenderState(document), window.location);
  if (prerendered) {
    hydrate(queryClient, prerendered.queries);
    hydrateListFrom();
  }
  await nextTask();

  const router = createBrowserRouter(createRoutes(queryClient), {
    basename: import.meta.env.BASE_URL,
    ...(prerendered ? { hydrationData: { loaderData: prerendered.loaderData } } : {}),
  });
  listenForContentUpdates(queryClient);
  // The head follows the page shown after each navigation; not needed for the first paint.
  void import('./head/syncPageHead.ts').then(({ syncPageHead }) =>
    syncPageHead(router, queryClient, import.meta.env.BASE_URL),
  );
  await nextTask();

  // A page whose route loads on demand (routes.tsx) hydrates once its chunk is in, or the
  // first render would be the fallback, not the prerendered page.
  if (prerendered && !router.state.initialized) {
    await new Promise<void>((resolve) => {
      const stop = router.subscribe(({ initialized }) => {
        if (!initialized) return;
        stop();
        resolve();
      });
    });
  }

  // index.html has one; without it React throws (its error #299), which boot.ts reports.
  const root = document.getElementById('root') as HTMLElement;
  // React recovers from a hydration mismatch by rendering afresh, quietly: say it out loud.
  const options: RootOptions = {
    onRecoverableError: (error, info) =>
      console.error('Saywire: recoverable render error (hydration mismatch?)', error, info),
    onUncaughtError: (error, info) => console.error('Saywire: uncaught render error', error, info),
  };
  const app = (
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>
  );
  // As a transition, hydration yields to the browser every 5 ms instead of holding the main
  // thread for the whole page (a long article takes seconds on a slow phone): scrolling and
  // reading go on meanwhile. A click or key press on the page before it is done makes React
  // finish hydrating at once, then handle the event: nothing a reader does is lost.
  if (prerendered) startTransition(() => void hydrateRoot(root, app, options));
  else createRoot(root, options).render(app);

  // Registration waits for the page's load event anyway: its code need not be first-load.
  void import('./registerServiceWorker.ts').then(({ registerServiceWorker }) =>
    registerServiceWorker(),
  );
}
