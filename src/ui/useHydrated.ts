import { useSyncExternalStore } from 'react';

/** A store that never changes: `useSyncExternalStore` for what differs only while hydrating. */
export const subscribeToNothing = () => () => {};

/**
 * False while React hydrates a prerendered page (and on the server), true after: state that only
 * the browser knows (localStorage) is rendered after hydration, so it never mismatches the HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
