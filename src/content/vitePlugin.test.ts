// @vitest-environment node
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, createLogger, createServer, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeArticleIndex } from '../core/decodeWire.ts';
import { CONTENT_UPDATED_EVENT } from './devContent.ts';
import { ANY_PORT, brokenFiles, makeSampleSite, servedAt } from './testFixtures.ts';
import { saywireContent } from './vitePlugin.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

/** A minimal site: an index.html, one script, and the sample content in `content/`. */
async function makeSite(extra: Record<string, string | Uint8Array> = {}) {
  const site = await makeSampleSite(extra);
  cleanups.push(site.cleanup);
  return site;
}

const plugins = () => [saywireContent({ contentDir: 'content' })];

describe('saywireContent in a build', () => {
  it('emits the data files and a 404.html that is the app', async () => {
    const { root } = await makeSite();

    await build({ root, configFile: false, logLevel: 'silent', plugins: plugins() });

    const dist = path.join(root, 'dist');
    const index = decodeArticleIndex(
      JSON.parse(await readFile(path.join(dist, 'data/index.json'), 'utf8')),
    );
    if (!index.ok) throw new Error(index.error);
    const slugs = index.value.articles.map(({ slug }) => `${slug}.json`);
    expect(await readdir(path.join(dist, 'data/articles'))).toEqual(slugs);
    expect(await readFile(path.join(dist, 'data/report.json'), 'utf8')).toContain('"outcome": "parsed"');
    expect(await readFile(path.join(dist, '404.html'), 'utf8')).toBe(
      await readFile(path.join(dist, 'index.html'), 'utf8'),
    );
  });

  it('fails with every content error', async () => {
    const { root } = await makeSite({ 'empty.txt': '', 'bad-date.txt': brokenFiles['bad-date.txt'] });

    const building = build({ root, configFile: false, logLevel: 'silent', plugins: plugins() });

    await expect(building).rejects.toThrow(
      /content\/bad-date\.txt:1: unreadable date[^]*content\/empty\.txt:1: the file is empty/,
    );
  });
});

/**
 * How long the dev server may take to hear a change and rebuild: the watcher's event, the 50 ms
 * debounce and a run of the pipeline take well under a second, but many times that on a loaded
 * two-core machine; the test's budget covers three of them.
 */
const REBUILT = { timeout: 15_000 };
const DEV_TEST_BUDGET = 60_000;

const isHotPayload = (value: unknown): value is { type: string } =>
  typeof value === 'object' && value !== null && 'type' in value;

describe('saywireContent with the caches off', () => {
  const dataFiles = async (dist: string) => {
    const names = (await readdir(path.join(dist, 'data'), { recursive: true })).sort();
    const files = await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(dist, 'data', name), 'utf8').catch(() => '')]),
    );
    return Object.fromEntries(files);
  };

  it('writes the same data files as a cached build and leaves no scratch folder', async () => {
    const { root } = await makeSite({ 'second.txt': 'PARIS — A second, shorter article.\n' });
    const build1 = (outDir: string, cacheDir?: false) =>
      build({
        root,
        configFile: false,
        logLevel: 'silent',
        build: { outDir },
        plugins: [saywireContent({ contentDir: 'content', ...(cacheDir === false && { cacheDir }) })],
      });

    await build1('cached');
    await build1('off', false);

    expect(await dataFiles(path.join(root, 'off'))).toEqual(await dataFiles(path.join(root, 'cached')));
    const viteCache = await readdir(path.join(root, 'node_modules/.vite'));
    expect(viteCache.filter((name) => name.startsWith('saywire-scratch-'))).toEqual([]);
  });

  it('makes the next cached build into the same folder write every file again', async () => {
    const { root, content } = await makeSite();
    const second = path.join(content, 'second.txt');
    const build1 = (cacheDir?: false) =>
      build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [saywireContent({ contentDir: 'content', ...(cacheDir === false && { cacheDir }) })],
      });
    await build1();
    const first = await dataFiles(path.join(root, 'dist'));

    // A build with the caches off writes another site's files into the folder...
    await writeFile(second, 'PARIS — A second, shorter article.\n');
    await build1(false);
    // ...and the cached build after it, of the first content, must not keep any of them.
    await rm(second);
    await build1();

    expect(await dataFiles(path.join(root, 'dist'))).toEqual(first);
  });
});

describe('saywireContent in the dev server', () => {
  let server: ViteDevServer | undefined;
  afterEach(async () => {
    await server?.close();
  });

  it('serves data from memory, 404s unknown slugs and rebuilds when content changes', async () => {
    const { root, content } = await makeSite();
    server = await createServer({
      root,
      base: '/news/',
      configFile: false,
      logLevel: 'silent',
      mode: 'development',
      server: ANY_PORT,
      plugins: plugins(),
    });
    const send = vi.spyOn(server.ws, 'send');
    const sent = () =>
      send.mock.calls.map(([payload]): unknown => payload).filter(isHotPayload);
    await server.listen();
    const url = servedAt(server);
    const articleCount = async () =>
      ((await (await fetch(url('data/index.json'))).json()) as { articles: unknown[] }).articles
        .length;

    expect(await articleCount()).toBe(1);
    const missing = await fetch(url('data/articles/no-such-slug.json'));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: 'not found',
      path: 'data/articles/no-such-slug.json',
    });

    await writeFile(path.join(content, 'second.txt'), 'PARIS — A second, shorter article.\n');
    await expect.poll(articleCount, REBUILT).toBe(2);
    expect(send).toHaveBeenCalledWith({ type: 'custom', event: CONTENT_UPDATED_EVENT });

    await writeFile(path.join(content, 'empty.txt'), '');
    await expect
      .poll(() => sent().find((payload) => payload.type === 'error'), REBUILT)
      .toMatchObject({ err: { message: 'content/empty.txt:1: the file is empty' } });
    expect(await articleCount()).toBe(2);

    await rm(path.join(content, 'empty.txt'));
    await expect
      .poll(() => sent().some((payload) => payload.type === 'full-reload'), REBUILT)
      .toBe(true);
  }, DEV_TEST_BUDGET);

  it('rebuilds nothing once closed, even with a change still waiting for its debounce', async () => {
    const { root, content } = await makeSite();
    const logger = createLogger('silent');
    const logged = [vi.spyOn(logger, 'info'), vi.spyOn(logger, 'error')];
    const calls = () => logged.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
    server = await createServer({
      root,
      configFile: false,
      customLogger: logger,
      mode: 'development',
      plugins: plugins(),
    });
    // Every refresh of the content logs its report or its errors: the first one has by now.
    expect(calls()).toBeGreaterThan(0);
    // A change as the watcher reports one (not a real write, whose event may come late on a
    // loaded machine): the plugin now waits out its debounce. Close meanwhile.
    server.watcher.emit('all', 'add', path.join(content, 'second.txt'));
    await server.close();
    server = undefined;
    const afterClose = calls();

    // A refresh after the close would read the folder the test is about to remove and write
    // into its cache meanwhile (an afterEach that fails with ENOTEMPTY, or files left behind).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(calls()).toBe(afterClose);
  });
});
