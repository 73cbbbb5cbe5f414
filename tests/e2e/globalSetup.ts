import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where `vite preview` serves the built site, with the base path: `http://127.0.0.1:1234/`. */
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/**
 * Where `vite preview` listens: a port the system picks as the server binds it (the URL says
 * which). A port probed free and passed on could be taken by another process in between.
 */
export const ANY_PORT = { host: '127.0.0.1', port: 0, strictPort: true, open: false };

/** Serves the existing `dist/` with `vite preview` on a free port for the whole e2e run. */
export async function setup(project: TestProject): Promise<void> {
  const { root } = project.config;
  for (const required of ['dist/index.html', 'dist/data/index.json']) {
    if (!existsSync(path.join(root, required))) {
      throw new Error(
        `tests/e2e need a production build, but ${required} is missing: run \`npx vite build\` ` +
          'first (`npm test` does both).',
      );
    }
  }
  server = await preview({
    root,
    logLevel: 'warn',
    preview: ANY_PORT,
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview started without a local URL');
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

/**
 * A TCP port nothing listens on now, for a program that must be told its port (Chromium's
 * DevTools port in bench/perfChrome.ts); a server we start binds port 0 instead (`ANY_PORT`).
 */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}
