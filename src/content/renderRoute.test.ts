// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderRoute, type RenderedRoute } from '../app/entryServer.tsx';
import { contentOutputs } from './contentOutputs.ts';
import { dataFileFetch } from './dataFileFetch.ts';
import { loadContent } from './loadContent.ts';
import { makeContentDirWithTaxonomy, sampleArticle } from './testFixtures.ts';

/**
 * The server entry keeps one routes table and static handler for every page it renders; each
 * page's loaders must still fill that page's own query client, even with several in flight.
 * Site: the sample article and a copy of it under another headline (synthetic).
 */
const site = { origin: 'http://localhost:4173', base: '/' };
let outDir = '';
let slugs: string[] = [];
const realFetch = globalThis.fetch;

beforeAll(async () => {
  const sample = await sampleArticle();
  const other = sample.text.replace('Vladimir Putin values', 'Vladimir Putin praises');
  const content = await makeContentDirWithTaxonomy({
    [sample.file]: sample.text,
    'copy.txt': other,
  });
  const build = await loadContent(content.dir);
  await content.cleanup();
  outDir = await mkdtemp(path.join(tmpdir(), 'saywire-render-'));
  for (const [file, json] of contentOutputs(build)) {
    if (typeof json !== 'string') continue;
    await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
    await writeFile(path.join(outDir, file), json);
  }
  slugs = build.articles.map((article) => article.slug);
  globalThis.fetch = dataFileFetch(outDir, site.base);
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await rm(outDir, { recursive: true, force: true });
});

describe('renderRoute', () => {
  it('renders pages in flight together exactly as it renders each alone', async () => {
    expect(slugs).toHaveLength(2);
    const routes = ['/', ...slugs.map((slug) => `/articles/${slug}`), '/speakers', '/404'];
    const alone: RenderedRoute[] = [];
    for (const route of routes) alone.push(await renderRoute(route, site));
    const together = await Promise.all(routes.map((route) => renderRoute(route, site)));
    expect(together).toEqual(alone);
    for (const [index, slug] of slugs.entries()) {
      const state = alone[index + 1]?.state ?? '';
      expect(state).toContain(`"queryKey":["article","${slug}"]`);
      expect(state).not.toContain(`"queryKey":["article","${slugs[1 - index]}"]`);
    }
  });

  it('renders a page the same whenever it renders it: no clock in the HTML', async () => {
    // An unchanged site then builds byte for byte the same, and so does its offline worker,
    // whose version hashes the prerendered front page (index.html, the precached shell).
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_000);
    const routes = ['/', `/articles/${slugs[0] ?? ''}`, '/speakers'];
    const before = await Promise.all(routes.map((route) => renderRoute(route, site)));
    now.mockReturnValue(1_795_770_060_027);
    expect(await Promise.all(routes.map((route) => renderRoute(route, site)))).toEqual(before);
  });
});
