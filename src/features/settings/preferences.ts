/**
 * Reading preferences kept on the device. Two other places put them on `<html>` before the app
 * runs and must stay in step with the names and values here: the offline worker, in each page
 * it serves (src/pwa/sw/savedPreferences.ts, from the copy `storeForOfflineWorker` keeps), and
 * the boot script when no worker did (src/app/applySavedPreferences.ts).
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['small', 'normal', 'large', 'x-large'] as const;

/** `system` follows the operating system's light or dark setting. */
export type Theme = (typeof THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];
export type Preferences = { theme: Theme; textSize: TextSize };

export const THEME_KEY = 'saywire:theme';
export const TEXT_SIZE_KEY = 'saywire:text-size';
export const DEFAULT_PREFERENCES: Preferences = { theme: 'system', textSize: 'normal' };

const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  values.find((candidate) => candidate === value) ?? fallback;

/** Storage can be missing or throw (privacy modes): preferences then fall back to defaults. */
function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The stored preferences, with unknown or missing values replaced by the defaults. */
export function readPreferences(): Preferences {
  return {
    theme: oneOf(THEMES, read(THEME_KEY), DEFAULT_PREFERENCES.theme),
    textSize: oneOf(TEXT_SIZES, read(TEXT_SIZE_KEY), DEFAULT_PREFERENCES.textSize),
  };
}

/**
 * Sets `data-theme` and `data-text-size` on `<html>`, which the stylesheets read. Defaults
 * remove the attribute, so "follow system" leaves `prefers-color-scheme` in charge.
 */
export function applyPreferences(preferences: Preferences, root = document.documentElement): void {
  if (preferences.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = preferences.theme;
  if (preferences.textSize === 'normal') delete root.dataset.textSize;
  else root.dataset.textSize = preferences.textSize;
}

/** The cache the offline worker reads the preferences from, and the entry's key in it. */
export const WORKER_PREFERENCES = {
  cache: 'saywire-preferences',
  key: 'preferences.json',
} as const;

/**
 * Keeps a copy of the preferences where the offline worker can read them (it cannot read
 * `localStorage`): it writes them into each page it serves, before the first paint.
 */
export async function storeForOfflineWorker(
  preferences: Preferences,
  base: string = import.meta.env.BASE_URL,
): Promise<void> {
  if (typeof caches === 'undefined') return;
  try {
    const cache = await caches.open(WORKER_PREFERENCES.cache);
    const key = new URL(WORKER_PREFERENCES.key, new URL(base, window.location.href)).href;
    await cache.put(key, new Response(JSON.stringify(preferences)));
  } catch {
    // No cache storage (private windows, insecure origins): the boot script applies them.
  }
}

/** Stores and applies the preferences; a storage failure still applies them for this visit. */
export function savePreferences(preferences: Preferences): void {
  try {
    window.localStorage.setItem(THEME_KEY, preferences.theme);
    window.localStorage.setItem(TEXT_SIZE_KEY, preferences.textSize);
  } catch {
    // Full or blocked storage: the choice lasts until the page is reloaded.
  }
  applyPreferences(preferences);
  void storeForOfflineWorker(preferences);
}
