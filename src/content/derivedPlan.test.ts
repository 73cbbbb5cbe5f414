// @vitest-environment node
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCorpus, syntheticTaxonomy } from '../../scripts/gen/generateCorpus.ts';
import { openContentCache, type ContentCache } from './contentCache.ts';
import type { ContentOutputs, StoreOutput } from './contentOutputs.ts';
import { runContentPipeline, type PipelineRun } from './runContentPipeline.ts';
import { dataFile, dataStore, openSiteCache, saveSiteCache, type SiteCache } from './siteCache.ts';
import { makeContentDir } from './testFixtures.ts';
import { sourceId } from './writeOutputs.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

const root = path.resolve(import.meta.dirname, '../..');
/** More than a list page (50) of generated articles, so a change leaves whole pages alone. */
const COUNT = 70;

async function corpus() {
  const files = Object.fromEntries(
    [...generateCorpus(COUNT, 5)].map(({ file, text }) => [file, text]),
  );
  const made = await makeContentDir({
    'topics.json': JSON.stringify(syntheticTaxonomy()),
    ...files,
  });
  cleanups.push(made.cleanup);
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'saywire-cache-'));
  cleanups.push(() => rm(cacheDir, { recursive: true, force: true }));
  const cache = await openContentCache(cacheDir, root);
  return { dir: made.dir, names: Object.keys(files), cache, siteDir: path.join(cacheDir, 'site') };
}

const texts = (outputs: ContentOutputs) =>
  new Map(
    [...outputs].map(([file, source]) => [
      file,
      typeof source === 'string' ? source : readFileSync(source.file, 'utf8'),
    ]),
  );

const succeeded = (run: PipelineRun) => {
  if (!run.ok) throw new Error(run.errors.join('\n'));
  return run;
};

/**
 * A rebuild as the Vite plugin runs one: from the site cache's record of the last build, with
 * its data store (counting the files made and stored again), then saved for the next.
 */
async function rebuild(dir: string, cache: ContentCache, siteDir: string) {
  const site: SiteCache = openSiteCache(siteDir, dir);
  const data = dataStore(site);
  let made = 0;
  const store: StoreOutput = (json, check) => {
    made++;
    return data.store(json, check);
  };
  const last = site.last;
  const run = succeeded(
    await runContentPipeline(dir, 'content', {
      cache,
      store,
      since: last && {
        basis: last,
        files: last.files,
        reuse: data.reuse,
        read: (hash) => readFileSync(dataFile(site.dir, hash), 'utf8'),
      },
    }),
  );
  const files = new Map([...run.outputs].map(([file, source]) => [file, sourceId(source)]));
  saveSiteCache(site, data.stored, run.basis && { id: 'b', outDir: '', files, ...run.basis });
  return { run, made };
}

/** The same folder built from nothing: no content cache, no site cache, text in memory. */
const cold = async (dir: string) =>
  texts(succeeded(await runContentPipeline(dir, 'content')).outputs);

const phasesOf = (run: PipelineRun) => (run.ok ? [...run.stats.phases.keys()] : []);

describe('a rebuild after articles changed', () => {
  it('makes again only the files a changed article touches, and they equal a cold build', async () => {
    const { dir, names, cache, siteDir } = await corpus();
    await rebuild(dir, cache, siteDir);
    const file = path.join(dir, names[40] ?? '');
    const original = await readFile(file, 'utf8');
    expect(original).toMatch(/["“]/);

    // A new word in a quotation (a search shard of its own, the speaker's profile) and a new
    // speaker (the article's list row and page, the speaker's shard, profile and directory).
    const quote = '\n\nZelda Quorum, the harbour master of Eastmoor, said: "We open on Monday."\n';
    await writeFile(file, `${original.replace(/["“]/, '$&Qxqxq ')}${quote}`);
    const edited = await rebuild(dir, cache, siteDir);
    expect(phasesOf(edited.run)).toContain('content.outputs.changed');
    expect(texts(edited.run.outputs)).toEqual(await cold(dir));
    expect(edited.run.ok && edited.run.outputs.has('data/search/terms/qx.json')).toBe(true);
    expect(edited.run.ok && edited.run.outputs.has('data/speakers/zelda-quorum.json')).toBe(true);
    // Of ~250 derived files, the few the article is in are made again.
    expect(edited.made).toBeGreaterThan(0);
    expect(edited.made).toBeLessThan(40);

    // The word gone again: so is its shard.
    await writeFile(file, original);
    const reverted = await rebuild(dir, cache, siteDir);
    expect(phasesOf(reverted.run)).toContain('content.outputs.changed');
    expect(texts(reverted.run.outputs)).toEqual(await cold(dir));
    expect(reverted.run.ok && reverted.run.outputs.has('data/search/terms/qx.json')).toBe(false);
    expect(reverted.run.ok && reverted.run.outputs.has('data/speakers/zelda-quorum.json')).toBe(
      false,
    );
  });

  it('equals a cold build after an article is added or deleted (positions shift: all is made)', async () => {
    const { dir, names, cache, siteDir } = await corpus();
    await rebuild(dir, cache, siteDir);
    const [gone = ''] = names.slice(-1);
    const text = await readFile(path.join(dir, gone), 'utf8');

    await unlink(path.join(dir, gone));
    const deleted = await rebuild(dir, cache, siteDir);
    expect(phasesOf(deleted.run)).toContain('content.outputs');
    expect(texts(deleted.run.outputs)).toEqual(await cold(dir));

    await writeFile(path.join(dir, 'added.txt'), text);
    const added = await rebuild(dir, cache, siteDir);
    expect(texts(added.run.outputs)).toEqual(await cold(dir));

    // Nothing changed since: nothing is made but the files every build makes (index, report…).
    const again = await rebuild(dir, cache, siteDir);
    expect(texts(again.run.outputs)).toEqual(await cold(dir));
    expect(again.made).toBeLessThan(10);
  });
});
