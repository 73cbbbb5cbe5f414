import { closeSync, openSync, readSync, renameSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { ArticleDigest } from './articleDigest.ts';
import { sha1, type ContentCache } from './contentCache.ts';

/**
 * What the last build knew of one article file: the file's size, times and inode when it was
 * read, the hash of its bytes, its cache key and its digest.
 */
export type IndexEntry = {
  file: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  textHash: string;
  key: string;
  digest: ArticleDigest;
};

/**
 * One content folder's index, kept in the content cache as a single file: a rebuild stats each
 * article and takes what the index holds for a file whose size, times and inode are as they
 * were, without reading the file or a cache file per article (10,000 small reads were most of
 * a one-article rebuild). `scannedAt` is when the build that wrote it started reading files.
 */
export type ContentIndex = { scannedAt: number; entries: Map<string, IndexEntry> };

const VERSION = 1;
/**
 * A file changed this long before the scan that read it could change again with the same
 * times on a coarse-grained file system (2 s on FAT): such an entry is checked by hash.
 */
const RACY_MS = 2_000;
const CHUNK = 1 << 23;

/** The index file of the content folder `contentDir` in `cache`. */
export const contentIndexFile = (cache: ContentCache, contentDir: string): string =>
  path.join(cache.dir, `index-${sha1(path.resolve(contentDir)).slice(0, 16)}.ndjson`);

type Line = [string, number, number, number, number, string, string, ArticleDigest];

/** Calls `each` with every line of `file`, read in chunks so a big index is never one string. */
function forEachLine(file: string, each: (line: string) => void): void {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let carry = Buffer.alloc(0);
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, null);
      if (read === 0) break;
      const chunk = carry.length > 0 ? Buffer.concat([carry, buffer.subarray(0, read)]) : buffer;
      const end = carry.length > 0 ? chunk.length : read;
      let start = 0;
      for (let newline = chunk.indexOf(10, start); newline >= 0 && newline < end; ) {
        each(chunk.toString('utf8', start, newline));
        start = newline + 1;
        newline = chunk.indexOf(10, start);
      }
      carry = Buffer.from(chunk.subarray(start, end));
    }
    if (carry.length > 0) each(carry.toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

/** Reads the index in `file`; a missing, older or damaged one is empty (every file is read). */
export function readContentIndex(file: string): ContentIndex {
  const entries = new Map<string, IndexEntry>();
  let scannedAt = 0;
  try {
    let first = true;
    forEachLine(file, (text) => {
      if (first) {
        first = false;
        const header = JSON.parse(text) as { version: number; scannedAt: number };
        if (header.version !== VERSION) throw new Error('an older index');
        scannedAt = header.scannedAt;
        return;
      }
      // Our own file, written by `writeContentIndex` under the same version: trusted as it is.
      const [name, size, mtimeMs, ctimeMs, ino, textHash, key, digest] = JSON.parse(text) as Line;
      entries.set(name, { file: name, size, mtimeMs, ctimeMs, ino, textHash, key, digest });
    });
  } catch {
    return { scannedAt: 0, entries: new Map() };
  }
  return { scannedAt, entries };
}

/**
 * Writes the index of this build under a temporary name and renames it into place, so an
 * interrupted build leaves the previous one.
 */
export function writeContentIndex(
  file: string,
  scannedAt: number,
  entries: Iterable<IndexEntry>,
): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    let pending = `${JSON.stringify({ version: VERSION, scannedAt })}\n`;
    for (const e of entries) {
      const line: Line = [e.file, e.size, e.mtimeMs, e.ctimeMs, e.ino, e.textHash, e.key, e.digest];
      pending += `${JSON.stringify(line)}\n`;
      if (pending.length > CHUNK) {
        writeSync(fd, pending);
        pending = '';
      }
    }
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/**
 * The entry for `file` if `stats` show it untouched since the index read it: same size, times
 * and inode, and not changed so close to that read that a second change could hide.
 */
export function unchangedEntry(
  index: ContentIndex,
  file: string,
  stats: Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>,
): IndexEntry | null {
  const entry = index.entries.get(file);
  if (!entry) return null;
  const same =
    entry.size === stats.size &&
    entry.mtimeMs === stats.mtimeMs &&
    entry.ctimeMs === stats.ctimeMs &&
    entry.ino === stats.ino;
  // The change time is never older than the modification time for a write, and is set to
  // now by `touch -d` and the like, so the modification time alone says whether a change
  // could hide in the same tick of the clock as the read.
  const settled = entry.mtimeMs < index.scannedAt - RACY_MS;
  return same && settled ? entry : null;
}
