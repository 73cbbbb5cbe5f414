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
    preview: { host: '127.0.0.1', port: await freePort(), strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview started without a local URL');
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

/** A TCP port nothing listens on now, for a preview server. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}
