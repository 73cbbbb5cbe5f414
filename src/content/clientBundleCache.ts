import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { EmittedAsset, OutputBundle } from 'rolldown';
import type { ResolvedConfig } from 'vite';
import { sha1 } from './contentCache.ts';

/**
 * Vite's client bundle (the app's chunks and the built `index.html`), kept between builds under
 * a hash of everything it is made from, so a rebuild after an article changed does not bundle
 * and minify the app again (0.4–1 s of a one-article rebuild at 10,000 articles). What the key
 * covers: every file under `src/` and the public folder; `index.html`, the Vite config file,
 * the package and lock files, `tsconfig*.json` and `.env*` files at the root; the mode, base,
 * `NODE_ENV`, the environment the client sees (`import.meta.env`) and the build options. The
 * record of a kept bundle also names every other file it was bundled from (outside
 * `node_modules`, which the lock file stands for), with a hash of each: a changed one is a miss.
 * Not noticed: a package in `node_modules` edited by hand without the lock file changing.
 */
export type ClientBundleCache = {
  /** The folder of kept bundles: `<key>/manifest.json` and `<key>/files/…`. */
  dir: string;
  key: string;
};

/** A kept bundle, ready to be emitted in place of Vite's own. */
export type KeptClientBundle = { files: { fileName: string; source: Uint8Array }[] };

type Manifest = {
  version: number;
  files: string[];
  /** Bundled files the key does not cover, root-relative, with a hash of their bytes. */
  modules: [file: string, hash: string][];
};

const MANIFEST_VERSION = 2;
/** Bundles kept: the last few keys (a test run builds the app in development mode too). */
const KEPT_BUNDLES = 4;
/** Root folders hashed whole, and root files hashed when present. */
const HASHED_DIRS = ['src'];
const HASHED_FILE = /^(?:index\.html|package(?:-lock)?\.json|tsconfig(?:\.[\w-]+)?\.json|\.env(?:\.[\w-]+)?)$/;

/** The module the client build is given as its only input when a kept bundle is used. */
export const REUSED_INPUT = '\0saywire-reused-client';

/** Every file under `dir`, sorted, as absolute paths. */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return [];
  }
}

/** Build options that change what is bundled: all but where it is written and how it is told. */
const IGNORED_BUILD_OPTIONS = new Set(['outDir', 'emptyOutDir', 'reportCompressedSize', 'write']);

/** The files a client bundle's key hashes whole (absolute paths). */
function hashedFiles(config: ResolvedConfig): string[] {
  const { root } = config;
  const atRoot = readdirSync(root)
    .filter((name) => HASHED_FILE.test(name))
    .sort()
    .map((name) => path.join(root, name));
  const dirs = [...HASHED_DIRS.map((dir) => path.join(root, dir))];
  if (config.publicDir) dirs.push(config.publicDir);
  const files = [...atRoot, ...dirs.flatMap(filesUnder)];
  if (config.configFile) files.push(config.configFile);
  return files;
}

/**
 * The key of the client bundle `config` would build: a hash of its inputs (see
 * `ClientBundleCache`). The files are read whole: ~2 MB for this app, ~20 ms.
 */
