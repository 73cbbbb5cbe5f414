import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { ANY_PORT } from './globalSetup.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A production build of content written at test time, served by its own `vite preview`. */
export type BuiltSite = {
  /** An absolute URL on this site for a path relative to its root. */
  url: (page?: string) => string;
  /** Fetches a JSON file of the site; an HTTP error throws, naming the URL. */
  getJson: (page: string) => Promise<unknown>;
  /** Stops the server and deletes the content and the build. */
  close: () => Promise<void>;
};

/** A build folder served by its own `vite preview`. */
export type ServedBuild = {
  /** Where the site is served, with its base path: `http://127.0.0.1:1234/`. */
  base: string;
  /** Stops the server; the folder stays. */
  close: () => Promise<void>;
};

/**
 * Serves the build in `outDir` (a copy of `dist/`, a build of test content) with `vite preview`
 * on a free port, as the e2e run serves `dist/`; for tests and benches that change or measure a
 * build of their own.
 */
export async function serveBuild(outDir: string): Promise<ServedBuild> {
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: ANY_PORT,
  });
  const base = server.resolvedUrls?.local[0];
  if (!base) {
    await server.close();
    throw new Error('vite preview started without a local URL');
  }
  return { base, close: () => server.close() };
}

/**
 * `vite build` as a user runs it, with SAYWIRE_CONTENT_DIR pointing at `contentDir`; resolves to
 * its log. `logLevel: 'info'` keeps the lines where the prerender says what it reused.
 */
export function buildSite(
  contentDir: string,
  outDir: string,
  { logLevel = 'warn' }: { logLevel?: 'info' | 'warn' } = {},
): Promise<string> {
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', logLevel];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, SAYWIRE_CONTENT_DIR: contentDir },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`vite build failed (${code}):\n${output}`)),
    );
  });
}

/**
 * Lets `write` fill a temporary content folder, builds it and serves the build. `prefix` names
 * the temporary folder (`saywire-hostile-`), which is removed on `close` or on failure.
 */
export async function startBuiltSite(
  prefix: string,
  write: (contentDir: string) => Promise<void> | void,
): Promise<BuiltSite> {
  const work = await mkdtemp(path.join(tmpdir(), prefix));
  try {
    const contentDir = path.join(work, 'content');
    const outDir = path.join(work, 'dist');
    await write(contentDir);
    await buildSite(contentDir, outDir);
    const server = await serveBuild(outDir);
    const url = (page = '') => new URL(page, server.base).href;
    return {
      url,
      getJson: async (page) => {
        const response = await fetch(url(page));
        if (!response.ok) throw new Error(`${url(page)}: HTTP ${response.status}`);
        return response.json();
      },
      close: async () => {
        await server.close();
        await rm(work, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}
