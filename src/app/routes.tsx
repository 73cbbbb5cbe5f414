import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import type { RouteObject, ShouldRevalidateFunction } from 'react-router-dom';
import { ArticlePage } from '../features/article/ArticlePage.tsx';
import { ArticleSkeleton } from '../features/article/ArticleSkeleton.tsx';
import { articleIndexQuery } from '../features/articles/api.ts';
import { ArticleListSkeleton } from '../features/articles/ArticleListSkeleton.tsx';
import { speakerDirectoryQuery, speakerQuery } from '../features/speakers/api.ts';
import { SpeakersSkeleton } from '../features/speakers/SpeakersSkeleton.tsx';
import { articleExtras } from './articleExtras.tsx';
import { HomePage } from './HomePage.tsx';
import { Layout } from './Layout.tsx';
import { loadArticleWithSavedCopy } from './loadArticleWithSavedCopy.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RootError } from './RootError.tsx';
import { RouteError } from './RouteError.tsx';
import { SavedPage } from './SavedPage.tsx';

/**
 * Both pages' data depend on the path alone: changing `?topic=` or `?speaker=` needs no loader,
 * which keeps filtering and highlighting instant. Retry (same URL) still revalidates.
 */
const onlyWhenPathChanges: ShouldRevalidateFunction = ({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}) =>
  currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search
    ? false
    : defaultShouldRevalidate;

/**
 * Pages a shared link rarely opens load on demand, out of every page's first-load JavaScript:
 * on a prerendered page of theirs the app loads the chunk before it hydrates (main.tsx).
 */
const lazyPage = {
  settings: () =>
    import('../features/settings/SettingsPage.tsx').then(({ SettingsPage }) => ({
      element: <SettingsPage />,
    })),
  speakers: () =>
    import('../features/speakers/SpeakersPage.tsx').then(({ SpeakersPage }) => ({
      element: (
        <Suspense fallback={<SpeakersSkeleton />}>
          <SpeakersPage />
        </Suspense>
      ),
    })),
  speaker: () =>
    import('../features/speakers/SpeakerPage.tsx').then(({ SpeakerPage }) => ({
      element: (
        <Suspense fallback={<SpeakersSkeleton />}>
          <SpeakerPage />
        </Suspense>
      ),
    })),
} satisfies Record<string, RouteObject['lazy']>;

/**
 * The routes table, shared by the browser router and the tests' memory router.
 * Loaders fill the query cache before a page renders (so a failed load becomes the route's error
 * element); the pages then read the same queries with `useSuspenseQuery`.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  // The list, all of it or one topic's (`/topics/<id>`, a page of its own so the build can
  // prerender it): one configuration, so moving between them keeps the page mounted.
  const list = {
    loader: async () => {
      await queryClient.ensureQueryData({ ...articleIndexQuery(), revalidateIfStale: true });
      return null;
    },
    // The loader reads nothing of the URL and only ensures the index, which the page itself
    // keeps fresh: run again for another topic (`/topics/a` to `/topics/b`), it put the router
    // in its loading state (the progress bar animating) and rendered the page twice more after
    // every topic chip's click. Coming from another page it runs (a new match), and so it does
    // for the same URL again (Retry).
    shouldRevalidate: (args) =>
      args.currentUrl.href === args.nextUrl.href && args.defaultShouldRevalidate,
    element: (
      <Suspense fallback={<ArticleListSkeleton />}>
        <HomePage />
      </Suspense>
    ),
    hydrateFallbackElement: <ArticleListSkeleton />,
    errorElement: <RouteError />,
  } satisfies RouteObject;
  return [
    {
      id: 'root',
      element: <Layout />,
      errorElement: <RootError />,
      children: [
        { index: true, ...list },
        { path: 'topics/:topic', ...list },
        {
          path: 'articles/:slug',
          loader: async ({ params }) => {
            await loadArticleWithSavedCopy(queryClient, params.slug ?? '');
            return null;
          },
          shouldRevalidate: onlyWhenPathChanges,
          element: (
            <Suspense fallback={<ArticleSkeleton />}>
              <ArticlePage extras={articleExtras} />
            </Suspense>
          ),
          hydrateFallbackElement: <ArticleSkeleton />,
          errorElement: <RouteError />,
        },
        { path: 'settings', lazy: lazyPage.settings },
        { path: 'saved', element: <SavedPage /> },
        {
          path: 'speakers',
          loader: async () => {
            await queryClient.ensureQueryData({
              ...speakerDirectoryQuery(),
              revalidateIfStale: true,
            });
            return null;
          },
          lazy: lazyPage.speakers,
          hydrateFallbackElement: <SpeakersSkeleton />,
          errorElement: <RouteError />,
        },
        {
          path: 'speakers/:id',
          loader: async ({ params }) => {
            await queryClient.ensureQueryData({
              ...speakerQuery(params.id ?? ''),
              revalidateIfStale: true,
            });
            return null;
          },
          lazy: lazyPage.speaker,
          hydrateFallbackElement: <SpeakersSkeleton />,
          errorElement: <RouteError />,
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
