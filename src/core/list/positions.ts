/**
 * Article positions in the index order, as the list's topic and speaker shards carry them:
 * ascending, stored as gaps (the first position, then differences) to keep big shards small.
 */

/** `[3, 5, 9]` → `[3, 2, 4]`. */
export function toGaps(positions: readonly number[]): number[] {
  return positions.map((position, i) => position - (i > 0 ? (positions[i - 1] ?? 0) : 0));
}

/** `[3, 2, 4]` → `[3, 5, 9]`, as an Int32Array: a 30,000-article topic is 120 KB, not an array of boxes. */
export function fromGaps(gaps: readonly number[]): Int32Array {
  const positions = new Int32Array(gaps.length);
  let position = 0;
  for (let i = 0; i < gaps.length; i++) {
    position += gaps[i] ?? 0;
    positions[i] = position;
  }
  return positions;
}

/** The positions in both ascending lists, ascending: one pass, O(a + b). */
export function intersectSorted(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
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
