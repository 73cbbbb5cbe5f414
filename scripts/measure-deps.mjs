// `node scripts/measure-deps.mjs`: what each runtime dependency costs the reader, in gzip bytes.
// Builds the app once more into a temporary folder with one chunk per npm package, then gzips each
// chunk (level 6, as `gzip -c` does). Splitting costs a little compression, so the parts add up to
// slightly more than the real single bundle, which is measured too.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const packageOf = (id) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id)?.[1];

async function chunkSizes(outDir) {
  const assets = path.join(outDir, 'assets');
  const sizes = [];
  for (const file of await readdir(assets)) {
    if (!file.endsWith('.js') && !file.endsWith('.css')) continue;
    const bytes = await readFile(path.join(assets, file));
    sizes.push({ file, raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length });
  }
  return sizes;
}

const work = await mkdtemp(path.join(tmpdir(), 'saywire-measure-'));
try {
  const real = path.join(work, 'real');
  const split = path.join(work, 'split');
  await build({ logLevel: 'error', build: { outDir: real, emptyOutDir: true } });
  await build({
    logLevel: 'error',
    build: {
      outDir: split,
      emptyOutDir: true,
      rolldownOptions: {
        output: {
          chunkFileNames: 'assets/[name].js',
          codeSplitting: {
            includeDependenciesRecursively: false,
            groups: [
              {
                test: /node_modules/,
                debugName: 'per-package',
                name: (id) => packageOf(id)?.replace(/[\\/]/, '__') ?? null,
              },
            ],
          },
        },
      },
    },
  });
  const rows = [
    ...(await chunkSizes(split)).map((chunk) => ({
      ...chunk,
      what: chunk.file.replace('__', '/'),
    })),
    ...(await chunkSizes(real)).map((chunk) => ({ ...chunk, what: `whole bundle: ${chunk.file}` })),
  ];
  for (const { what, raw, gzip } of rows) {
    console.log(
      `${what.padEnd(48)} ${String(raw).padStart(8)} B  ${String(gzip).padStart(7)} B gzip`,
    );
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
