/**
 * Milliseconds per phase of a build (`content.read`, `content.parse`, `bundle`, `prerender`…),
 * printed as one line so a slow build says where its time went.
 */
export type BuildPhases = Map<string, number>;

/**
 * The highest resident memory (bytes, the process with its worker threads) seen by the end of
 * each phase: sampled when a phase ends and, while the main thread waits (on parse or render
 * workers, say), every 250 ms, so the line also says where a big build's memory peaked.
 */
const peaks = new Map<string, number>();
let highest = 0;
const sample = () => {
  highest = Math.max(highest, process.memoryUsage.rss());
};
let sampler: ReturnType<typeof setInterval> | null = null;

/** Starts sampling memory for the phase line (a build calls it once; it never keeps Node up). */
export function sampleMemory(): void {
  sampler ??= setInterval(sample, 250).unref();
}

/** Adds the time since `started` (a `performance.now()`) to `phase`; returns now. */
export function addPhase(phases: BuildPhases, phase: string, started: number): number {
  const now = performance.now();
  phases.set(phase, (phases.get(phase) ?? 0) + (now - started));
  sample();
  peaks.set(phase, Math.max(peaks.get(phase) ?? 0, highest));
  highest = 0;
  return now;
}

/**
 * `content.read 812 ms, content.parse 20,400 ms (1,210 MB), …`, in the order the phases first
 * ran; the memory is the highest seen during the phase, shown when it passed the previous one.
 */
export function formatPhases(phases: BuildPhases): string {
  let shown = 0;
  return [...phases]
    .map(([phase, ms]) => {
      const peak = peaks.get(phase) ?? 0;
      const memory = peak > shown ? ` (${Math.round(peak / 2 ** 20).toLocaleString('en')} MB)` : '';
      shown = Math.max(shown, peak);
      return `${phase} ${Math.round(ms).toLocaleString('en')} ms${memory}`;
    })
    .join(', ');
}
