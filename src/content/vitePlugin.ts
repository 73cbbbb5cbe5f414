import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ResolvedConfig } from 'vite';
import { addPhase, formatPhases, sampleMemory, type BuildPhases } from './buildPhases.ts';
import { clearBulkyFolders, restoreBulkyFolders, type KeptFolders } from './clearOutDir.ts';
import {
  clientBundleKey,
  emitClientBundle,
  readClientBundle,
  REUSED_INPUT,
  saveClientBundle,
  type ClientBundleCache,
  type KeptClientBundle,
} from './clientBundleCache.ts';
import { openContentCache } from './contentCache.ts';
import type { ContentOutputs } from './contentOutputs.ts';
import { serveContentInDev } from './devContent.ts';
import { outputHashes } from './pageCache.ts';
import { parseThreads } from './parsePool.ts';
import { buildParseWorker, type BuiltParseWorker } from './parseWorkerBuild.ts';
import {
  logPrerender,
  prerenderSite,
  startPrerender,
  warmRenderWorker,
  type PrerenderStart,
} from './prerender.ts';
import { servePreviewData } from './previewServer.ts';
import { runContentPipeline } from './runContentPipeline.ts';
import {
  dataFile,
  dataStore,
  openSiteCache,
  saveSiteCache,
  type SiteCache,
} from './siteCache.ts';
import type { DerivedBasis } from './derivedPlan.ts';
import { DEFAULT_CACHE_DIR, type SaywireContentOptions } from './contentPluginOptions.ts';
import { claimOutDir, newBuildId, stampOutDir, unstampOutDir } from './keptOutput.ts';
import { collectGarbage } from './collectGarbage.ts';
import { openScratchCache, type ScratchCache } from './scratchCache.ts';
import { isStrictBuild } from './strictMode.ts';
import { writeOutputs } from './writeOutputs.ts';

/** The repository root: the cache's version hashes the pipeline code found there. */
const CODE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Fewer files to parse than this are parsed on the main thread: a worker takes ~0.3 s to start. */
const MIN_FILES_FOR_WORKERS = 100;

