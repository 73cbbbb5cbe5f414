import { afterEach, describe, expect, it } from 'vitest';
import {
  TEXT_SIZES,
  THEMES,
  WORKER_PREFERENCES,
  savePreferences,
} from '../features/settings/preferences.ts';
import {
  PREFERENCES_CACHE,
  PREFERENCES_KEY,
  preferenceAttributes,
  withHtmlAttributes,
} from '../pwa/sw/savedPreferences.ts';
import { applySavedPreferences } from './applySavedPreferences.ts';

const root = document.documentElement;

afterEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
  delete root.dataset.textSize;
});

/** `<html>`'s data attributes, as the stylesheet sees them. */
const dataset = (element: HTMLElement) => ({ ...element.dataset });

describe('the saved theme and text size before the app runs', () => {
  it('the boot script applies exactly what the settings page stored and applied', () => {
    for (const theme of THEMES) {
      for (const textSize of TEXT_SIZES) {
        savePreferences({ theme, textSize });
        const expected = dataset(root);
        delete root.dataset.theme;
        root.dataset.textSize = 'stale';
        applySavedPreferences();
        expect(dataset(root)).toEqual(expected);
      }
    }
  });

  it('the boot script ignores values it does not know', () => {
    localStorage.setItem('saywire:theme', '"><script>');
    localStorage.setItem('saywire:text-size', 'normal');
    applySavedPreferences();
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(root.hasAttribute('data-text-size')).toBe(false);
  });

  it('the offline worker writes the attributes the settings page applies into a page', () => {
    expect(WORKER_PREFERENCES).toEqual({ cache: PREFERENCES_CACHE, key: PREFERENCES_KEY });
    for (const theme of THEMES) {
      for (const textSize of TEXT_SIZES) {
        savePreferences({ theme, textSize });
        const expected = dataset(root);
        // What the worker reads back is the JSON the page stored.
        const stored: unknown = JSON.parse(JSON.stringify({ theme, textSize }));
        const page = withHtmlAttributes(
          '<html lang="en"><body></body></html>',
          preferenceAttributes(stored),
        );
        const served = new DOMParser().parseFromString(page ?? '', 'text/html').documentElement;
        expect(dataset(served)).toEqual(expected);
      }
    }
  });
});
