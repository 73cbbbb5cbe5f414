import { intersectSorted } from '../../core/list/positions.ts';

/**
 * The User Timing entries the list leaves, so `bench:scale` (or the browser's profiler) can see
 * where a filter's time goes without reaching into the app. Each is a measure, named only: the
 * file's request in the profiler's network track says which file it was.
 */

/** Fetching one list file (a shard or a page): request, body and JSON parse. */
export const LIST_FETCH_MEASURE = 'saywire:list-fetch';
/** Checking one list file against its schema and turning it into domain values. */
export const LIST_DECODE_MEASURE = 'saywire:list-decode';
/** Intersecting a topic's and a speaker's positions. */
export const LIST_INTERSECT_MEASURE = 'saywire:list-intersect';

/** Wraps a decoder so its cost is recorded as a `saywire:list-decode` measure. */
export function timedDecode<T, R>(decode: (input: T) => R): (input: T) => R {
  return (input) => {
    const start = performance.now();
    const result = decode(input);
    performance.measure(LIST_DECODE_MEASURE, { start });
    return result;
  };
}

/** Runs `load` and records its duration as a `saywire:list-fetch` measure. */
export function timedFetch<T>(load: () => Promise<T>): Promise<T> {
  const start = performance.now();
  return load().finally(() => performance.measure(LIST_FETCH_MEASURE, { start }));
}

/** Intersects two ascending position lists, recorded as a `saywire:list-intersect` measure. */
export function timedIntersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const start = performance.now();
  const both = intersectSorted(a, b);
  performance.measure(LIST_INTERSECT_MEASURE, { start });
  return both;
}
