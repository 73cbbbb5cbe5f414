// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataStore, openSiteCache, saveSiteCache } from './siteCache.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the data store', () => {
  it('checks a text against the schema until a build of the site has stored it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'saywire-store-'));
    dirs.push(dir);
    const first = dataStore(openSiteCache(dir, 'site'));
    const check = vi.fn();

    const stored = first.store('{"a":1}', check);
    expect(check).toHaveBeenCalledTimes(1);
    expect(typeof stored === 'string' ? stored : readFileSync(stored.file, 'utf8')).toBe('{"a":1}');
    saveSiteCache(openSiteCache(dir, 'site'), first.stored);

    const second = dataStore(openSiteCache(dir, 'site'));
    second.store('{"a":1}', check);
    expect(check).toHaveBeenCalledTimes(1);
    second.store('{"a":2}', check);
    expect(check).toHaveBeenCalledTimes(2);
  });
});
