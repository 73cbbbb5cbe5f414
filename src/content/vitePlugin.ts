import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { ContentOutputs } from './contentOutputs.ts';
import { serveContentInDev } from './devContent.ts';
import { runContentPipeline } from './runContentPipeline.ts';
import { isStrictBuild } from './strictMode.ts';
import { dataPathOf, notFoundBody, sendJson } from './serveData.ts';

export type SaywireContentOptions = {
  /** The folder of `*.txt` articles and `topics.json`, relative to the Vite root. */
  contentDir: string;
  /** Fail the build on content warnings too; by default from `--strict` or `SAYWIRE_STRICT=1`. */
  strict?: boolean;
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
      if (config?.command !== 'build') return;
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
        const html = bundle['index.html'];
        if (html?.type === 'asset') {
          this.emitFile({ type: 'asset', fileName: '404.html', source: html.source });
        }
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
    },
  };
}
