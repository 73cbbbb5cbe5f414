// @vitest-environment node
import { existsSync } from 'node:fs';
import { mkdtemp, rm, utimes, writeFile, appendFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCorpus, syntheticTaxonomy } from '../../scripts/gen/generateCorpus.ts';
import { compileContent } from './compileContent.ts';
import { cachedArticle, openContentCache } from './contentCache.ts';
import { brokenFiles, makeContentDirWithTaxonomy } from './testFixtures.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

const root = path.resolve(import.meta.dirname, '../..');

/** Four generated articles, written a minute ago so the index may trust their times. */
async function corpus(extra: Record<string, string | Uint8Array> = {}) {
  const files = Object.fromEntries([...generateCorpus(4, 3)].map(({ file, text }) => [file, text]));
  const taxonomy = JSON.stringify(syntheticTaxonomy());
  const made = await makeContentDirWithTaxonomy({ 'topics.json': taxonomy, ...files, ...extra });
  cleanups.push(made.cleanup);
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'saywire-cache-'));
  cleanups.push(() => rm(cacheDir, { recursive: true, force: true }));
  const names = [...Object.keys(files), ...Object.keys(extra)];
  for (const name of names) await settle(path.join(made.dir, name));
  return { dir: made.dir, names: Object.keys(files), cache: await openContentCache(cacheDir, root) };
}

/** Dates a file a minute back, as a file saved before the build started. */
const settle = (file: string, secondsAgo = 60) => {
  const when = new Date(Date.now() - secondsAgo * 1000);
  return utimes(file, when, when);
};

describe('compileContent with a cache', () => {
  it('reads and parses only the file that changed; an untouched one is not even read', async () => {
    const { dir, names, cache } = await corpus();
    const first = await compileContent(dir, cache);
    expect(first).toMatchObject({ parsed: 4, read: 4 });

    const unchanged = await compileContent(dir, cache);
    expect(unchanged).toMatchObject({ parsed: 0, read: 0 });
    expect(unchanged.build).toEqual(first.build);

    const changed = names[1] ?? '';
    await appendFile(path.join(dir, changed), '\n"We will see," the mayor said.\n');
    await settle(path.join(dir, changed), 30);
    const after = await compileContent(dir, cache);
    expect(after).toMatchObject({ parsed: 1, read: 1 });
    const digest = after.build.articles.find((article) => article.source === changed);
    expect(digest?.quotes.at(-1)?.text).toBe('We will see,');
    // The other articles are the very digests of the first run.
    const others = (run: typeof first) => run.build.articles.filter((a) => a.source !== changed);
    expect(others(after)).toEqual(others(first));
  });

  it('reads a touched file again but does not parse it when its bytes are the same', async () => {
    const { dir, names, cache } = await corpus();
    await compileContent(dir, cache);
    await settle(path.join(dir, names[0] ?? ''), 30);

    expect(await compileContent(dir, cache)).toMatchObject({ parsed: 0, read: 1 });
    expect(await compileContent(dir, cache)).toMatchObject({ parsed: 0, read: 0 });
  });

  it('checks by hash a file changed just before the scan, whose times could hide a second change', async () => {
    const { dir, names, cache } = await corpus();
    const file = path.join(dir, names[2] ?? '');
    await writeFile(file, (await readFile(file, 'utf8')).replace('said', 'says'));
    // Saved "now": the next build reads it even though its size and times look the same.
    await compileContent(dir, cache);
    const again = await compileContent(dir, cache);
    expect(again.read).toBeGreaterThanOrEqual(1);
    expect(again.parsed).toBe(0);
  });

  it('parses again an untouched article whose cached JSON was deleted, and only that one', async () => {
    const { dir, names, cache } = await corpus();
    const first = await compileContent(dir, cache);
    const gone = names[3] ?? '';
    await rm(cachedArticle(cache, first.keys.get(gone) ?? '').file);

    const again = await compileContent(dir, cache);
    expect(again).toMatchObject({ parsed: 1, read: 1 });
    const sources = [...again.articleFiles.values()].map((source) =>
      typeof source === 'string' ? source : source.file,
    );
    expect(sources.every((file) => existsSync(file))).toBe(true);
    expect(await compileContent(dir, cache)).toMatchObject({ parsed: 0, read: 0 });
  });

  it('parses everything again when the taxonomy changes', async () => {
    const { dir, cache } = await corpus();
    await compileContent(dir, cache);
    const taxonomy = JSON.parse(await readFile(path.join(dir, 'topics.json'), 'utf8'));
    taxonomy.topics.pop();
    await writeFile(path.join(dir, 'topics.json'), JSON.stringify(taxonomy));

    expect(await compileContent(dir, cache)).toMatchObject({ parsed: 4, read: 4 });
  });

  it('reports a broken file with its line on every run, cached or not', async () => {
    const { dir, cache } = await corpus({ 'bad-date.txt': brokenFiles['bad-date.txt'] });
    const first = await compileContent(dir, cache);
    const second = await compileContent(dir, cache);

    const expected = expect.objectContaining({ file: 'bad-date.txt', line: 1 });
    expect(first.build.errors).toEqual([expected]);
    expect(second.build.errors).toEqual(first.build.errors);
  });
});
