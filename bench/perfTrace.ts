/** One event of a Chrome trace, as far as the perf benches read it. */
export type TraceEvent = {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, when the trace has it: unlike `dur`, it does not grow with the load. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; type?: string } };
};

/** A task of the page's main thread: when, how long (wall and CPU), and what ran in it. */
export type MainThreadTask = { start: number; duration: number; cpu: number; what: string[] };

/** Trace timestamps (µs) of the navigation and the first paint, from Lighthouse's `metrics` audit. */
export type ObservedTimestamps = { navigationTs?: number; fcpTs?: number };

/** The observed timestamps in a Lighthouse result, for `mainThreadTasks`. */
export function observedTimestamps(lhr: {
  audits: Record<string, { details?: unknown }>;
}): ObservedTimestamps {
  const details = lhr.audits['metrics']?.details as
    | { items?: { observedNavigationStartTs?: number; observedFirstContentfulPaintTs?: number }[] }
    | undefined;
  const item = details?.items?.[0];
  return {
    ...(item?.observedNavigationStartTs ? { navigationTs: item.observedNavigationStartTs } : {}),
    ...(item?.observedFirstContentfulPaintTs ? { fcpTs: item.observedFirstContentfulPaintTs } : {}),
  };
}

/** Lighthouse's mobile preset multiplies each traced task by this CPU slowdown. */
const CPU_SLOWDOWN = 4;

/**
 * Total blocking time as the tasks' CPU time implies it: the sum, over the tasks after the first
 * contentful paint, of what exceeds 50 ms once multiplied by the 4× slowdown. Lighthouse uses
 * each task's wall time, which on a shared machine includes the time other processes held the
 * core; this is the TBT the same page would show on an idle one (an estimate, not Lighthouse's).
 */
export function cpuBlockingTime(tasks: readonly MainThreadTask[], fcp: number): number {
  return tasks
    .filter(({ start }) => start >= fcp)
    .reduce(
      (sum, { cpu }) => sum + Math.max(0, CPU_SLOWDOWN * (Number.isNaN(cpu) ? 0 : cpu) - 50),
      0,
    );
}

/** What a child event says about the work: its name and, for script, the file it ran. */
function describe(event: TraceEvent): string {
  const url = event.args?.data?.url;
  const file = url ? ` ${url.split('/').pop()}` : '';
  const fn = event.args?.data?.functionName ? ` ${event.args.data.functionName}` : '';
  const type = event.name === 'EventDispatch' ? ` ${event.args?.data?.type ?? ''}` : '';
  return `${event.name}${file}${fn}${type}`;
}

const INTERESTING = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compileModule',
  'v8.compile',
  'FunctionCall',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'ParseHTML',
  'Layout',
  'UpdateLayoutTree',
  'Paint',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'RunMicrotasks',
  'v8.run',
  'ParseAuthorStyleSheet',
]);

/**
 * The page's main-thread tasks (ms from navigation start) and its traced first contentful
 * paint. `detail` lists every event inside each task, user timing marks included.
 */
export function mainThreadTasks(
  events: TraceEvent[],
  { detail = false, observed = {} }: { detail?: boolean; observed?: ObservedTimestamps } = {},
): { fcp: number; tasks: MainThreadTask[] } {
  // Lighthouse's own reading of the trace: where the page's navigation and first paint are
  // (the trace also holds about:blank's, and paints of other frames).
  const paints = events.filter((event) => event.name === 'firstContentfulPaint');
  const fcp = paints.find((event) => event.ts === observed.fcpTs) ?? paints.at(-1);
  if (!fcp) throw new Error('the trace has no first contentful paint');
  const thread = events.filter((event) => event.pid === fcp.pid && event.tid === fcp.tid);
  const navigation = thread
    .filter((event) => event.name === 'navigationStart' && event.ts <= fcp.ts)
    .at(-1);
  const origin = observed.navigationTs ?? navigation?.ts ?? thread[0]?.ts ?? 0;
  const tasks = thread
    .filter(
      (event) =>
        event.ph === 'X' &&
        (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') &&
        event.ts >= origin,
    )
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const children = thread.filter(
        (event) =>
          event !== task &&
          (event.ph === 'X' || (detail && event.cat === 'blink.user_timing')) &&
          (INTERESTING.has(event.name) || detail) &&
          event.ts >= task.ts &&
          event.ts < end &&
          ((event.dur ?? 0) >= 500 || event.ph !== 'X'),
      );
      return {
        start: (task.ts - origin) / 1000,
        duration: (task.dur ?? 0) / 1000,
        cpu: (task.tdur ?? NaN) / 1000,
        what: children
          .slice(0, detail ? 40 : 8)
          .map((child) => `${describe(child)} ${((child.dur ?? 0) / 1000).toFixed(1)}`),
      };
    });
  return { fcp: (fcp.ts - origin) / 1000, tasks };
}
