// `npm run size`: what each runtime dependency costs the reader, in gzip bytes.
// Builds the app once more into a temporary folder with one chunk per npm package, then measures
// each chunk as `gzip -c | wc -c` does (Node's zlib at the same level where there is no gzip).
// Splitting costs a little compression, so the parts add up to slightly more than the real single
// bundle, which is measured too.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const packageOf = (id) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id)?.[1];

function gzipSize(bytes) {
  const gzip = spawnSync('gzip', ['-c'], { input: bytes, maxBuffer: 64 * 1024 * 1024 });
  return gzip.status === 0 ? gzip.stdout.length : gzipSync(bytes, { level: 6 }).length;
}

async function chunkSizes(outDir) {
  const assets = path.join(outDir, 'assets');
  const sizes = [];
  for (const file of (await readdir(assets)).sort()) {
    if (!/\.(js|css)$/.test(file)) continue;
    const bytes = await readFile(path.join(assets, file));
    sizes.push({ file, raw: bytes.length, gzip: gzipSize(bytes) });
  }
  return sizes;
}

const perPackage = {
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
};

const work = await mkdtemp(path.join(tmpdir(), 'saywire-measure-'));
try {
  const real = path.join(work, 'real');
  const split = path.join(work, 'split');
  await build({ logLevel: 'error', build: { outDir: real, emptyOutDir: true } });
  await build({
    logLevel: 'error',
    build: { outDir: split, emptyOutDir: true, rolldownOptions: { output: perPackage } },
  });
  const label = (file) =>
    file.startsWith('index-') ? `app code and CSS (src/): ${file}` : file.replace('__', '/');
  const rows = [
    ...(await chunkSizes(split)).map((chunk) => ({ ...chunk, what: label(chunk.file) })),
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
