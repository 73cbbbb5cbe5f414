import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';

/** Whether a module id is inside one of these packages. */
const inPackages = (id: string, names: string) =>
  new RegExp(`node_modules[\\\\/](${names})[\\\\/]`).test(id);

/**
 * The build half of src/app/boot.ts, which imports the app in steps so that no task of the
 * start-up is long: React, then the app. Each step is a chunk of its own (React, react-dom and
 * the scheduler; the app with the router, React Query and valibot), the first step preloads
 * every chunk of all the steps, so none waits for a request, and the app's
 * own modules that `main.tsx` imports statically make one chunk, even those a lazy chunk shares:
 * small chunks compress worse than one (the split costs ~1.5 KB gzip otherwise).
 */
export function bootChunks(): Plugin {
  let bundle: OutputBundle = {};
  const appModules = new Set<string>();

  /** For the boot chunk's imports: every chunk any of its steps imports, at once. */
  const preloadAllSteps = (deps: string[], hostId: string): string[] => {
    const host = bundle[hostId];
    const isBoot =
      host?.type === 'chunk' && host.moduleIds.some((id) => id.endsWith('/src/app/boot.ts'));
    if (!isBoot) return deps;
    const all = new Set<string>();
    const visit = (file: string) => {
      const chunk = bundle[file];
      if (all.has(file) || chunk?.type !== 'chunk') return;
      all.add(file);
      chunk.imports.forEach(visit);
    };
    host.dynamicImports.forEach(visit);
    return [...all];
  };

  return {
    name: 'saywire:boot-chunks',
    // The prerender's server build runs no boot script.
    apply: (config, { command }) => command === 'build' && !config.build?.ssr,
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                {
                  name: 'react',
                  test: (id) =>
                    id.endsWith('/src/app/reactStep.ts') ||
                    inPackages(id, 'react|react-dom|scheduler'),
                },
                {
                  name: 'main',
                  test: (id) =>
                    appModules.has(id) ||
                    inPackages(id, '@tanstack|valibot|react-router|react-router-dom|cookie'),
                  // Only what main.tsx imports: not the preload helper the boot chunk needs.
                  includeDependenciesRecursively: false,
                },
              ],
            },
          },
        },
        modulePreload: {
          resolveDependencies: (_, deps, { hostId }) => preloadAllSteps(deps, hostId),
        },
      },
    }),
    buildEnd() {
      appModules.clear();
      const visit = (id: string) => {
        if (appModules.has(id) || !id.includes('/src/')) return;
        appModules.add(id);
        this.getModuleInfo(id)?.importedIds.forEach(visit);
      };
      const main = [...this.getModuleIds()].find((id) => id.endsWith('/src/app/main.tsx'));
      if (main) visit(main);
    },
    generateBundle: { order: 'pre', handler: (_, output) => void (bundle = output) },
    // The boot script has nothing to do before the first paint but wait for it: at low priority
    // its request never competes with the page (and Lighthouse's simulation, which counts every
    // high-priority script fetched before the paint as render-blocking, agrees).
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(/<script type="module"(?![^>]*fetchpriority)/g, '$& fetchpriority="low"'),
    },
  };
}
