import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPreferences, readPreferences, savePreferences } from './preferences.ts';

const root = document.documentElement;

afterEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
  delete root.dataset.textSize;
});

/** Runs public/theme-init.js as the browser would before the app loads. */
function runThemeInit(): void {
  const source = readFileSync(path.resolve('public/theme-init.js'), 'utf8');
  new Function(source)();
}

describe('reading preferences', () => {
  it('defaults to following the system at normal size, and ignores unknown stored values', () => {
    expect(readPreferences()).toEqual({ theme: 'system', textSize: 'normal' });
    localStorage.setItem('saywire:theme', 'purple');
    localStorage.setItem('saywire:text-size', 'huge');
    expect(readPreferences()).toEqual({ theme: 'system', textSize: 'normal' });
  });

  it('stores the choice and sets data-theme and data-text-size on <html>', () => {
    savePreferences({ theme: 'dark', textSize: 'large' });
    expect(readPreferences()).toEqual({ theme: 'dark', textSize: 'large' });
    expect(root.dataset).toMatchObject({ theme: 'dark', textSize: 'large' });
  });

  it('removes the attributes for the defaults, leaving prefers-color-scheme in charge', () => {
    applyPreferences({ theme: 'light', textSize: 'small' });
    applyPreferences({ theme: 'system', textSize: 'normal' });
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(root.hasAttribute('data-text-size')).toBe(false);
  });

  it('public/theme-init.js applies exactly what the app stored, before the app runs', () => {
    for (const theme of ['system', 'light', 'dark'] as const) {
      for (const textSize of ['small', 'normal', 'large', 'x-large'] as const) {
        savePreferences({ theme, textSize });
        const expected = { ...root.dataset };
        delete root.dataset.theme;
        delete root.dataset.textSize;
        runThemeInit();
        expect({ ...root.dataset }).toEqual(expected);
      }
    }
  });

  it('public/theme-init.js ignores values it does not know', () => {
    localStorage.setItem('saywire:theme', '"><script>');
    localStorage.setItem('saywire:text-size', 'normal');
    runThemeInit();
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(root.hasAttribute('data-text-size')).toBe(false);
  });
});
