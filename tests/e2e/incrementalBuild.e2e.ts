import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/gen/generateCorpus.ts';
import { writeCorpus } from '../../scripts/gen/writeCorpus.ts';
import { decodeArticleIndex } from '../../src/core/decodeWire.ts';
import { buildSite } from './builtSite.ts';

/**
 * The build's caches with the real app: a generated corpus built again and again into the same
 * folder, as `vite build` runs for a user, with one article's lead rewritten, then one article
 * deleted and another added, in between; after each, the folder is compared file by file with
 * a cold build of the same content (no caches, a fresh folder). Without a browser: what is
 * checked is the files the build wrote.
 */
const COUNT = 12;
const NEW_LEAD =
  'Lantern parade fills the old quay in Eastmoor for the first time in a decade. ' +
  'Thousands walked from the station to the harbour after dark.';

let work = '';
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'saywire-incremental-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const prerendered = (log: string) => {
  const match = /prerendered (\d+) pages \((\d+) rendered, (\d+) from the cache\)/.exec(log);
  if (!match) throw new Error(`the build did not say what it prerendered:\n${log}`);
  return { pages: Number(match[1]), rendered: Number(match[2]), reused: Number(match[3]) };
};

function headlines(outDir: string): Map<string, string> {
  const index = decodeArticleIndex(
    JSON.parse(readFileSync(path.join(outDir, 'data/index.json'), 'utf8')),
  );
  if (!index.ok) throw new Error(index.error);
  return new Map(index.value.articles.map((a) => [a.slug, a.headline]));
}

const html = (outDir: string, file: string) => readFileSync(path.join(outDir, file), 'utf8');
/** The file behind a page: a page linked from the cache keeps its inode from build to build. */
const inode = (outDir: string, file: string) => statSync(path.join(outDir, file)).ino;

/** A build with every cache off (`SAYWIRE_CACHE=0`) into a new folder: what a rebuild must equal. */
function coldBuild(contentDir: string, outDir: string): Promise<void> {
  const vite = path.join(import.meta.dirname, '../../node_modules/vite/bin/vite.js');
  const args = [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: path.join(import.meta.dirname, '../..'),
      env: { ...process.env, SAYWIRE_CONTENT_DIR: contentDir, SAYWIRE_CACHE: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`cold build failed (${code}):\n${errors}`)),
    );
  });
}

/** Every file under `dir` (relative path → its text), sorted by path. */
function filesOf(dir: string): Map<string, string> {
  const names = (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .sort();
  return new Map(names.map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
}

/**
 * Builds `contentDir` cold and expects `outDir` to hold the same files with the same bytes:
 * pages too (they carry no build time), and so the offline worker, whose version hashes the
 * precached files (a version that changed with no change to the site would prompt every
 * returning reader to reload and fetch the whole precache again).
 */
async function expectSameAsCold(contentDir: string, outDir: string): Promise<void> {
  const coldDir = path.join(work, `cold-${Date.now()}`);
  await coldBuild(contentDir, coldDir);
  const built = filesOf(outDir);
  const cold = filesOf(coldDir);
  expect([...built.keys()]).toEqual([...cold.keys()]);
  for (const [name, text] of cold) expect(built.get(name), name).toBe(text);
}

describe('an incremental build', () => {
  it('renders again what depends on a changed article, and nothing stale survives', async () => {
    const contentDir = path.join(work, 'content');
    const outDir = path.join(work, 'dist');
    mkdirSync(contentDir, { recursive: true });
    writeCorpus(contentDir, COUNT, 11, { mkdir: mkdirSync, writeFile: writeFileSync });
    await buildSite(contentDir, outDir, { logLevel: 'info' });
    const before = headlines(outDir);

    // Rewrite the lead of an article with a ` date …` header line: its headline, and so its
    // slug, change.
    const file = readdirSync(contentDir)
      .filter((name) => name.endsWith('.txt'))
      .find((name) => readFileSync(path.join(contentDir, name), 'utf8').startsWith(' date '));
    if (!file) throw new Error('the generator wrote no article with a header line');
    const text = readFileSync(path.join(contentDir, file), 'utf8');
    const [header, , ...rest] = text.split('\n\n');
    writeFileSync(path.join(contentDir, file), [header, NEW_LEAD, ...rest].join('\n\n'));
    const untouched = [...before.keys()].slice(-1).map((slug) => `articles/${slug}.html`)[0] ?? '';
    const untouchedInode = inode(outDir, untouched);
    const untouchedHtml = html(outDir, untouched);

    const log = await buildSite(contentDir, outDir, { logLevel: 'info' });
    const after = headlines(outDir);
    const gone = [...before.keys()].filter((slug) => !after.has(slug));
    const added = [...after.keys()].filter((slug) => !before.has(slug));
    expect(gone).toHaveLength(1);
    expect(added).toHaveLength(1);
    const oldHeadline = before.get(gone[0] ?? '') ?? '';
    const newHeadline = after.get(added[0] ?? '') ?? '';
    expect(newHeadline).toMatch(/^Lantern parade fills the old quay/);

    // The list page and the new article's page show the new headline; the old page is gone.
    expect(html(outDir, 'index.html')).toContain(newHeadline);
    expect(html(outDir, 'index.html')).not.toContain(oldHeadline);
    expect(html(outDir, `articles/${added[0]}.html`)).toContain(newHeadline);
    expect(() => statSync(path.join(outDir, `articles/${gone[0]}.html`))).toThrow(/ENOENT/);

    // An article that did not change was linked from the cache, not rendered again.
    const { pages, rendered, reused } = prerendered(log);
    expect(rendered).toBeGreaterThanOrEqual(2);
    expect(reused).toBeGreaterThanOrEqual(COUNT - 1);
    expect(rendered + reused).toBe(pages);
    expect(inode(outDir, untouched)).toBe(untouchedInode);
    expect(html(outDir, untouched)).toBe(untouchedHtml);
    await expectSameAsCold(contentDir, outDir);

    // One article deleted, another added: positions shift, so most list files change.
    const [deleted = ''] = readdirSync(contentDir).filter((n) => n.endsWith('.txt') && n !== file);
    renameSync(path.join(contentDir, deleted), path.join(work, deleted));
    const [newArticle] = generateCorpus(1, 99);
    if (!newArticle) throw new Error('the generator wrote no article');
    writeFileSync(path.join(contentDir, 'added.txt'), newArticle.text);
    await buildSite(contentDir, outDir);
    await expectSameAsCold(contentDir, outDir);
  }, 600_000);
});
