// @vitest-environment node
import { build, createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeSpeakerDirectory, decodeSpeakerProfile } from '../core/decodeWire.ts';
import { ANY_PORT, makeSampleSite, servedAt } from './testFixtures.ts';
import { saywireContent } from './vitePlugin.ts';

const cleanups: (() => Promise<unknown>)[] = [];
// In reverse and one at a time: a server must be closed before its folder is removed.
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A minimal site with the sample article (Dmitry Peskov and Narendra Modi are quoted). */
async function makeSite() {
  const site = await makeSampleSite();
  cleanups.push(site.cleanup);
  return site.root;
}

const plugins = () => [saywireContent({ contentDir: 'content' })];

/** Fetches the speaker list and one profile, and an unknown speaker's file. */
async function checkSpeakerData(url: (file: string) => string) {
  const directory = decodeSpeakerDirectory(await (await fetch(url('data/speakers.json'))).json());
  if (!directory.ok) throw new Error(directory.error);
  expect(directory.value.speakers.map((s) => s.id)).toContain('dmitry-peskov');
  const profile = decodeSpeakerProfile(
    await (await fetch(url('data/speakers/dmitry-peskov.json'))).json(),
  );
  if (!profile.ok) throw new Error(profile.error);
  expect(profile.value.quotes.length).toBe(profile.value.quoteCount);
  const missing = await fetch(url('data/speakers/no-such-speaker.json'));
  expect(missing.status).toBe(404);
  expect(await missing.json()).toEqual({
    error: 'not found',
    path: 'data/speakers/no-such-speaker.json',
  });
}

describe('speaker data through the Vite plugin', () => {
  it('is served from memory by the dev server, with a JSON 404 for an unknown speaker', async () => {
    const root = await makeSite();
    const server: ViteDevServer = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      mode: 'development',
      server: ANY_PORT,
      plugins: plugins(),
    });
    cleanups.push(() => server.close());
    await server.listen();
    await checkSpeakerData(servedAt(server));
  });

  it('is emitted by a build and served by preview, with a JSON 404 for an unknown speaker', async () => {
    const root = await makeSite();
    await build({ root, configFile: false, logLevel: 'silent', plugins: plugins() });
    const server: PreviewServer = await preview({
      root,
      configFile: false,
      logLevel: 'silent',
      preview: ANY_PORT,
      plugins: plugins(),
    });
    cleanups.push(() => server.close());
    await checkSpeakerData(servedAt(server));
  });
});
