import type { QueryClient } from '@tanstack/react-query';

/**
 * In dev, the content pipeline announces edited content files; refetching every query then
 * shows the edited article without a reload. A no-op in production builds.
 */
export function listenForContentUpdates(queryClient: QueryClient): void {
  import.meta.hot?.on('saywire:content-updated', () => {
    void queryClient.invalidateQueries();
  });
}
