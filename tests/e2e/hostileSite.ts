import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { decodeArticle, decodeArticleIndex } from '../../src/core/decodeWire.ts';
import type { Article } from '../../src/core/schema.ts';
import { freePort } from './globalSetup.ts';
import { writeHostileContent } from './hostileContent.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A production build of the hostile content, served by its own `vite preview`. */
export type HostileSite = {
  /** An absolute URL on this site for a path relative to its root. */
  url: (path?: string) => string;
  /** The built articles, by content file name. */
  articles: Map<string, Article>;
  close: () => Promise<void>;
};

/** `vite build` as a user runs it, with SAYWIRE_CONTENT_DIR pointing at `contentDir`. */
function buildSite(contentDir: string, outDir: string): Promise<void> {
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
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
      code === 0 ? resolve() : reject(new Error(`vite build failed (${code}):\n${output}`)),
    );
  });
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** Writes the hostile content to a temporary folder, builds it and serves the build. */
export async function startHostileSite(): Promise<HostileSite> {
  const work = await mkdtemp(path.join(tmpdir(), 'saywire-hostile-'));
  try {
    const contentDir = path.join(work, 'content');
    const outDir = path.join(work, 'dist');
    await writeHostileContent(contentDir);
    await buildSite(contentDir, outDir);
    const server = await preview({
      root,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: await freePort(), strictPort: true, open: false },
    });
    const base = server.resolvedUrls?.local[0];
    if (!base) throw new Error('vite preview started without a local URL');
    const url = (page = '') => new URL(page, base).href;

    const index = decodeArticleIndex(await fetchJson(url('data/index.json')));
    if (!index.ok) throw new Error(index.error);
    const articles = new Map<string, Article>();
    for (const { slug } of index.value.articles) {
      const article = decodeArticle(await fetchJson(url(`data/articles/${slug}.json`)));
      if (!article.ok) throw new Error(article.error);
      articles.set(article.value.source, article.value);
    }
    return {
      url,
      articles,
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
