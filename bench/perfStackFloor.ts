/**
 * `npx tsx bench/perfStackFloor.ts`: the least first-load JavaScript the required stack costs.
 * Builds, with the app's own Vite settings (target, minifier, no preload polyfill), a page that
 * imports exactly the runtime names the client imports from react, react-dom, react-router-dom
 * and @tanstack/react-query (read from src/, tests and the server entry left out) and keeps each
 * alive, so tree-shaking leaves what the app needs of them and nothing of Saywire. Prints gzip
 * bytes (level 6, as the budget counts) of the stack in one chunk, without React Query, and per
 * package. The list of kept names adds a few hundred bytes of its own.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['react', 'react-dom/client', 'react-router-dom', '@tanstack/react-query'];
const RESOLVED = [...PACKAGES, 'react/jsx-runtime'];

/** Every runtime name the client imports from each stack package. */
async function importedNames(): Promise<Map<string, Set<string>>> {
  const names = new Map(PACKAGES.map((name) => [name, new Set<string>()]));
  const files = (await readdir(path.join(root, 'src'), { recursive: true }))
    .filter(
      (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$|entryServer|[\\/]content[\\/]/.test(file),
    )
    .map((file) => path.join(root, 'src', file));
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    for (const [, list = '', from = ''] of text.matchAll(
      /import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g,
    )) {
      if (/^\s*type\b/.test(list) && !list.includes(',')) continue;
      for (const part of list.split(',')) {
        const name = part.trim();
        const [imported = ''] = name.split(/\s+as\s+/);
        if (imported && !imported.startsWith('type ')) names.get(from)?.add(imported);
      }
    }
  }
  return names;
}

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length;

/** Gzip bytes of the JavaScript a build of `entry` writes. */
async function buildAndMeasure(
  dir: string,
  entry: string,
  split: boolean,
): Promise<Map<string, number>> {
  const outDir = path.join(dir, split ? 'split' : 'one');
  await writeFile(path.join(dir, 'entry.tsx'), entry);
  await writeFile(path.join(dir, 'index.html'), '<script type="module" src="/entry.tsx"></script>');
  const group = (name: string, test: RegExp) => ({ name, test });
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    resolve: {
      alias: RESOLVED.map((name) => ({
        find: new RegExp(`^${name}$`),
        replacement: path.join(root, 'node_modules', name),
      })),
    },
    build: {
      outDir,
      target: 'es2022',
      modulePreload: { polyfill: false },
      rolldownOptions: split
        ? {
            output: {
              codeSplitting: {
                groups: [
                  group('react', /node_modules[\\/](react|react-dom|scheduler)[\\/]/),
                  group('router', /node_modules[\\/](react-router|react-router-dom|cookie)[\\/]/),
                  group('query', /node_modules[\\/]@tanstack[\\/]/),
                ],
              },
            },
          }
        : {},
    },
  });
  const sizes = new Map<string, number>();
  for (const file of await readdir(path.join(outDir, 'assets'))) {
    if (!file.endsWith('.js')) continue;
    sizes.set(
      file.replace(/-[\w-]{8}\.js$/, ''),
      gzip(await readFile(path.join(outDir, 'assets', file))),
    );
  }
  return sizes;
}

function entryFor(names: Map<string, Set<string>>, packages: readonly string[]): string {
  // The app's JSX compiles to calls into React's JSX runtime.
  const lines = [`import { jsx, jsxs } from 'react/jsx-runtime';`];
  const kept = ['jsx', 'jsxs'];
  packages.forEach((name, at) => {
    const list = [...(names.get(name) ?? [])].sort();
    lines.push(`import { ${list.map((n) => `${n} as p${at}_${n}`).join(', ')} } from '${name}';`);
    kept.push(...list.map((n) => `p${at}_${n}`));
  });
  lines.push(`(globalThis as Record<string, unknown>).kept = [${kept.join(', ')}];`);
  return lines.join('\n') + '\n';
}

const names = await importedNames();
const dir = await mkdtemp(path.join(tmpdir(), 'saywire-stack-'));
try {
  for (const [name, list] of names) console.log(`${name}: ${[...list].sort().join(', ')}`);
  const total = (sizes: Map<string, number>) => [...sizes.values()].reduce((a, b) => a + b, 0);
  const all = await buildAndMeasure(dir, entryFor(names, PACKAGES), false);
  const noQuery = await buildAndMeasure(dir, entryFor(names, PACKAGES.slice(0, 3)), false);
  const split = await buildAndMeasure(dir, entryFor(names, PACKAGES), true);
  const bytes = (n: number) => n.toLocaleString('en-US');
  console.log(`\nthe required stack as the app uses it, one chunk: ${bytes(total(all))} B gzip`);
  console.log(
    `without React Query (React, react-dom, the router): ${bytes(total(noQuery))} B gzip`,
  );
  console.log(
    `per package (a chunk each): ${[...split].map(([n, b]) => `${n} ${bytes(b)}`).join(', ')}`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
