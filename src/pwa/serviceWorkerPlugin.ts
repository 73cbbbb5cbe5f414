import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { precacheManifest, precacheUrls } from './precacheUrls.ts';
import { SHELL } from './sw/precacheManifest.ts';

/** Where the worker is served, relative to the base; registerServiceWorker.ts asks for it. */
const SW_FILE = 'sw.js';
const PLACEHOLDER = '__SAYWIRE_PRECACHE__';

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

    generateBundle: {
      // After the content plugin has emitted the data files.
      order: 'post',
      handler(_options, bundle) {
        const worker = bundle[SW_FILE];
        if (!config || worker?.type !== 'chunk') return;
        const contents = new Map<string, string | Uint8Array>();
        for (const [file, output] of Object.entries(bundle)) {
          if (file !== SW_FILE)
            contents.set(file, output.type === 'chunk' ? output.code : output.source);
        }
        const publicFiles = listFiles(config.publicDir);
        for (const file of publicFiles) {
          contents.set(file, readFileSync(path.join(config.publicDir, file)));
        }
        const urls = precacheUrls([...contents.keys()], publicFiles);
        const urlOf = (file: string) => (file === 'index.html' ? SHELL : file);
        const manifest = precacheManifest(contents, urlOf, urls);
        if (!worker.code.includes(PLACEHOLDER)) {
          this.error(`${SW_FILE}: the precache placeholder ${PLACEHOLDER} is missing`);
        }
        worker.code = worker.code.replaceAll(PLACEHOLDER, JSON.stringify(manifest));
      },
    },
  };
}
