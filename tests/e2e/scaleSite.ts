import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { writeCorpus } from '../../scripts/gen/writeCorpus.ts';
import { decodeArticle, decodeArticleIndex, decodeListPage } from '../../src/core/decodeWire.ts';
import type { Article } from '../../src/core/schema.ts';
import { freePort } from './globalSetup.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A production build of a generated corpus, served by its own `vite preview`. */
export type ScaleSite = {
  url: (page?: string) => string;
  /** Every built article, in the index's order (newest first). */
  articles: Article[];
  close: () => Promise<void>;
};

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

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Generates `count` articles (`npm run gen`'s generator, seed `seed`), builds them as a user
 * would (`SAYWIRE_CONTENT_DIR=… vite build`) and serves the build; reads back every article in
 * the index's order, which is what the tests compare the list against.
 */
export async function startScaleSite(count: number, seed: number): Promise<ScaleSite> {
  const work = await mkdtemp(path.join(tmpdir(), 'saywire-scale-'));
  try {
    const contentDir = path.join(work, 'content');
    const outDir = path.join(work, 'dist');
    writeCorpus(contentDir, count, seed, { mkdir: mkdirSync, writeFile: writeFileSync });
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

    const index = decodeArticleIndex(await getJson(url('data/index.json')));
    if (!index.ok) throw new Error(index.error);
    const pages = Math.ceil(index.value.total / index.value.pageSize);
    const slugs: string[] = [];
    for (let page = 0; page < pages; page++) {
      const decoded = decodeListPage(await getJson(url(`data/list/pages/${page}.json`)));
      if (!decoded.ok) throw new Error(decoded.error);
      slugs.push(...decoded.value.articles.map((a) => a.slug));
    }
    const articles = await Promise.all(
      slugs.map(async (slug) => {
        const article = decodeArticle(await getJson(url(`data/articles/${slug}.json`)));
        if (!article.ok) throw new Error(article.error);
        return article.value;
      }),
    );
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
