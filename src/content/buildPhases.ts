/**
 * Milliseconds per phase of a build (`content.read`, `content.parse`, `bundle`, `prerender`…),
 * printed as one line so a slow build says where its time went.
 */
export type BuildPhases = Map<string, number>;

/** Adds the time since `started` (a `performance.now()`) to `phase`; returns now. */
export function addPhase(phases: BuildPhases, phase: string, started: number): number {
  const now = performance.now();
  phases.set(phase, (phases.get(phase) ?? 0) + (now - started));
  return now;
}

/** `content.read 812 ms, content.parse 20,400 ms, …`, in the order the phases first ran. */
export function formatPhases(phases: BuildPhases): string {
  return [...phases]
    .map(([phase, ms]) => `${phase} ${Math.round(ms).toLocaleString('en')} ms`)
    .join(', ');
}
