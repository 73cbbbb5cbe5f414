import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from 'vite';
import type {
  PrerenderJob,
  PrerenderResult,
  PrerenderTimes,
  RenderWorkerData,
} from './prerenderWorker.ts';
import { buildServerEntry } from './serverEntry.ts';

/**
 * A thread per core, but no more than a few hundred pages keep busy, or
 * `SAYWIRE_PRERENDER_THREADS` when set (say 1, to measure a page's cost on a busy machine).
 */
function threadsFor(pages: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.SAYWIRE_PRERENDER_THREADS);
  if (Number.isInteger(asked) && asked > 0) return asked;
  return Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(pages / 200)));
}

/**
 * A render worker's heap limit. A page needs a few megabytes (the 5,000-quotation test article
 * included), but without a limit V8 lets each worker's heap grow with the garbage of thousands
 * of renders, and two workers sit beside the main thread's heap at a big build's peak. Near its
 * limit a heap is collected more often, which costs little next to rendering.
 */
const RENDER_HEAP_MB = 256;

/**
 * A render worker, started before it is given its routes: it loads the app's modules
 * meanwhile (~0.3 s of a rebuild that renders one page). `run` gives it its one job and
 * resolves when it has rendered them; `stop` ends it unused.
 */
export type RenderWorker = { run: (job: PrerenderJob) => Promise<PrerenderResult>; stop: () => void };

export function startWorker(file: string): RenderWorker {
  const worker = new Worker(file, {
    workerData: { saywireRenderWorker: true } satisfies RenderWorkerData,
    resourceLimits: { maxOldGenerationSizeMb: RENDER_HEAP_MB },
  });
  let result: PrerenderResult | undefined;
  // Listened to from the start: an error while the worker waits for its job must not go unheard.
  let failure: unknown = null;
  let exit: number | null = null;
  const ended = new Promise<void>((resolve) => {
    worker.once('error', (error) => (failure = error));
    worker.once('exit', (code) => {
      exit = code;
      resolve();
    });
  });
  worker.once('message', (answer: PrerenderResult) => (result = answer));
  return {
    run: async (job) => {
      if (exit === null) worker.postMessage(job);
      await ended;
      if (result) return result;
      throw failure ?? new Error(`a prerender worker exited with code ${exit}`);
    },
    stop: () => void worker.terminate(),
  };
}
/** Renders `routes` on worker threads that split them, adding each kind's timings to `times`. */
export async function renderOnThreads(
  config: ResolvedConfig,
  job: Omit<PrerenderJob, 'routes'>,
  routes: string[],
  times: PrerenderTimes,
  version: string | null,
  warm: RenderWorker | null,
): Promise<{ deps: Map<string, string[]>; threads: number }> {
  const server = await buildServerEntry(config, version);
  try {
    const threads = threadsFor(routes.length);
    // Round robin, so each thread gets its share of big and small pages.
    const shares = Array.from({ length: threads }, (_, thread) =>
      routes.filter((_route, index) => index % threads === thread),
    );
    // The warm worker runs the same entry: `startPrerender` found it under the same version.
    const results = await Promise.all(
      shares.map((share, thread) =>
        (thread === 0 && warm ? warm : startWorker(server.worker)).run({ ...job, routes: share }),
      ),
    );
    const deps = new Map<string, string[]>();
    for (const result of results) {
      for (const [route, files] of result.deps) deps.set(route, files);
      for (const [kind, { pages, ms }] of Object.entries(result.times)) {
        const entry = (times[kind] ??= { pages: 0, ms: 0 });
        entry.pages += pages;
        entry.ms += ms;
      }
    }
    return { deps, threads };
  } finally {
    if (!server.keep) await rm(server.dir, { recursive: true, force: true });
  }
}
