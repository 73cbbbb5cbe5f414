import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** The site's folders of thousands of files (data files and prerendered pages). */
const BULKY = ['data', 'articles', 'speakers', 'topics'];

const TRASH = '.saywire-old-';

/** Deletes `dirs` on a worker thread, so the main thread goes on with the build. */
const removeOnThread = (dirs: string[]): Promise<void> =>
  new Promise((resolve, reject) => {
    const code = `const { rmSync } = require('node:fs');
      for (const dir of require('node:worker_threads').workerData) rmSync(dir, { recursive: true, force: true });`;
    const worker = new Worker(code, { eval: true, workerData: dirs });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`deleting ${dirs.join(', ')} stopped (${code})`)),
    );
  });

/**
 * Empties the site's bulky folders out of `outDir` before a build that empties it: each is
 * renamed into a sibling folder (`dist.saywire-old-<pid>`), an instant move, and deleted on a
 * worker thread while the build goes on; Vite's own emptying then finds a few files. Deleting
 * the 45,000 files of a 10,000-article site took Vite ~1–2.5 s on the main thread of every
 * rebuild. A folder left by a build that was killed is deleted with it. Resolves once all
 * is deleted: the build waits for it before it ends.
 */
export function clearBulkyFolders(outDir: string): Promise<void> {
  const parent = path.dirname(outDir);
  const prefix = `${path.basename(outDir)}${TRASH}`;
  const trash = path.join(parent, `${prefix}${process.pid}`);
  let moved = false;
  for (const name of BULKY) {
    try {
      if (!moved) mkdirSync(trash, { recursive: true });
      renameSync(path.join(outDir, name), path.join(trash, name));
      moved = true;
    } catch {
      // Not there (a first build), or not movable: Vite's emptying deletes what is left.
    }
  }
  let stale: string[];
  try {
    stale = readdirSync(parent).filter((name) => name.startsWith(prefix));
  } catch {
    return Promise.resolve();
  }
  return stale.length > 0
    ? removeOnThread(stale.map((name) => path.join(parent, name)))
    : Promise.resolve();
}
