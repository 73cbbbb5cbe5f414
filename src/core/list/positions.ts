/**
 * Article positions in the index order, as the list's topic and speaker shards carry them:
 * ascending, stored as base-36 gaps (`encodePostings` in `src/core/search/postings.ts`, read by
 * `decodeListShard`), and decoded into a `Uint32Array`: a 30,000-article topic is 120 KB, not an
 * array of boxes.
 */

/** The positions in both ascending lists, ascending: one pass, O(a + b). */
export function intersectSorted(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.slice(0, n);
}
