import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from './collectGarbage.ts';

const usedBytes = () => getHeapStatistics().used_heap_size;

describe('collectGarbage', () => {
  it('frees what nothing refers to any more when the heap is over the threshold', () => {
    // Made and dropped inside the function: nothing refers to it once it returns.
    const withGarbage = (() => {
      const garbage = Array.from({ length: 400_000 }, (_, i) => ({ text: `garbage ${i}` }));
      expect(garbage).toHaveLength(400_000);
      return usedBytes();
    })();
    expect(collectGarbage(0)).toBe(true);
    // 400,000 objects and strings are well over 20 MB; all of it is gone.
    expect(withGarbage - usedBytes()).toBeGreaterThan(20 * 2 ** 20);
  });

  it('does nothing below the threshold, so small builds pay no pause', () => {
    expect(collectGarbage(Number.MAX_SAFE_INTEGER)).toBe(false);
  });
});
