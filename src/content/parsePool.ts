import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleJob, ArticleOutcome } from './compileArticle.ts';
import type { ParseAnswer, ParseBatch, ParseWorkerData, WorkerOutcome } from './parseWorker.ts';

/**
 * Article files compiled on worker threads (`parseWorker.ts`), a batch at a time, so parsing
 * and quote analysis use every core while the main thread reads files and keeps order.
 */
export type ParsePool = {
  /**
   * The outcome of compiling `job` on some worker. Rejects, naming the file, when compiling it
   * threw (a pipeline bug) or the worker died while it was in hand.
   */
  compile: (job: ArticleJob) => Promise<ArticleOutcome>;
  /** Resolves once fewer than `count` jobs wait for an answer (backpressure for the reader). */
  below: (count: number) => Promise<void>;
  /** Stops the workers; call once every job is answered or the build has failed. */
  close: () => Promise<void>;
};

type Entry = { job: ArticleJob; resolve: (outcome: ArticleOutcome) => void; reject: (e: Error) => void };

/** Files per message: enough to make the message cost nothing, few enough to share the work. */
const BATCH = 32;
/** Batches each worker holds at once, so it never waits for the main thread between two. */
const IN_FLIGHT = 2;

/**
 * A thread per core, or `SAYWIRE_PARSE_THREADS` when set (1 runs one worker, to measure).
 */
export function parseThreads(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.SAYWIRE_PARSE_THREADS);
  if (Number.isInteger(asked) && asked > 0) return asked;
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * Starts `threads` workers from `workerFile` (a built `parseWorker.ts`; the promise of one is
 * enough: jobs queue until it is there).
 */
export function openParsePool(
  workerFile: Promise<string> | string,
  threads: number,
  data: ParseWorkerData,
): ParsePool {
  const ready: Entry[][] = [];
  const current: Entry[] = [];
  let flushScheduled = false;
  let pending = 0;
  let nextId = 0;
  let failure: Error | null = null;
  let waiters: { count: number; resolve: () => void }[] = [];
  const workers: { worker: Worker; inFlight: Map<number, Entry[]> }[] = [];

  const settle = (entries: Entry[], each: (entry: Entry, index: number) => void) => {
    entries.forEach(each);
    pending -= entries.length;
    waiters = waiters.filter((waiter) => (pending < waiter.count ? (waiter.resolve(), false) : true));
  };

  const fail = (error: Error) => {
    failure ??= error;
    const queued = [...ready.splice(0).flat(), ...current.splice(0)];
    settle(queued, (entry) => entry.reject(error));
  };

  const dispatch = () => {
    for (const slot of workers) {
      while (slot.inFlight.size < IN_FLIGHT && ready.length > 0) {
        const entries = ready.shift() ?? [];
        const id = nextId++;
        slot.inFlight.set(id, entries);
        slot.worker.postMessage({ id, jobs: entries.map((entry) => entry.job) } satisfies ParseBatch);
      }
    }
  };

  const flush = () => {
    flushScheduled = false;
    if (current.length > 0) ready.push(current.splice(0));
    dispatch();
  };

  const answer = (slot: (typeof workers)[number], { id, outcomes }: ParseAnswer) => {
    const entries = slot.inFlight.get(id) ?? [];
    slot.inFlight.delete(id);
    settle(entries, (entry, index) => {
      const outcome: WorkerOutcome | undefined = outcomes[index];
      if (outcome && outcome.ok !== 'crash') entry.resolve(outcome);
      else {
        const why = outcome?.message ?? 'no answer from the parse worker';
        entry.reject(new Error(`Saywire bug while compiling ${entry.job.file}: ${why}`));
      }
    });
    dispatch();
  };

  const lost = (slot: (typeof workers)[number], error: Error) => {
    // A worker that throws reports 'error' and then 'exit': it is lost once.
    const index = workers.indexOf(slot);
    if (index < 0) return;
    workers.splice(index, 1);
    const entries = [...slot.inFlight.values()].flat();
    slot.inFlight.clear();
    const files = entries.map((entry) => entry.job.file).join(', ');
    const named = new Error(`a parse worker failed while compiling ${files || 'nothing'}: ${error.message}`, {
      cause: error,
    });
    settle(entries, (entry) => entry.reject(named));
    if (workers.length === 0) fail(named);
  };

  let closed = false;
  const started = Promise.resolve(workerFile).then(
    (file) => {
      if (closed) return;
      for (let i = 0; i < threads; i++) {
        const slot = { worker: new Worker(file, { workerData: data }), inFlight: new Map() };
        slot.worker.on('message', (message: ParseAnswer) => answer(slot, message));
        slot.worker.on('error', (error) => lost(slot, error));
        slot.worker.on('exit', (code) => {
          if (!closed) lost(slot, new Error(`the worker exited with code ${code}`));
        });
        workers.push(slot);
      }
      dispatch();
    },
    (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))),
  );

  return {
    compile: (job) =>
      new Promise<ArticleOutcome>((resolve, reject) => {
        if (failure) return reject(failure);
        pending++;
        current.push({ job, resolve, reject });
        if (current.length >= BATCH) flush();
        else if (!flushScheduled) {
          flushScheduled = true;
          setImmediate(flush);
        }
      }),
    below: (count) =>
      pending < count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
    close: async () => {
      closed = true;
      await started;
      await Promise.all(workers.splice(0).map(({ worker }) => worker.terminate()));
    },
  };
}
