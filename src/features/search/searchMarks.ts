/**
 * The names of the User Timing entries search leaves, so a benchmark (or the browser's
 * profiler) can read per-keystroke latency without reaching into the app. `detail` is the query.
 */

/** A measure around the index lookup of one query (detail: `{ query, total }`). */
export const SEARCH_MEASURE = 'saywire:search';

/**
 * A mark when a query's results are on screen (detail: the query). A keystroke's latency runs
 * from its `keydown` event's `timeStamp` to this mark (bench/searchLatency.ts).
 */
export const SEARCH_RENDERED_MARK = 'saywire:search-rendered';