/** Above this many files the build prints the report's summary line, not a row per file. */
const PRINTED_ROWS = 500;

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
  cacheDir = process.env.SAYWIRE_CACHE === '0' ? false : DEFAULT_CACHE_DIR,
}: SaywireContentOptions): Plugin {
  let config: ResolvedConfig | undefined;
  let outputs: ContentOutputs | null = null;
  let site: SiteCache | null = null;
  let data: ReturnType<typeof dataStore> | null = null;
  let phases: BuildPhases = new Map();
  let clock = 0;
  let clearing: Promise<void> | null = null;
  // The last build's data and page folders, moved aside while Vite empties the folder.
  let kept: KeptFolders | null = null;
  // Whether the build folder holds what the site's last build wrote (`keptOutput.ts`).
  let inPlace = false;
  let basis: DerivedBasis | null = null;
  // With the caches off, where files go as they are made (deleted when the build ends).
  let scratch: ScratchCache | null = null;
  // What prerendering needs first, started while Vite bundles the app.
  let starting: PrerenderStart | null = null;
  // Where the client bundle is kept, and the kept one this build writes instead of bundling.
  let client: ClientBundleCache | null = null;
  let reused: KeptClientBundle | null = null;
  // In `vite dev`: stops rebuilding the content when the server closes.
  let stopDev: (() => Promise<void>) | null = null;
  // Files this plugin emits into the bundle itself: never kept with the client bundle.
  const ownFiles = new Set(['404.html']);
  const openCache = (root: string) =>
    cacheDir === false ? null : openContentCache(path.resolve(root, cacheDir), CODE_ROOT);

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

    // A client bundle kept from an earlier build of the same inputs (`clientBundleCache.ts`):
    // the build bundles an empty module instead, and the kept files are emitted in its place.
    options(inputOptions) {
      client = null;
      reused = null;
      const build = config?.build;
      if (config?.command !== 'build' || !build || build.ssr || !build.write || build.watch) {
        return null;
      }
      if (cacheDir === false) return null;
      const dir = path.resolve(config.root, cacheDir, 'client');
      client = { dir, key: clientBundleKey(config) };
      reused = readClientBundle(client, config.root);
      return reused && { ...inputOptions, input: { 'saywire-reused-client': REUSED_INPUT } };
    },

    resolveId: {
      filter: { id: /^\0saywire-reused-client$/ },
      handler: (id) => id,
    },

    load: {
      filter: { id: /^\0saywire-reused-client$/ },
      handler: () => 'export {};',
    },

    async buildStart() {
      // The prerender's own server-entry build (build.ssr) needs no content.
      if (config?.command !== 'build' || config.build.ssr) return;
      clock = performance.now();
      sampleMemory();
      const resolved = config;
      const { root, build } = config;
      const outDir = path.resolve(root, build.outDir);
      // What Vite empties (see its resolveEmptyOutDir): moved aside now, deleted meanwhile.
      const empties = build.emptyOutDir ?? outDir.startsWith(`${root}${path.sep}`);
      // Data files go to the site cache's store as they are made, not all held in memory;
      // with the caches off, to a scratch one.
      scratch = cacheDir === false && build.write ? openScratchCache(config.cacheDir) : null;
      site =
        cacheDir === false
          ? scratch && openSiteCache(scratch.siteDir, resolveDir(config.root))
          : openSiteCache(path.resolve(config.root, cacheDir, 'site'), resolveDir(config.root));
      data = site && dataStore(site);
      // Prerendering's first needs (`startPrerender`) run beside the pipeline and Vite.
      const start = prerender && build.write ? startPrerender(config, { cached: !!site && !scratch }) : null;
      starting = start;
      const claimed = build.write && !scratch && site !== null && claimOutDir(site, outDir);
      if (scratch) unstampOutDir(path.resolve(root, DEFAULT_CACHE_DIR, 'site'), outDir);
      inPlace = claimed;
      kept = null;
      if (build.write && empties) {
        const cleared = clearBulkyFolders(outDir, { keep: claimed });
        kept = cleared.kept;
        inPlace = kept !== null;
        clearing = cleared.deleted.catch((error: unknown) => {
          config?.logger.warn(`saywire: could not delete the last build's files: ${String(error)}`);
        });
      }
      const dir = resolveDir(config.root);
      this.addWatchFile(dir);
      const cache = scratch ? scratch.content : await openCache(config.root);
      const last = site?.last ?? null;
      let worker: Promise<BuiltParseWorker> | null = null;
      const workers = {
        file: async () => (await (worker ??= buildParseWorker(CODE_ROOT, cache))).file,
        threads: parseThreads(),
        minFiles: MIN_FILES_FOR_WORKERS,
      };
      const run = await runContentPipeline(dir, labelOf(config.root), {
        strict,
        cache,
        workers,
        reportLines: PRINTED_ROWS,
        // A rebuild that parses an article will likely render a page: its render worker
        // loads the app meanwhile.
        ...(start && last && { onParse: () => warmRenderWorker(resolved, start) }),
        ...(data && { store: data.store }),
        since: last && data && {
          basis: last,
          files: last.files,
          reuse: data.reuse,
          read: (hash) => readFileSync(dataFile(site?.dir ?? '', hash), 'utf8'),
        },
      }).finally(async () => (await worker?.catch(() => null))?.dispose());
      config.logger.info(`\n${run.report}\n`);
      if (!run.ok) {
        this.error(`content has errors:\n${run.errors.join('\n')}`);
      }
      const { articles, parsed, read, threads, milliseconds } = run.stats;
      phases = new Map(run.stats.phases);
      // What the pipeline did not time itself: opening the caches.
      phases.set('content.open', performance.now() - clock - milliseconds);
      config.logger.info(
        `saywire: ${articles} articles, ${parsed} parsed, ${articles - parsed} from the cache, ` +
          `data in ${milliseconds} ms (${read} files read, ${threads || 'no'} parse worker(s))`,
      );
      outputs = run.outputs;
      basis = run.basis;
      // No earlier build left pages: every page will be rendered.
      if (start && !last) warmRenderWorker(config, start);
      clock = performance.now();
    },

    generateBundle: {
      // After Vite's HTML plugin, so the built index.html is in the bundle to copy.
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        let shell = html?.type === 'asset' ? html.source : undefined;
        if (reused) {
          shell = emitClientBundle(bundle, reused, (asset) => void this.emitFile(asset));
          config?.logger.info('saywire: client bundle from the cache (app code unchanged)');
        }
        if (!outputs) return;
        // Static hosts answer unknown paths with 404.html: make it the app, so deep links work.
        // Prerendering writes its own (the not-found page, which the app re-renders).
        if (!prerender && shell !== undefined) {
          this.emitFile({ type: 'asset', fileName: '404.html', source: shell });
        }
      },
    },

    // Data files are written beside the bundle rather than emitted as assets: 100,000 articles
    // as assets would all sit in memory at once, and Vite would gzip each to report its size.
    // Then, with the data on disk, every route becomes an HTML file (404.html included, which
    // static hosts answer unknown paths with; the app renders those afresh).
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler(options, bundle) {
        if (!config || !outputs) return;
        if (client && !reused) saveClientBundle(client, config, bundle, ownFiles);
        // From the end of the content pipeline to here: Vite's client bundle.
        clock = addPhase(phases, reused ? 'bundle.kept' : 'bundle', clock);
        const outDir = path.resolve(options.dir ?? path.resolve(config.root, config.build.outDir));
        if (kept) {
          const restored = restoreBulkyFolders(kept, outDir);
          inPlace = restored.restored;
          clearing = Promise.all([clearing, restored.deleted]).then(() => undefined);
        }
        const last = inPlace ? (site?.last?.files ?? null) : null;
        const files = writeOutputs(outDir, outputs, last);
        clock = addPhase(phases, inPlace ? 'write.changed' : 'write', clock);
        const html = bundle['index.html'];
        // The pipeline's digests are garbage by now: a big build's heap shrinks before the
        // render workers start beside it.
        collectGarbage();
        if (prerender && html?.type === 'asset') {
          const before = site?.last?.files;
          const unchanged = (file: string) => {
            const id = files.get(file);
            return id !== undefined && before?.get(file) === id;
          };
          const hashOf = outputHashes(outputs, outDir);
          const cache = site && !scratch ? { site, hashOf, inPlace, unchanged } : null;
          const start = starting ?? undefined;
          starting = null;
          logPrerender(
            config,
            await prerenderSite(config, outDir, String(html.source), cache, start),
          );
          clock = addPhase(phases, 'prerender', clock);
        }
        if (scratch) {
          clearing = Promise.all([clearing, scratch.remove()]).then(() => undefined);
        } else if (site && data) {
          const id = newBuildId();
          saveSiteCache(site, data.stored, basis && { id, outDir, files, ...basis });
          if (basis) stampOutDir(site, outDir, id);
        }
        clock = addPhase(phases, 'cache.save', clock);
        await clearing;
        addPhase(phases, 'clear.wait', clock);
        config.logger.info(`saywire: phases: ${formatPhases(phases)}`);
      },
    },

    // Also called when a dev server closes (Vite closes its plugins then).
    async closeBundle() {
      // A failed build waits too: nothing is left deleting after it.
      // A warm render worker whose build failed before it rendered anything. One that could
      // not start (its code's hash unreadable: a file under src/ deleted meanwhile) has nothing
      // to stop; the build that failed before it says why, and this only says that it did not.
      void starting?.worker.then(
        (worker) => worker?.stop(),
        (error: unknown) => config?.logger.warn(`saywire: no render worker to stop: ${String(error)}`),
      );
      starting = null;
      const stopping = stopDev?.();
      stopDev = null;
      await Promise.all([clearing, scratch?.remove(), stopping]);
    },

    async configureServer(server) {
      // Vitest starts a dev server (in mode "test") only to transform test files.
      if (server.config.mode === 'test') return;
      const { root } = server.config;
      stopDev = await serveContentInDev(server, resolveDir(root), labelOf(root), await openCache(root));
    },

    configurePreviewServer(server) {
      return servePreviewData(server, prerender);
    },
  };
}
