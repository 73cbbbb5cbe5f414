import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Below this much heap (live objects and garbage together) a collection is not worth its pause:
 * a 10,000-article rebuild stays under it and pays nothing.
 */
export const COLLECT_ABOVE_BYTES = 256 * 2 ** 20;

let collect: (() => void) | null = null;

/**
 * V8's full collection, as `--expose-gc` gives it, without the flag on the command line
 * (`vite build` is started by the user): the flag is set just long enough for a new context
 * to carry `gc`, as Jest's leak detector does.
 */
function fullCollection(): () => void {
  if (collect) return collect;
  setFlagsFromString('--expose-gc');
  try {
    collect = runInNewContext('gc') as () => void;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
  return collect;
}

/**
 * Runs a full garbage collection now if the heap holds more than `aboveBytes`; says whether it
 * did. A big build calls it between steps: V8 lets its heap grow to a multiple of what it last
 * found alive before it collects again, so at 100,000 articles one step's garbage (the parse
 * workers' answers, the content index's lines, the speaker profiles once written) was still
 * resident while the next step built its own, and the build passed 2 GB.
 */
export function collectGarbage(aboveBytes = COLLECT_ABOVE_BYTES): boolean {
  if (getHeapStatistics().used_heap_size <= aboveBytes) return false;
  fullCollection()();
  return true;
}
