/**
 * Reading preferences kept on the device. `public/theme-init.js` applies the same keys before
 * first paint, so the names and values here and there must stay in step.
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

/** Stores and applies the preferences; a storage failure still applies them for this visit. */
export function savePreferences(preferences: Preferences): void {
  try {
    window.localStorage.setItem(THEME_KEY, preferences.theme);
    window.localStorage.setItem(TEXT_SIZE_KEY, preferences.textSize);
  } catch {
    // Full or blocked storage: the choice lasts until the page is reloaded.
  }
  applyPreferences(preferences);
}
