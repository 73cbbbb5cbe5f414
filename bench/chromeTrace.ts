/**
 * Chromium tracing for the browser benches (CDP `Tracing`, and with a profile `Profiler`): the
 * event and profile shapes they read, and one way to start and stop a trace.
 */
import type { CDPSession } from 'playwright-core';

/** One event of a Chromium trace, as CDP reports it. */
export type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: excludes time the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; detail?: string; name?: string; [key: string]: unknown };
};

/** A sampled CPU profile, as CDP's `Profiler.stop` returns it. */
export type CpuProfile = {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
  /** Microseconds, on the trace's clock. */
  startTime: number;
};

/** The categories of a performance-panel timeline with user timing marks and script calls. */
export const TIMELINE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'v8.execute',
  'toplevel',
  'loading',
];

/**
 * Starts tracing the page behind `cdp` in `categories` (and, with `profile`, sampling its CPU
 * every 100 µs); `stop()` ends both and returns the trace's events and the profile.
 */
export async function startTrace(
  cdp: CDPSession,
  categories: readonly string[],
  profile = false,
): Promise<{ stop: () => Promise<{ events: TraceEvent[]; profile?: CpuProfile }> }> {
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const events: TraceEvent[] = [];
  const collect = (message: { value: unknown }) => {
    events.push(...(message.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: categories.join(','),
    transferMode: 'ReportEvents',
  });
  return {
    stop: async () => {
      const sampled = profile
        ? ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile
        : undefined;
      await cdp.send('Tracing.end');
      await done;
      cdp.off('Tracing.dataCollected', collect);
      return sampled ? { events, profile: sampled } : { events };
    },
  };
}
