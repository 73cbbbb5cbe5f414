// @vitest-environment node
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, syntheticTaxonomy } from '../../scripts/gen/generateCorpus.ts';
import type { Taxonomy } from '../core/topics/taxonomy.ts';
import { compileArticle, type ArticleJob } from './compileArticle.ts';
import { compileContent } from './compileContent.ts';
import { sha1 } from './contentCache.ts';
import { openParsePool } from './parsePool.ts';
import { buildParseWorker, type BuiltParseWorker } from './parseWorkerBuild.ts';
import { brokenFiles, makeContentDirWithTaxonomy } from './testFixtures.ts';

const root = path.resolve(import.meta.dirname, '../..');
let worker: BuiltParseWorker;
beforeAll(async () => {
  worker = await buildParseWorker(root, null);
}, 120_000);
afterAll(() => worker.dispose());

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

const taxonomy = syntheticTaxonomy() as Taxonomy;
const job = (file: string, text: string | Uint8Array): ArticleJob => {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return { file, bytes, textHash: sha1(bytes), key: '' };
};

describe('the parse pool', () => {
  it('gives every file the outcome the main thread would, errors with their file and line', async () => {
    const jobs = [
      ...[...generateCorpus(40, 5)].map(({ file, text }) => job(file, text)),
      ...Object.entries(brokenFiles).map(([file, bytes]) => job(file, bytes)),
    ];
    const pool = openParsePool(worker.file, 2, { taxonomy, cache: null });
    try {
      const outcomes = await Promise.all(jobs.map((one) => pool.compile(one)));
      expect(outcomes).toEqual(jobs.map((one) => compileArticle(one, taxonomy, null)));
      const latin1 = outcomes[jobs.findIndex((one) => one.file === 'latin1.txt')];
      expect(latin1).toEqual({
        ok: false,
        error: expect.objectContaining({ file: 'latin1.txt', line: 5 }),
      });
    } finally {
      await pool.close();
    }
  });

  it('names the file whose parse threw', async () => {
    // A taxonomy the worker cannot use makes tagging throw inside the worker.
    const broken = { topics: null } as unknown as Taxonomy;
    const pool = openParsePool(worker.file, 1, { taxonomy: broken, cache: null });
    try {
      const [article] = [...generateCorpus(1, 5)];
      await expect(pool.compile(job('a-bad-one.txt', article?.text ?? ''))).rejects.toThrow(
        /Saywire bug while compiling a-bad-one\.txt: TypeError/,
      );
    } finally {
      await pool.close();
    }
  });

  it('fails every job, naming the files, when the worker cannot start', async () => {
    const pool = openParsePool(path.join(root, 'no-such-worker.mjs'), 1, { taxonomy, cache: null });
    try {
      await expect(pool.compile(job('first.txt', 'text'))).rejects.toThrow(/first\.txt/);
    } finally {
      await pool.close();
    }
  });

  it('keeps its other workers when one throws, and answers every later job', async () => {
    // A worker that throws reports 'error' and then 'exit'; each used to drop a worker, the
    // second a healthy one, so the pool failed with a worker still running.
    const dir = await mkdtemp(path.join(tmpdir(), 'saywire-pool-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'throwingWorker.mjs');
    await writeFile(
      file,
      `import { parentPort } from 'node:worker_threads';
      parentPort.on('message', ({ id, jobs }) => {
        if (jobs.some((job) => job.file === 'throws.txt')) throw new Error('boom');
        parentPort.postMessage({ id, outcomes: jobs.map((job) => ({ ok: true, file: job.file })) });
      });`,
    );
    const pool = openParsePool(file, 2, { taxonomy, cache: null });
    try {
      await expect(pool.compile(job('throws.txt', 'text'))).rejects.toThrow(/throws\.txt: boom/);
      // Jobs one after another, past the lost worker's 'exit'.
      for (let n = 0; n < 40; n++) {
        await expect(pool.compile(job(`after-${n}.txt`, 'text'))).resolves.toMatchObject({
          file: `after-${n}.txt`,
        });
      }
    } finally {
      await pool.close();
    }
  });

  it('builds the same content through workers as on the main thread', async () => {
    const files = Object.fromEntries(
      [...generateCorpus(30, 9)].map(({ file, text }) => [file, text]),
    );
    const made = await makeContentDirWithTaxonomy({
      'topics.json': JSON.stringify(syntheticTaxonomy()),
      ...files,
      ...brokenFiles,
    });
    cleanups.push(made.cleanup);
    expect((await readdir(made.dir)).length).toBe(35);
    const workers = { file: async () => worker.file, threads: 2, minFiles: 1 };

    const onWorkers = await compileContent(made.dir, null, new Map(), workers);
    const onMain = await compileContent(made.dir, null);

    expect(onWorkers.build).toEqual(onMain.build);
    expect(onWorkers.articleFiles).toEqual(onMain.articleFiles);
    expect(onWorkers).toMatchObject({ parsed: 30, threads: 2 });
    expect(onMain).toMatchObject({ parsed: 30, threads: 0 });
  });
});
