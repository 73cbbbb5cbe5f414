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
  /** When the build that read the file started reading (see `unchangedEntry`). */
  scannedAt: number;
};

/**
 * One content folder's index, kept in the content cache as a single file: a rebuild stats each
 * article and takes what the index holds for a file whose size, times and inode are as they
 * were, without reading the file or a cache file per article (10,000 small reads were most of
 * a one-article rebuild). The file is a log: a rebuild appends the entries it changed (a later
 * line wins; a line with a name only deletes it), and it is rewritten whole once a fifth of its
 * lines are stale. `lines` counts them.
 */
export type ContentIndex = { entries: Map<string, IndexEntry>; lines: number };

const VERSION = 2;
/**
 * A file changed this long before the scan that read it could change again with the same
 * times on a coarse-grained file system (2 s on FAT): such an entry is checked by hash.
 */
const RACY_MS = 2_000;
const CHUNK = 1 << 23;

/** The index file of the content folder `contentDir` in `cache`. */
export const contentIndexFile = (cache: ContentCache, contentDir: string): string =>
  path.join(cache.dir, `index-${sha1(path.resolve(contentDir)).slice(0, 16)}.ndjson`);

type Line =
  | [string, number, number, number, number, string, string, ArticleDigest, number]
  | [string];

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

const EMPTY = (): ContentIndex => ({ entries: new Map(), lines: 0 });

/** Reads the index in `file`; a missing, older or damaged one is empty (every file is read). */
export function readContentIndex(file: string): ContentIndex {
  const index = EMPTY();
  try {
    let first = true;
    forEachLine(file, (text) => {
      if (first) {
        first = false;
        const header = JSON.parse(text) as { version: number };
        if (header.version !== VERSION) throw new Error('an older index');
        return;
      }
      // Our own file, written under the same version: trusted as it is, but for a partial
      // last line an interrupted append may leave. Its file's older line, if any, still holds
      // the older times, so that file is read again; the next update rewrites the index.
      let line: Line;
      try {
        line = JSON.parse(text) as Line;
      } catch {
        index.lines = Infinity;
        return;
      }
      index.lines++;
      if (line.length === 1) {
        index.entries.delete(line[0]);
        return;
      }
      const [name, size, mtimeMs, ctimeMs, ino, textHash, key, digest, scannedAt] = line;
      index.entries.set(name, {
        file: name,
        ...{ size, mtimeMs, ctimeMs, ino, textHash, key, digest, scannedAt },
      });
    });
  } catch {
    return EMPTY();
  }
  return index;
}

const lineOf = (e: IndexEntry): Line => [
  e.file,
  ...[e.size, e.mtimeMs, e.ctimeMs, e.ino] as const,
  ...[e.textHash, e.key, e.digest, e.scannedAt] as const,
];

/**
 * Writes `lines` to `fd` through one buffer of a few megabytes: each line's text is copied in
 * and dropped at once, so it dies young. Joining lines into strings of megabytes left them
 * for V8's full collections: at 100,000 articles the heap grew by ~400 MB while the index
 * (250 MB of JSON) was written.
 */
function writeLines(fd: number, lines: Iterable<Line>, first = ''): number {
  const buffer = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  const put = (text: string) => {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: what might not fit goes after a flush.
    if (text.length * 3 <= CHUNK - used) {
      used += buffer.write(text, used);
      return;
    }
    writeSync(fd, buffer, 0, used);
    used = 0;
    if (text.length * 3 <= CHUNK) used = buffer.write(text);
    else writeSync(fd, text);
  };
  put(first);
  let count = 0;
  for (const line of lines) {
    put(`${JSON.stringify(line)}\n`);
    count++;
  }
  writeSync(fd, buffer, 0, used);
  return count;
}

function* map<T, U>(items: Iterable<T>, each: (item: T) => U): Iterable<U> {
  for (const item of items) yield each(item);
}

/**
 * Brings the index in `file` up to date: appends the entries that changed and deletions for
 * files that are gone, or, when `index` was empty or would hold more than a quarter as many
 * stale lines as live ones (every file parsed again after a change to the code, say), writes `entries`
 * whole under a temporary name and renames it into place, so an interrupted build leaves the
 * previous index.
 */
export function updateContentIndex(
  file: string,
  index: ContentIndex,
  entries: ReadonlyMap<string, IndexEntry>,
  changed: Iterable<IndexEntry>,
  removed: Iterable<string>,
): void {
  const appended = [...map(changed, lineOf), ...map(removed, (name): Line => [name])];
  if (appended.length === 0) return;
  // Every rebuild reads the whole file: at 10,000 articles each stale line costs as much as a
  // live one (appending a whole re-parse doubled the index to 51 MB, ~0.3 s more per rebuild).
  if (index.lines > 0 && index.lines + appended.length <= entries.size * 1.25 + 100) {
    const fd = openSync(file, 'a');
    try {
      writeLines(fd, appended);
    } finally {
      closeSync(fd);
    }
    return;
  }
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeLines(fd, map(entries.values(), lineOf), `${JSON.stringify({ version: VERSION })}\n`);
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
  const settled = entry.mtimeMs < entry.scannedAt - RACY_MS;
  return same && settled ? entry : null;
}