export function clientBundleKey(config: ResolvedConfig): string {
  const hash = createHash('sha256');
  const part = (text: string) => hash.update(text).update('\0');
  part(String(MANIFEST_VERSION));
  part(config.mode);
  part(config.base);
  part(process.env.NODE_ENV ?? '');
  part(JSON.stringify(Object.entries(config.env).sort(([a], [b]) => (a < b ? -1 : 1))));
  // Options given on the command line or to `build()` rather than in the config file; the
  // functions among them (chunk groups, say) come from the config file, hashed below.
  const { build, define, resolve, css, json, html, experimental } = config;
  part(
    JSON.stringify({ build, define, resolve, css, json, html, experimental }, (name, value) =>
      IGNORED_BUILD_OPTIONS.has(name) || typeof value === 'function' ? undefined : value,
    ),
  );
  part(config.plugins.map((plugin) => plugin.name).join());
  for (const file of hashedFiles(config)) {
    part(path.relative(config.root, file));
    hash.update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

const manifestFile = (cache: ClientBundleCache) => path.join(cache.dir, cache.key, 'manifest.json');

/** The bundle kept under the cache's key, if there is one and the files it names are unchanged. */
export function readClientBundle(cache: ClientBundleCache, root: string): KeptClientBundle | null {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile(cache), 'utf8')) as Manifest;
  } catch {
    return null;
  }
  if (manifest.version !== MANIFEST_VERSION) return null;
  for (const [file, hash] of manifest.modules) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.resolve(root, file));
    } catch {
      return null;
    }
    if (sha1(bytes) !== hash) return null;
  }
  const files = path.join(cache.dir, cache.key, 'files');
  try {
    // Used again: the last to be forgotten.
    const now = new Date();
    utimesSync(path.join(cache.dir, cache.key), now, now);
    return {
      files: manifest.files.map((fileName) => ({
        fileName,
        source: readFileSync(path.join(files, fileName)),
      })),
    };
  } catch {
    return null;
  }
}

/**
 * Puts a kept bundle in place of the empty module's chunk, at `generateBundle`: what other
 * plugins emitted afresh (the offline worker's script) stays theirs. Returns the kept
 * `index.html` (assets emitted now are not in `bundle` yet).
 */
export function emitClientBundle(
  bundle: OutputBundle,
  kept: KeptClientBundle,
  emit: (asset: EmittedAsset) => void,
): Uint8Array | undefined {
  for (const [name, output] of Object.entries(bundle)) {
    if (output.type === 'chunk' && output.facadeModuleId === REUSED_INPUT) {
      Reflect.deleteProperty(bundle, name);
    }
  }
  for (const { fileName, source } of kept.files) {
    if (!(fileName in bundle)) emit({ type: 'asset', fileName, source });
  }
  return kept.files.find((file) => file.fileName === 'index.html')?.source;
}

/**
 * Keeps the bundle Vite wrote (`bundle`, at `writeBundle`), but for the files named in `skip`
 * (built afresh every time), under the cache's key; forgets all but the last few bundles.
 */
export function saveClientBundle(
  cache: ClientBundleCache,
  config: ResolvedConfig,
  bundle: OutputBundle,
  skip: ReadonlySet<string>,
): void {
  const covered = new Set(hashedFiles(config));
  const modules = new Map<string, string>();
  const temporary = path.join(cache.dir, `${cache.key}.${process.pid}.tmp`);
  rmSync(temporary, { recursive: true, force: true });
  const fileNames: string[] = [];
  for (const output of Object.values(bundle)) {
    if (skip.has(output.fileName)) continue;
    const file = path.join(temporary, 'files', output.fileName);
    mkdirSync(path.dirname(file), { recursive: true });
    if (output.type === 'asset') {
      writeFileSync(file, output.source);
    } else {
      writeFileSync(file, output.code);
      for (const id of output.moduleIds) {
        const source = id.split('?')[0] ?? id;
        if (covered.has(source) || modules.has(source) || /[\\/]node_modules[\\/]/.test(source)) {
          continue;
        }
        if (!path.isAbsolute(source) || !existsSync(source)) continue;
        modules.set(source, sha1(readFileSync(source)));
      }
    }
    fileNames.push(output.fileName);
  }
  const manifest: Manifest = {
    version: MANIFEST_VERSION,
    files: fileNames.sort(),
    modules: [...modules]
      .map(([file, hash]): [string, string] => [path.relative(config.root, file), hash])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  };
  writeFileSync(path.join(temporary, 'manifest.json'), JSON.stringify(manifest));
  const target = path.join(cache.dir, cache.key);
  rmSync(target, { recursive: true, force: true });
  renameSync(temporary, target);
  forgetOldBundles(cache.dir);
}

function forgetOldBundles(dir: string): void {
  const kept = readdirSync(dir)
    .filter((name) => /^[0-9a-f]{32}$/.test(name))
    .map((name) => ({ name, modified: statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.modified - a.modified);
  for (const { name } of kept.slice(KEPT_BUNDLES)) {
    rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}
