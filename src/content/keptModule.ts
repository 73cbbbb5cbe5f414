import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { writeWhole } from './writeWhole.ts';

/** A module built from TypeScript and kept: where it is, and the files it was made from. */
export type KeptModule = { file: string; inputs: string[] };

/** What `dir/inputs.json` holds: the files (relative to the code root) the last build bundled. */
type InputList = { inputs: string[] };

/** Modules of earlier code kept beside the newest (switching branches back and forth). */
const KEEP = 4;

/** Bumped when the way modules are built changes, so that older builds are not taken. */
const RECIPE = 'kept-module 1';

/** A name for `inputs` as they are now; null when one is gone. */
function keyOf(codeRoot: string, inputs: string[], salt: string): string | null {
  const hash = createHash('sha256').update(RECIPE).update('\0').update(salt);
  for (const input of inputs) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.resolve(codeRoot, input));
    } catch {
      return null;
    }
    hash.update(`\0${input}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex').slice(0, 16);
}

function readInputs(dir: string): string[] | null {
  try {
    const { inputs } = JSON.parse(readFileSync(path.join(dir, 'inputs.json'), 'utf8')) as InputList;
    return Array.isArray(inputs) && inputs.every((input) => typeof input === 'string') ? inputs : null;
  } catch {
    return null;
  }
}

/**
 * `import.meta.url`, `dirname` and `filename` stay those of the source file (as in Vite's own
 * bundle of a config file): the module runs from the cache folder, but finds its code root by them.
 */
function originalLocations(modules: Set<string>): Plugin {
  return {
    name: 'saywire-original-locations',
    // Every module the bundle read, even one whose code was all inlined or shaken out.
    buildEnd() {
      for (const id of this.getModuleIds()) modules.add(id);
    },
    transform(code, id) {
      if (!code.includes('import.meta.') || id.includes('/node_modules/')) return null;
      const file = id.split('?')[0] ?? id;
      return code
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(file)))
        .replaceAll('import.meta.filename', JSON.stringify(file));
    },
  };
}

/** Bundles `entry` (packages left to Node) into one ES module; its text and its own files. */
async function bundle(codeRoot: string, entry: string): Promise<{ code: string; inputs: string[] }> {
  const { build } = await import('vite');
  // A build outside Vite would otherwise set NODE_ENV for the whole process.
  const nodeEnv = process.env.NODE_ENV;
  const modules = new Set<string>();
  let output;
  try {
    output = await build({
      configFile: false,
      root: codeRoot,
      logLevel: 'warn',
      publicDir: false,
      plugins: [originalLocations(modules)],
      build: {
        ssr: path.resolve(codeRoot, entry),
        write: false,
        copyPublicDir: false,
        minify: false,
        target: 'node20',
        rollupOptions: { output: { codeSplitting: false } },
      },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((result) => ('output' in result ? result.output : []))
    .filter((file) => file.type === 'chunk');
  const [chunk] = chunks;
  if (!chunk || chunks.length > 1) throw new Error(`${entry}: expected one module, got ${chunks.length}`);
  const inputs = [...modules]
    .filter((id) => !id.startsWith('\0') && path.isAbsolute(id))
    .map((id) => path.relative(codeRoot, id.split('?')[0] ?? id).split(path.sep).join('/'))
    .sort();
  return { code: chunk.code, inputs };
}

/**
 * The module `entry` (TypeScript, under `codeRoot`) as one plain ES module in `dir`, built only
 * when a file it was made from changed: Node 20 does not run TypeScript, and bundling a module
 * with everything it imports on every start of a process costs more than hashing those files.
 * Kept by a hash of their bytes and of `salt` (the bundler's version); packages are imported
 * from `node_modules` as they are. Writes are atomic, so builds may share the folder.
 */
export async function keptModule(
  codeRoot: string,
  entry: string,
  dir: string,
  salt: string,
): Promise<KeptModule> {
  const name = path.basename(entry).replace(/\.tsx?$/, '');
  const last = readInputs(dir);
  const key = last && keyOf(codeRoot, last, salt);
  const kept = key && path.join(dir, `${name}-${key}.mjs`);
  if (kept && last && statSync(kept, { throwIfNoEntry: false })) return { file: kept, inputs: last };

  const { code, inputs } = await bundle(codeRoot, entry);
  const built = keyOf(codeRoot, inputs, salt);
  if (!built) throw new Error(`${entry}: a file it was built from is gone`);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}-${built}.mjs`);
  writeWhole(file, code);
  writeWhole(path.join(dir, 'inputs.json'), JSON.stringify({ inputs } satisfies InputList));
  const older = readdirSync(dir)
    .filter((other) => other.startsWith(`${name}-`) && other.endsWith('.mjs'))
    .map((other) => ({ other, time: statSync(path.join(dir, other)).mtimeMs }))
    .sort((a, b) => b.time - a.time)
    .slice(KEEP + 1);
  for (const { other } of older) rmSync(path.join(dir, other), { force: true });
  return { file, inputs };
}
