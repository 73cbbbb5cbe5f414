/**
 * Puts the reader's saved theme and text size on `<html>` (`data-theme`, `data-text-size`, which
 * the stylesheet reads) from `localStorage`, for a page that did not arrive with them: the
 * offline worker writes them into every page it serves (src/pwa/sw/savedPreferences.ts), but a
 * first visit before the worker is in place, a hard reload or a browser without service workers
 * gets the page as built. Called by the boot script: the same as
 * `applyPreferences(readPreferences())` in src/features/settings/preferences.ts, which it
 * cannot import (that module is in the app's chunk, loaded after the first paint);
 * applySavedPreferences.test.ts keeps the two in step.
 */
export function applySavedPreferences(root: HTMLElement = document.documentElement): void {
  let theme: string | null = null;
  let size: string | null = null;
  try {
    theme = localStorage.getItem('saywire:theme');
    size = localStorage.getItem('saywire:text-size');
  } catch {
    // Storage blocked: the defaults (follow the system, normal text) apply.
  }
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
  if (size === 'small' || size === 'large' || size === 'x-large') root.dataset.textSize = size;
  else delete root.dataset.textSize;
}
