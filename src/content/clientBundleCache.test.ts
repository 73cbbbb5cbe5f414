// @vitest-environment node
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, createLogger, type InlineConfig } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSampleSite } from './testFixtures.ts';
import { saywireContent } from './vitePlugin.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

/**
 * The sample site with its script importing a module under `src/` (as the app's code is) and a
 * stylesheet, so both kinds of file the key covers are in the bundle.
 */
async function makeSite() {
  const site = await makeSampleSite();
  cleanups.push(site.cleanup);
  await mkdir(path.join(site.root, 'src'));
  await mkdir(path.join(site.root, 'public'));
  await writeFile(
    path.join(site.root, 'main.js'),
    'import { greeting } from "./src/greeting.js";\nimport "./src/site.css";\ndocument.title = greeting;\n',
  );
  await writeFile(path.join(site.root, 'src/greeting.js'), 'export const greeting = "hello";\n');
  await writeFile(path.join(site.root, 'src/site.css'), 'body { color: navy; }\n');
  await writeFile(path.join(site.root, 'public/robots.txt'), 'User-agent: *\n');
  return site;
}

/** Every file of a build folder, by name. */
async function files(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name), 'utf8')])),
  );
}

/** The site's JavaScript and stylesheets as built (the data files left out). */
const code = (built: Record<string, string>) =>
  Object.entries(built)
    .filter(([name]) => name.startsWith('assets/'))
    .map(([, text]) => text)
    .join('\n');

/** A build of the site into `outDir`; whether it used a kept client bundle. */
async function buildSite(root: string, outDir = 'dist', extra: InlineConfig = {}) {
  const logger = createLogger('info');
  let reused = false;
  logger.info = (message) => {
    if (message.includes('client bundle from the cache')) reused = true;
  };
  await build({
    root,
    configFile: false,
    customLogger: logger,
    logLevel: 'info',
    build: { outDir, emptyOutDir: true },
    plugins: [saywireContent({ contentDir: 'content' })],
    ...extra,
  });
  return { reused, built: await files(path.join(root, outDir)) };
}

describe('the kept client bundle', () => {
  it('writes the same files as a build that bundles the app', async () => {
    const { root } = await makeSite();

    const first = await buildSite(root);
    const second = await buildSite(root);
    const third = await buildSite(root, 'elsewhere');

    expect(first.reused).toBe(false);
    expect(second.reused).toBe(true);
    expect(third.reused).toBe(true);
    expect(second.built).toEqual(first.built);
    expect(third.built).toEqual(first.built);
    expect(code(first.built)).toContain('hello');
    expect(Object.keys(first.built)).toContain('robots.txt');
  });

  it('is not used once a module under src/ changed, and is again once it is back', async () => {
    const { root } = await makeSite();
    const greeting = path.join(root, 'src/greeting.js');
    const first = await buildSite(root);

    await writeFile(greeting, 'export const greeting = "bonjour";\n');
    const changed = await buildSite(root);
    await writeFile(greeting, 'export const greeting = "hello";\n');
    const back = await buildSite(root);

    expect(changed.reused).toBe(false);
    expect(code(changed.built)).toContain('bonjour');
    expect(code(changed.built)).not.toContain('hello');
    expect(back.reused).toBe(true);
    expect(back.built).toEqual(first.built);
  });

  it('is not used once a stylesheet, a bundled file outside src/, index.html or public/ changed', async () => {
    const { root } = await makeSite();
    await buildSite(root);
    const edits: [file: string, text: string, expected: RegExp][] = [
      ['src/site.css', 'body { color: teal; }\n', /teal/],
      ['main.js', 'document.title = "changed entry";\n', /changed entry/],
      [
        'index.html',
        '<!doctype html><title>renamed</title><script type="module" src="/main.js"></script>',
        /renamed/,
      ],
    ];
    for (const [file, text, expected] of edits) {
      await writeFile(path.join(root, file), text);
      const rebuilt = await buildSite(root);
      expect(rebuilt.reused, file).toBe(false);
      expect(Object.values(rebuilt.built).join('\n'), file).toMatch(expected);
    }
    await writeFile(path.join(root, 'public/robots.txt'), 'User-agent: none\n');
    expect((await buildSite(root)).reused).toBe(false);
  });

  it('is not used when a new file appears under src/', async () => {
    const { root } = await makeSite();
    await buildSite(root);

    await writeFile(path.join(root, 'src/unused.js'), 'export const x = 1;\n');

    expect((await buildSite(root)).reused).toBe(false);
  });

  it('is kept apart for another mode, base, definition or environment', async () => {
    const { root } = await makeSite();
    await buildSite(root);
    const variants: [string, () => Promise<{ reused: boolean; built: Record<string, string> }>][] =
      [
        ['base', () => buildSite(root, 'dist', { base: '/news/' })],
        ['mode', () => buildSite(root, 'dist', { mode: 'staging' })],
        ['define', () => buildSite(root, 'dist', { define: { __FLAG__: '1' } })],
        [
          'env',
          async () => {
            process.env.VITE_SAYWIRE_TEST_FLAG = 'on';
            return buildSite(root).finally(() => delete process.env.VITE_SAYWIRE_TEST_FLAG);
          },
        ],
      ];

    for (const [name, variant] of variants) {
      const built = await variant();
      expect(built.reused, name).toBe(false);
      if (name === 'base') expect(built.built['index.html']).toContain('/news/assets/');
      // Each variant's bundle is kept beside the default one, which is still there.
      expect((await variant()).reused, name).toBe(true);
      expect((await buildSite(root)).reused, name).toBe(true);
    }
  });
});
