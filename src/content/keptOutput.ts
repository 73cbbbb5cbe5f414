import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha1 } from './contentCache.ts';
import { removeQuietly, type SiteCache } from './siteCache.ts';

/**
 * Whether a build folder still holds exactly what this site's last build wrote there. A build
 * stamps the folder (a file in the site cache named after the folder, holding the build's id)
 * once it has written everything; the next build removes the stamp before it changes anything.
 * So a stamp that names the site's last build means that no build of this or any other site,
 * finished or interrupted, wrote to the folder since, and the data files and pages in it can
 * stay where they are: a rebuild writes only the files that differ and deletes the ones that
 * are gone. Someone editing files in the build folder by hand is not noticed; deleting the
 * folder, or `SAYWIRE_CACHE=0`, writes everything again.
 */
const stampFile = (siteDir: string, outDir: string) =>
  path.join(siteDir, `out-${sha1(path.resolve(outDir)).slice(0, 16)}.json`);

/**
 * True if `outDir` holds what `site.last` says; either way the stamp is removed, since the
 * build that asks is about to change the folder.
 */
export function claimOutDir(site: SiteCache, outDir: string): boolean {
  const file = stampFile(site.dir, outDir);
  let stamped: string | null = null;
  try {
    stamped = (JSON.parse(readFileSync(file, 'utf8')) as { build?: string }).build ?? null;
  } catch {
    // No stamp: a first build into this folder, or one that did not finish.
  }
  removeQuietly(file);
  const last = site.last;
  return last !== null && stamped === last.id && last.outDir === path.resolve(outDir);
}

/** Stamps `outDir` as holding what build `id` wrote (after the site cache is saved). */
export function stampOutDir(site: SiteCache, outDir: string, id: string): void {
  writeFileSync(stampFile(site.dir, outDir), JSON.stringify({ build: id }));
}

/**
 * Removes the stamp the site cache in `siteDir` may hold for `outDir`: a build that does not
 * use that cache (`SAYWIRE_CACHE=0`) is about to write the folder, and the next build that
 * does must not take what it finds there for its own last build's files.
 */
export function unstampOutDir(siteDir: string, outDir: string): void {
  removeQuietly(stampFile(siteDir, outDir));
}

/** A new build id: unique enough for one machine's builds of one folder. */
export const newBuildId = (): string => sha1(String(process.pid), String(Date.now()), String(Math.random())).slice(0, 16);
