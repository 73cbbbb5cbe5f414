import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { precacheManifest, precacheUrls } from './precacheUrls.ts';
import { SHELL } from './sw/precacheManifest.ts';

/** Where the worker is served, relative to the base; registerServiceWorker.ts asks for it. */
const SW_FILE = 'sw.js';
const PLACEHOLDER = '__SAYWIRE_PRECACHE__';
/** The list data, written beside the bundle by the content plugin. */
const LIST_DATA = 'data/index.json';

/** Every file under `dir`, as `/`-separated paths relative to it. */
function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      .map((file) => file.split(path.sep).join('/'));
  } catch {
    return [];
  }
}

/**
 * Builds the service worker (`src/pwa/sw/serviceWorker.ts`) into `sw.js` beside `index.html`,
 * with the precache manifest of this very build written into it: the shell, every hashed asset,
 * the list data and the public icons, scripts and manifest. Production builds only; dev never
 * has a worker.
 */
export function serviceWorker(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'saywire-service-worker',
    apply: 'build',

    configResolved(resolved) {
      config = resolved;
    },

    buildStart() {
      // A server-side build (prerendering) has no pages to serve offline.
      if (!config || config.build.ssr) return;
      this.emitFile({
        type: 'chunk',
        id: path.resolve(config.root, 'src/pwa/sw/serviceWorker.ts'),
        fileName: SW_FILE,
      });
    },

    writeBundle: {
      // Last, after the content plugin has written the data files and the prerendered pages,
      // so the list and its version describe the files as they will be served.
      order: 'post',
      sequential: true,
      async handler(options, bundle) {
        if (!config || bundle[SW_FILE]?.type !== 'chunk') return;
        const outDir = options.dir ?? path.resolve(config.root, config.build.outDir);
        const built = Object.keys(bundle).filter((file) => file !== SW_FILE);
        if (existsSync(path.join(outDir, LIST_DATA))) built.push(LIST_DATA);
        const urls = precacheUrls(built, listFiles(config.publicDir));
        const contents = new Map<string, Uint8Array>();
        for (const url of urls) {
          contents.set(url, await readFile(path.join(outDir, url === SHELL ? 'index.html' : url)));
        }
        const manifest = precacheManifest(contents);
        const workerPath = path.join(outDir, SW_FILE);
        const worker = await readFile(workerPath, 'utf8');
        if (!worker.includes(PLACEHOLDER)) {
          this.error(`${SW_FILE}: the precache placeholder ${PLACEHOLDER} is missing`);
        }
        await writeFile(workerPath, worker.replaceAll(PLACEHOLDER, JSON.stringify(manifest)));
      },
    },
  };
}
