import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  WORKER_PREFERENCES,
  applyPreferences,
  readPreferences,
  savePreferences,
} from './preferences.ts';

const root = document.documentElement;

afterEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
  delete root.dataset.textSize;
});

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

  it('keeps a copy in the cache the offline worker reads, for the next page it serves', async () => {
    const stored = new Map<string, Map<string, Response>>();
    vi.stubGlobal('caches', {
      open: async (name: string) => {
        const cache = stored.get(name) ?? new Map<string, Response>();
        stored.set(name, cache);
        return { put: async (key: string, response: Response) => void cache.set(key, response) };
      },
    });
    try {
      savePreferences({ theme: 'dark', textSize: 'x-large' });
      await vi.waitFor(() => expect(stored.get(WORKER_PREFERENCES.cache)?.size).toBe(1));
      const key = new URL(WORKER_PREFERENCES.key, window.location.href).href;
      const response = stored.get(WORKER_PREFERENCES.cache)?.get(key);
      expect(await response?.json()).toEqual({ theme: 'dark', textSize: 'x-large' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
