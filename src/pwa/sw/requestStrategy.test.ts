import { describe, expect, it } from 'vitest';
import {
  cacheNames,
  countAfterStore,
  overLimit,
  staleCaches,
  strategyFor,
  type RequestFacts,
} from './requestStrategy.ts';

const SCOPE = 'https://example.org/saywire/';
const MANIFEST = {
  version: 'v2',
  urls: ['', 'assets/index-abc.js', 'assets/index-def.css', 'data/index.json', 'theme-init.js'],
};

const get = (url: string, mode = 'cors'): RequestFacts => ({ url, method: 'GET', mode });
const strategy = (request: RequestFacts) => strategyFor(request, SCOPE, MANIFEST);

describe('strategyFor', () => {
  it('answers every page navigation in scope network first, whatever the path or query', () => {
    for (const path of ['', 'articles/some-slug', '?topic=india-russia', 'no/such/page']) {
      expect(strategy(get(`${SCOPE}${path}`, 'navigate'))).toBe('navigation');
    }
  });

  it('answers article, speaker and list data network first (fresh when online)', () => {
    for (const path of ['data/index.json', 'data/articles/a-1.json', 'data/speakers/x.json']) {
      expect(strategy(get(`${SCOPE}${path}`))).toBe('data');
    }
  });

  it('serves precached assets from the precache', () => {
    expect(strategy(get(`${SCOPE}assets/index-abc.js`))).toBe('precached');
    expect(strategy(get(`${SCOPE}theme-init.js`, 'no-cors'))).toBe('precached');
  });

  it('leaves alone what it does not own: other origins, outside the base, non-GET, unknown files', () => {
    expect(strategy(get('https://elsewhere.example/saywire/assets/index-abc.js'))).toBe('none');
    expect(strategy(get('https://example.org/other-app/', 'navigate'))).toBe('none');
    expect(strategy({ url: `${SCOPE}data/index.json`, method: 'POST', mode: 'cors' })).toBe('none');
    expect(strategy(get(`${SCOPE}assets/index-old.js`))).toBe('none');
    expect(strategy(get(`${SCOPE}data/report.txt`))).toBe('none');
  });
});

describe('cache versions', () => {
  it('deletes the previous versions of Saywire’s caches, keeps the current ones and others’', () => {
    const current = cacheNames('v2');
    const existing = [
      'saywire-precache-v1',
      'saywire-pages-v1',
      current.precache,
      current.pages,
      current.data,
      'saywire-preferences',
      'another-app-cache',
    ];
    expect(staleCaches(existing, 'v2')).toEqual(['saywire-precache-v1', 'saywire-pages-v1']);
  });

  it('keeps read articles’ data and the reader’s preferences across versions', () => {
    expect(cacheNames('v1').data).toBe(cacheNames('v2').data);
    expect(cacheNames('v1').preferences).toBe(cacheNames('v2').preferences);
    expect(cacheNames('v1').pages).not.toBe(cacheNames('v2').pages);
  });
});

describe('overLimit', () => {
  it('evicts the oldest entries beyond the limit, nothing within it', () => {
    expect(overLimit(['a', 'b', 'c', 'd'], 2)).toEqual(['a', 'b']);
    expect(overLimit(['a', 'b'], 2)).toEqual([]);
    expect(overLimit([], 5)).toEqual([]);
  });
});

describe('countAfterStore', () => {
  it('counts a new entry and not a replaced one, while within the limit', () => {
    expect(countAfterStore(10, false, 200)).toBe(11);
    expect(countAfterStore(10, true, 200)).toBe(10);
    expect(countAfterStore(199, false, 200)).toBe(200);
  });

  it('asks for a listing when the count is unknown or would pass the limit', () => {
    expect(countAfterStore(undefined, false, 200)).toBeNull();
    expect(countAfterStore(undefined, true, 200)).toBeNull();
    expect(countAfterStore(200, false, 200)).toBeNull();
    expect(countAfterStore(200, true, 200)).toBe(200);
  });
});
