import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { ContentOutputs } from './contentOutputs.ts';
import { serveContentInDev } from './devContent.ts';
import { prerenderSite } from './prerender.ts';
import { runContentPipeline } from './runContentPipeline.ts';
import { isStrictBuild } from './strictMode.ts';
import { dataPathOf, notFoundBody, sendJson } from './serveData.ts';

export type SaywireContentOptions = {
  /** The folder of `*.txt` articles and `topics.json`, relative to the Vite root. */
  contentDir: string;
  /** Fail the build on content warnings too; by default from `--strict` or `SAYWIRE_STRICT=1`. */
  strict?: boolean;
  /**
   * Render every route to HTML with the app's server entry (`src/app/entryServer.tsx`) after
   * the build; without it, 404.html is a copy of the app shell.
   */
  prerender?: boolean;
};

/**
 * Turns the content folder into the JSON the app fetches (`data/index.json`,
 * `data/articles/<slug>.json`, `data/speakers.json`, `data/speakers/<id>.json`,
 * `data/report.json`): served from memory in dev, emitted as assets in a build; a missing file
 * under `data/` is a JSON 404 in both. Any content error fails the build.
 */
export function saywireContent({
  contentDir,
  strict = isStrictBuild(),
  prerender = false,
}: SaywireContentOptions): Plugin {
  let config: ResolvedConfig | undefined;
  let outputs: ContentOutputs | null = null;

  const resolveDir = (root: string) => path.resolve(root, contentDir);
  const labelOf = (root: string) => {
    const relative = path.relative(root, resolveDir(root));
    return relative.startsWith('..') ? resolveDir(root) : relative.split(path.sep).join('/');
  };

  return {
    name: 'saywire-content',

    configResolved(resolved) {
      config = resolved;
    },

    async buildStart() {
      // The prerender's own server-entry build (build.ssr) needs no content.
      if (config?.command !== 'build' || config.build.ssr) return;
      const dir = resolveDir(config.root);
      this.addWatchFile(dir);
      const run = await runContentPipeline(dir, labelOf(config.root), { strict });
      config.logger.info(`\n${run.report}\n`);
      if (!run.ok) {
        this.error(`content has errors:\n${run.errors.join('\n')}`);
      }
      outputs = run.outputs;
    },

    generateBundle: {
      // After Vite's HTML plugin, so the built index.html is in the bundle to copy.
      order: 'post',
      handler(_options, bundle) {
        if (!outputs) return;
        for (const [fileName, source] of outputs) {
          this.emitFile({ type: 'asset', fileName, source });
        }
        // Static hosts answer unknown paths with 404.html: make it the app, so deep links work.
        // Prerendering writes its own (the not-found page, which the app re-renders).
        const html = bundle['index.html'];
        if (!prerender && html?.type === 'asset') {
          this.emitFile({ type: 'asset', fileName: '404.html', source: html.source });
        }
      },
    },

    writeBundle: {
      // Once the data files are on disk: every route becomes an HTML file (404.html included,
      // which static hosts answer unknown paths with; the app renders those afresh).
      order: 'post',
      sequential: true,
      async handler(options, bundle) {
        const html = bundle['index.html'];
        if (!prerender || !config || !outputs || html?.type !== 'asset') return;
        const outDir = options.dir ?? path.resolve(config.root, config.build.outDir);
        const stats = await prerenderSite(config, outDir, String(html.source));
        config.logger.info(
          `prerendered ${stats.pages} pages in ${stats.seconds.toFixed(1)} s ` +
            `(${stats.msPerPage.toFixed(2)} ms per page)`,
        );
      },
    },

    async configureServer(server) {
      // Vitest starts a dev server (in mode "test") only to transform test files.
      if (server.config.mode === 'test') return;
      const { root } = server.config;
      await serveContentInDev(server, resolveDir(root), labelOf(root));
    },

    configurePreviewServer(server) {
      // `vite preview` answers any unknown path with index.html; a missing data file must be a
      // JSON 404 instead, as on a static host, or the app would try to parse HTML.
      const { root, base, build } = server.config;
      const outDir = path.resolve(root, build.outDir);
      server.middlewares.use((request, response, next) => {
        const dataPath = dataPathOf(request.url, base);
        if (dataPath === null || existsSync(path.join(outDir, dataPath))) return next();
        sendJson(response, 404, notFoundBody(dataPath));
      });
      if (!prerender) return;
      // After Vite's SPA fallback, which answers an unknown page with index.html (the front
      // page, once prerendered): answer with 404.html instead, as static hosts do.
      return () => {
        server.middlewares.use((request, _response, next) => {
          const original = new URL(request.originalUrl ?? '/', 'http://localhost').pathname;
          const isShell = original === base || original === `${base}index.html`;
          if (request.url === '/index.html' && !isShell) request.url = '/404.html';
          next();
        });
      };
    },
  };
}
