/**
 * One parse worker thread: compiles the article files the main thread sends it, in batches,
 * with the same `compileArticle` the main thread uses, and answers with their outcomes. Built
 * for Node into one plain module (see `parseWorkerBuild.ts`). A file whose parse throws (a
 * pipeline bug) comes back as a crash naming that file, so the build can say which one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Taxonomy } from '../core/topics/taxonomy.ts';
import { compileArticle, type ArticleJob, type ArticleOutcome } from './compileArticle.ts';
import type { ContentCache } from './contentCache.ts';

/** What every parse worker starts with. */
export type ParseWorkerData = { taxonomy: Taxonomy; cache: ContentCache | null };

/** A batch of files to compile, numbered so the answer finds its way back. */
export type ParseBatch = { id: number; jobs: ArticleJob[] };

/** An outcome, or the exception a file's compilation threw (`stack` names where in the code). */
export type WorkerOutcome = ArticleOutcome | { ok: 'crash'; message: string };

/** A worker's answer to one batch: an outcome per job, in order. */
export type ParseAnswer = { id: number; outcomes: WorkerOutcome[] };

const describeCrash = (error: unknown): string =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);

if (parentPort) {
  const port = parentPort;
  const { taxonomy, cache } = workerData as ParseWorkerData;
  port.on('message', ({ id, jobs }: ParseBatch) => {
    const outcomes = jobs.map((job): WorkerOutcome => {
      try {
        return compileArticle(job, taxonomy, cache);
      } catch (error) {
        return { ok: 'crash', message: describeCrash(error) };
      }
    });
    port.postMessage({ id, outcomes } satisfies ParseAnswer);
  });
}
