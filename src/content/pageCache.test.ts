// @vitest-environment node
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataFileFetch } from './dataFileFetch.ts';
import { outputHashes, prerenderWithCache, type RenderPages } from './pageCache.ts';
import { htmlFileFor } from './prerenderTemplate.ts';
import { dataStore, openSiteCache, saveSiteCache } from './siteCache.ts';
import { writeOutputs } from './writeOutputs.ts';

/**
 * A site in miniature, built the way the plugin builds one: data files written through the
 * site cache, then pages prerendered through the page cache. The renderer is a stand-in for the
 * app with the same habits: the list page fetches `data/index.json`, an article page fetches
 * its own file, and each page's inputs are recorded by the build's real `dataFileFetch`.
 */
type Article = { slug: string; headline: string };

let work = '';
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'saywire-pages-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

function dataOf(articles: Article[]): Map<string, string> {
  const files = new Map<string, string>();
  files.set('data/index.json', JSON.stringify({ articles }));
  for (const article of articles) {
    files.set(`data/articles/${article.slug}.json`, JSON.stringify(article));
  }
  return files;
}

/** The stand-in app: renders into `outDir`, logging each route it renders to `log`. */
const renderer =
  (outDir: string, log: string[]): RenderPages =>
  async (routes) => {
    const deps = new Map<string, string[]>();
    for (const route of routes) {
      const read = new Set<string>();
      const fetchData = dataFileFetch(outDir, '/', (file) => read.add(file));
      let html: string;
      if (route === '/') {
        const index = (await (await fetchData('/data/index.json')).json()) as {
          articles: Article[];
        };
        html = `<ul>${index.articles.map((a) => `<li>${a.headline}</li>`).join('')}</ul>`;
      } else {
        const response = await fetchData(`/data${route}.json`);
        html = response.ok ? `<h1>${((await response.json()) as Article).headline}</h1>` : '404';
      }
      const file = path.join(outDir, htmlFileFor(route));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, html);
      deps.set(route, [...read].sort());
      log.push(route);
    }
    return deps;
  };

/**
 * One build into a fresh output folder; returns the routes rendered (not linked). `unchanged`
 * says which data files are as the last build wrote them; `hashed` collects each file hashed.
 */
async function build(
  articles: Article[],
  {
    routes = ['/', ...articles.map((a) => `/articles/${a.slug}`)],
    identity = 'code-1',
    unchanged = () => false,
    hashed = [],
  }: {
    routes?: string[];
    identity?: string;
    unchanged?: (file: string) => boolean;
    hashed?: string[];
  } = {},
): Promise<string[]> {
  const outDir = path.join(work, 'dist');
  await rm(outDir, { recursive: true, force: true });
  const cache = openSiteCache(path.join(work, 'cache'), 'content');
  const data = dataStore(cache);
  const outputs = new Map([...dataOf(articles)].map(([file, json]) => [file, data.store(json)]));
  writeOutputs(outDir, outputs);
  const hashes = outputHashes(outputs, outDir);
  const hashOf = (file: string) => {
    hashed.push(file);
    return hashes(file);
  };
  const log: string[] = [];
  const render = renderer(outDir, log);
  await prerenderWithCache(cache, identity, outDir, routes, hashOf, render, false, unchanged);
  saveSiteCache(cache, data.stored);
  return log.sort();
}

const page = (route: string) => readFileSync(path.join(work, 'dist', htmlFileFor(route)), 'utf8');
const cachedFiles = (dir: string, ending: string) =>
  readdirSync(path.join(work, 'cache', dir), { recursive: true }).filter((name) =>
    String(name).endsWith(ending),
  ).length;
const cachedPages = () => cachedFiles('pages', '.html');

const three: Article[] = [
  { slug: 'a', headline: 'Bridge reopens' },
  { slug: 'b', headline: 'Mayor resigns' },
  { slug: 'c', headline: 'Harbour floods' },
];

describe('prerenderWithCache', () => {
  it('renders every page on the first build and none on a rebuild with nothing changed', async () => {
    expect(await build(three)).toEqual(['/', '/articles/a', '/articles/b', '/articles/c']);
    const before = ['/', '/articles/a', '/articles/b', '/articles/c'].map(page);

    expect(await build(three)).toEqual([]);
    expect(['/', '/articles/a', '/articles/b', '/articles/c'].map(page)).toEqual(before);
  });

  it('re-renders the pages that read a changed headline, and the list shows the new one', async () => {
    await build(three);
    const changed = three.map((a) => (a.slug === 'b' ? { ...a, headline: 'Mayor stays' } : a));

    expect(await build(changed)).toEqual(['/', '/articles/b']);
    expect(page('/')).toBe('<ul><li>Bridge reopens</li><li>Mayor stays</li><li>Harbour floods</li></ul>');
    expect(page('/articles/b')).toBe('<h1>Mayor stays</h1>');
    expect(page('/articles/a')).toBe('<h1>Bridge reopens</h1>');
    expect(page('/')).not.toContain('Mayor resigns');
  });

  it('drops the page of a removed article from the site and from the cache', async () => {
    await build(three);
    expect(cachedPages()).toBe(4);

    expect(await build(three.slice(0, 2))).toEqual(['/']);
    expect(existsSync(path.join(work, 'dist/articles/c.html'))).toBe(false);
    expect(page('/')).not.toContain('Harbour floods');
    expect(cachedPages()).toBe(3);
    // The data store keeps this build's files only: the index and two articles.
    expect(cachedFiles('data', '.json')).toBe(3);
  });

  it('renders again a page that asked for a missing file once the file exists', async () => {
    const routes = ['/', '/articles/a', '/articles/d'];
    await build(three.slice(0, 1), { routes });
    expect(page('/articles/d')).toBe('404');

    const withD = [...three.slice(0, 1), { slug: 'd', headline: 'Ferry returns' }];
    expect(await build(withD, { routes })).toEqual(['/', '/articles/d']);
    expect(page('/articles/d')).toBe('<h1>Ferry returns</h1>');
  });

  it('keeps a page whose files are all as the last build wrote them, under the same code, without hashing them', async () => {
    await build(three);
    const hashed: string[] = [];
    expect(await build(three, { unchanged: () => true, hashed })).toEqual([]);
    expect(hashed).toEqual([]);

    // Under other code, unchanged files do not make an unchanged page.
    expect(await build(three, { identity: 'code-2', unchanged: () => true, hashed })).toHaveLength(4);
    expect(hashed.length).toBeGreaterThan(0);
  });

  it('renders every page again when the code or template changes', async () => {
    await build(three);

    expect(await build(three, { identity: 'code-2' })).toEqual([
      '/',
      '/articles/a',
      '/articles/b',
      '/articles/c',
    ]);
    // The pages of the old code are gone from the cache, not kept beside the new ones.
    expect(cachedPages()).toBe(4);
  });
});
