import { mkdirSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** The site's folders of thousands of files (data files and prerendered pages). */
const BULKY = ['data', 'articles', 'speakers', 'topics'];

const TRASH = '.saywire-old-';

/** Deletes `dirs` on a worker thread, so the main thread goes on with the build. */
export const removeOnThread = (dirs: string[]): Promise<void> =>
  new Promise((resolve, reject) => {
    const code = `const { rmSync } = require('node:fs');
      for (const dir of require('node:worker_threads').workerData) rmSync(dir, { recursive: true, force: true });`;
    const worker = new Worker(code, { eval: true, workerData: dirs });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`deleting ${dirs.join(', ')} stopped (${code})`)),
    );
  });

/** Where `clearBulkyFolders` put the bulky folders it kept, for `restoreBulkyFolders`. */
export type KeptFolders = { dir: string; names: string[] };

/**
 * Empties the site's bulky folders out of `outDir` before a build that empties it: each is
 * renamed into a sibling folder (`dist.saywire-old-<pid>`), an instant move, and deleted on a
 * worker thread while the build goes on; Vite's own emptying then finds a few files. Deleting
 * the 45,000 files of a 10,000-article site took Vite ~1–2.5 s on the main thread of every
 * rebuild. A folder left by a build that was killed is deleted with it. `deleted` resolves
 * once all is deleted: the build waits for it before it ends.
 *
 * With `keep` (the folder holds exactly what the site's last build wrote: see
 * `keptOutput.ts`), the folders are moved aside but kept (`kept`), for the build to put back
 * once Vite has emptied the folder and to change only the files that differ.
 */
export function clearBulkyFolders(
  outDir: string,
  { keep = false } = {},
): { deleted: Promise<void>; kept: KeptFolders | null } {
  const parent = path.dirname(outDir);
  const prefix = `${path.basename(outDir)}${TRASH}`;
  const aside = path.join(parent, `${prefix}${keep ? 'keep-' : ''}${process.pid}`);
  let stale: string[];
  try {
    // Listed before this build moves anything: only what earlier builds left is stale.
    stale = readdirSync(parent).filter((name) => name.startsWith(prefix));
  } catch {
    stale = [];
  }
  const moved: string[] = [];
  for (const name of BULKY) {
    try {
      mkdirSync(aside, { recursive: true });
      renameSync(path.join(outDir, name), path.join(aside, name));
      moved.push(name);
    } catch {
      // Not there (a first build), or not movable: Vite's emptying deletes what is left.
    }
  }
  if (moved.length === 0) {
    try {
      rmdirSync(aside);
    } catch {
      // Never made: there was no folder to move.
    }
  } else if (!keep) {
    stale.push(path.basename(aside));
  }
  const deleted =
    stale.length > 0
      ? removeOnThread(stale.map((name) => path.join(parent, name)))
      : Promise.resolve();
  return { deleted, kept: keep && moved.length > 0 ? { dir: aside, names: moved } : null };
}

/**
 * Puts the folders `clearBulkyFolders` kept back into `outDir`; false, with nothing moved back
 * that is not put aside again for deletion, when one cannot go back (Vite wrote a folder of
 * that name). Either way the kept folder is gone or returned in the promise to wait for.
 */
export function restoreBulkyFolders(
  kept: KeptFolders,
  outDir: string,
): { restored: boolean; deleted: Promise<void> } {
  const back: string[] = [];
  for (const name of kept.names) {
    try {
      renameSync(path.join(kept.dir, name), path.join(outDir, name));
      back.push(name);
    } catch {
      // Undo: a partly restored folder would hold files no record describes.
      for (const done of back) renameSync(path.join(outDir, done), path.join(kept.dir, done));
      return { restored: false, deleted: removeOnThread([kept.dir]) };
    }
  }
  rmdirSync(kept.dir);
  return { restored: true, deleted: Promise.resolve() };
}
