// @vitest-environment node
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPages } from './prerenderWorker.ts';

/**
 * A stand-in for the app's server entry: a page fetches its own data file, and a second one
 * after a pause (a timer, a real turn of the event loop) whose length depends on the route.
 */
vi.mock('../app/entryServer.tsx', () => ({
  renderRoute: async (href: string) => {
    const slug = href.split('/').pop() ?? '';
    const own = (await (await fetch(`/data/articles/${slug}.json`)).json()) as { n: number };
    await new Promise((resolve) => setTimeout(resolve, (7 - own.n) * 3));
    await fetch(`/data/extra/${slug}.json`);
    return { head: '', body: `<h1>${slug}</h1>`, state: '{}' };
  },
}));

const TEMPLATE = '<html><head></head><body><div id="root"></div></body></html>';

let work = '';
// The worker answers the app's fetches from the build folder by replacing the global.
const realFetch = globalThis.fetch;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'saywire-worker-'));
});
afterEach(async () => {
  globalThis.fetch = realFetch;
  await rm(work, { recursive: true, force: true });
});

describe('renderPages', () => {
  it('charges each fetch to the page that made it, even after a pause, and lists pages in route order', async () => {
    const slugs = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    mkdirSync(path.join(work, 'data/articles'), { recursive: true });
    slugs.forEach((slug, n) => {
      writeFileSync(path.join(work, `data/articles/${slug}.json`), JSON.stringify({ n }));
    });
    const routes = slugs.map((slug) => `/articles/${slug}`);

    const result = await renderPages({
      outDir: work,
      base: '/',
      origin: 'http://localhost:4173',
      template: TEMPLATE,
      routes,
    });

    expect(result.deps).toEqual(
      slugs.map((slug) => [
        `/articles/${slug}`,
        [`data/articles/${slug}.json`, `data/extra/${slug}.json`],
      ]),
    );
    for (const slug of slugs) {
      expect(readFileSync(path.join(work, `articles/${slug}.html`), 'utf8')).toContain(
        `<div id="root"><h1>${slug}</h1></div>`,
      );
    }
    expect(result.times.articles?.pages).toBe(slugs.length);
  });
});
