/**
 * Content folders for the pipeline's tests, made fresh in a temporary directory per test so
 * nothing binary or broken is committed. The good article and taxonomy are the real ones the
 * reader ships with (`content/`); every other file is synthetic and says what it breaks.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { shortHash } from '../core/text/slugify.ts';

const REPO_CONTENT = path.resolve(import.meta.dirname, '../../content');

/** The sample article shipped in `content/` (an ANI report, 2024-11-19). */
export async function sampleArticle(): Promise<{ file: string; text: string }> {
  const file = (await readdir(REPO_CONTENT)).find((name) => name.endsWith('.txt'));
  if (!file) throw new Error(`no sample article in ${REPO_CONTENT}`);
  return { file, text: await readFile(path.join(REPO_CONTENT, file), 'utf8') };
}

/** The topic taxonomy shipped in `content/topics.json`. */
export const sampleTaxonomy = () => readFile(path.join(REPO_CONTENT, 'topics.json'), 'utf8');

/** Synthetic files, one per way a content file can go wrong. */
export const brokenFiles = {
  /** Empty: no header, no body. */
  'empty.txt': '',
  /** The first bytes of a PNG image: binary, with NUL bytes on line 3. */
  'image.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  /** Latin-1 "café" on line 3: 0xE9 is not UTF-8. */
  'latin1.txt': Uint8Array.from([
    ...new TextEncoder().encode(' date 2024-05-01 By A Writer\n\nLONDON — A short piece about '),
    ...new TextEncoder().encode('food.\n\nThe caf'),
    0xe9,
    ...new TextEncoder().encode(' opened on Monday.\n'),
  ]),
  /** A header whose date is not a calendar day. */
  'bad-date.txt': ' date 2024-13-45 By A Writer\n\nLONDON — Something happened today.\n',
};

/**
 * Two file names whose slug hashes collide, found by search: with the same lead they get the same
 * slug, which only duplicate detection can catch.
 */
export function collidingFileNames(): [string, string] {
  const seen = new Map<string, string>();
  for (let i = 0; ; i++) {
    const name = `clash-${i}.txt`;
    const hash = shortHash(name);
    const earlier = seen.get(hash);
    if (earlier) return [earlier, name];
    seen.set(hash, name);
  }
}

/** A temporary content folder holding `files`; remove it with `cleanup`. */
export async function makeContentDir(
  files: Record<string, string | Uint8Array>,
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'saywire-content-'));
  await Promise.all(
    Object.entries(files).map(([name, body]) => writeFile(path.join(dir, name), body)),
  );
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A content folder holding the shipped taxonomy (unless `files` replaces it) and `files`. */
export async function makeContentDirWithTaxonomy(
  files: Record<string, string | Uint8Array>,
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  return makeContentDir({ 'topics.json': await sampleTaxonomy(), ...files });
}

/**
 * A minimal Vite site: an index.html, one script, and in `content/` the shipped taxonomy, the
 * sample article and any `extra` files.
 */
export async function makeSampleSite(
  extra: Record<string, string | Uint8Array> = {},
): Promise<{ root: string; content: string; cleanup: () => Promise<void> }> {
  const sample = await sampleArticle();
  const site = await makeContentDir({
    'index.html': '<!doctype html><title>t</title><script type="module" src="/main.js"></script>',
    'main.js': 'document.title = "site";',
  });
  const content = path.join(site.dir, 'content');
  await mkdir(content);
  const files = { 'topics.json': await sampleTaxonomy(), [sample.file]: sample.text, ...extra };
  for (const [name, body] of Object.entries(files)) await writeFile(path.join(content, name), body);
  return { root: site.dir, content, cleanup: site.cleanup };
}

/**
 * Where a test's dev or preview server listens: a port the system picks as the server binds
 * it. Asking the system for a free port first and passing it on left a gap in which another
 * process on a shared machine could take it (EADDRINUSE).
 */
export const ANY_PORT = { port: 0, strictPort: true, host: '127.0.0.1' };

/** The URL of `file` on a listening server (its base included), by the address it bound. */
export function servedAt(server: {
  resolvedUrls: { local: string[] } | null;
}): (file: string) => string {
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('the server is not listening');
  return (file) => new URL(file, base).href;
}
