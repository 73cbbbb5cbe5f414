import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rolldownVersion, version, type Plugin } from 'vite';
import { keptModule } from './keptModule.ts';
import type { SaywireContentOptions } from './contentPluginOptions.ts';
import type { saywireContent as contentPlugin } from './vitePlugin.ts';

/** The repository root: the plugin's code is there. */
const CODE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where the built plugin is kept: code, not content, so `SAYWIRE_CACHE=0` keeps it too. */
const KEPT_DIR = 'node_modules/.cache/saywire/plugin';

/**
 * The content plugin (`vitePlugin.ts`) as `vite.config.ts` gets it. Vite bundles the config
 * file with every module it imports, on every start, then parses each of them again to check
 * it: the plugin brings the whole pipeline (75 modules, 0.5 MB), ~0.6 s of each build's start.
 * Imported only as a type here, it is built once per version of its code instead
 * (`keptModule.ts`) and imported from the cache. Its files join the config's dependencies, so
 * the dev server still restarts when one changes, as it did when they were bundled with it.
 */
export async function saywireContent(options: SaywireContentOptions): Promise<Plugin[]> {
  const kept = await keptModule(
    CODE_ROOT,
    'src/content/vitePlugin.ts',
    path.join(CODE_ROOT, KEPT_DIR),
    `vite ${version}, rolldown ${rolldownVersion}`,
  );
  const module = (await import(pathToFileURL(kept.file).href)) as {
    saywireContent: typeof contentPlugin;
  };
  const sources = kept.inputs.map((input) => path.resolve(CODE_ROOT, input).split(path.sep).join('/'));
  return [
    module.saywireContent(options),
    {
      name: 'saywire-content-sources',
      configResolved(config) {
        config.configFileDependencies.push(...sources);
      },
    },
  ];
}
