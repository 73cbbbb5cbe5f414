// @vitest-environment node
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { inlineStylesheet } from '../app/inlineStylesheet.ts';
import {
  contentSecurityPolicy,
  PRODUCTION_DIRECTIVES,
  serializePolicy,
  styleHash,
} from './contentSecurityPolicy.ts';
import { makeContentDir } from './testFixtures.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function buildSite(indexHtml: string) {
  const site = await makeContentDir({ 'index.html': indexHtml, 'main.js': 'document.title = 1;' });
  cleanups.push(site.cleanup);
  await build({
    root: site.dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [contentSecurityPolicy()],
  });
  return readFile(path.join(site.dir, 'dist/index.html'), 'utf8');
}

describe('the production Content Security Policy', () => {
  it('allows no inline or eval code and no framing', () => {
    const header = serializePolicy(PRODUCTION_DIRECTIVES);

    expect(header).not.toMatch(/unsafe-/);
    expect(header).toContain("script-src 'self'");
    expect(header).toContain("style-src 'self'");
    expect(header).toContain("frame-ancestors 'none'");
  });

  it('leaves frame-ancestors out of the <meta> form, where browsers ignore it', () => {
    expect(serializePolicy(PRODUCTION_DIRECTIVES, { forMeta: true })).not.toContain(
      'frame-ancestors',
    );
  });
});

describe('contentSecurityPolicy in a build', () => {
  it('puts the policy in a <meta> right after the charset, before any script', async () => {
    const html = await buildSite(
      '<!doctype html><head><meta charset="UTF-8" /><title>t</title></head>' +
        '<script type="module" src="/main.js"></script>',
    );

    const policy = serializePolicy(PRODUCTION_DIRECTIVES, { forMeta: true });
    const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
    expect(html).toContain(meta);
    expect(html.indexOf(meta)).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(html.indexOf(meta)).toBeLessThan(html.indexOf('<script'));
  });

  it('inlines the stylesheet and allows exactly its text by hash, and no other inline style', async () => {
    const css = 'main { color: rebeccapurple; }';
    const site = await makeContentDir({
      'index.html':
        '<!doctype html><head><meta charset="UTF-8" /><title>t</title>' +
        '<script type="module" src="/main.js"></script></head>',
      'main.js': "import './style.css'; document.title = 1;",
      'style.css': css,
    });
    cleanups.push(site.cleanup);
    await build({
      root: site.dir,
      configFile: false,
      logLevel: 'silent',
      plugins: [inlineStylesheet(), contentSecurityPolicy()],
      build: { cssCodeSplit: false },
    });
    const html = await readFile(path.join(site.dir, 'dist/index.html'), 'utf8');

    expect(html).not.toMatch(/rel="stylesheet"/);
    const inlined = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? '';
    expect(inlined).toBe('main{color:#639}');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    expect(policy).toContain(`style-src 'self' ${styleHash(inlined)};`);
    expect(policy).not.toMatch(/unsafe-/);
    expect(await readdir(path.join(site.dir, 'dist/assets'))).not.toContainEqual(
      expect.stringMatching(/\.css$/),
    );
  });

  it('fails the build for a page without a <meta charset> to anchor the policy', async () => {
    await expect(buildSite('<!doctype html><title>t</title>')).rejects.toThrow(/no <meta charset>/);
  });
});
