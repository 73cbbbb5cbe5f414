/**
 * The browser half of `bench:scale`: scrolling the list and timing filters in a page that the
 * caller has throttled. Timings come from the page's own clock (`performance.now()`).
 *
 * What "a filter updates" means here: from the click on a chip to the first frame painted after
 * the list shows the new filter's status and every row in the window is a real article (no row
 * waiting for its page). The app's User Timing measures (src/features/articles/listMarks.ts)
 * split that time into fetching, decoding and intersecting; the rest is React and the browser.
 */
import type { Page } from 'playwright-core';

/** Loads the list, scrolls ten screens, and returns the most elements the page ever held. */
export async function measureScroll(page: Page, base: string): Promise<number> {
  await page.goto(base);
  await page.locator('.article-list .card__headline').first().waitFor();
  let max = 0;
  for (let step = 0; step < 10; step++) {
    max = Math.max(max, await page.evaluate(() => document.getElementsByTagName('*').length));
    await page.evaluate(() => window.scrollBy(0, window.innerHeight));
    await page.waitForTimeout(100);
  }
  return max;
}

/** Scrolling smoothness: frames per second and the slowest frames, from rAF intervals. */
export type ScrollSmoothness = {
  /** Frames drawn per second while scrolling (the display's rate, 60, is the ceiling). */
  fps: number;
  /** Median and 95th percentile of the time between frames, ms (16.7 at 60 fps). */
  frameP50: number;
  frameP95: number;
  /** Share of frame intervals over 25 ms (a frame or more dropped). */
  dropped: number;
};

/**
 * In the page: scroll the window by STEP pixels every animation frame for FRAMES frames (about
 * 2,400 px a second at 60 fps, a brisk flick) and return each interval between frames. The
 * list re-renders its window from the scroll events as it would under a finger.
 */
const SCROLL_RUN = `(async () => {
  const intervals = [];
  let last = 0;
  let frames = 0;
  await new Promise((resolve) => {
    const tick = (now) => {
      if (last > 0) intervals.push(now - last);
      last = now;
      if (frames++ >= FRAMES) return resolve();
      window.scrollBy(0, STEP);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return intervals;
})()`;

/**
 * Loads the list and scrolls it for about five seconds of frames, three times from different
 * places, and summarises the frame intervals (see SCROLL_RUN).
 */
export async function measureScrollSmoothness(page: Page, base: string): Promise<ScrollSmoothness> {
  await page.goto(base);
  await page.locator('.article-list .card__headline').first().waitFor();
  await waitForApp(page);
  const intervals: number[] = [];
  for (let run = 0; run < 3; run++) {
    const script = SCROLL_RUN.replace('FRAMES', '300').replace('STEP', '40');
    intervals.push(...((await page.evaluate(script)) as number[]));
    await page.waitForTimeout(300);
  }
  const total = intervals.reduce((sum, ms) => sum + ms, 0);
  return {
    fps: round((intervals.length * 1000) / total),
    frameP50: round(percentile(intervals, 50)),
    frameP95: round(percentile(intervals, 95)),
    dropped: round(intervals.filter((ms) => ms > 25).length / intervals.length),
  };
}

/**
 * In the page: pick the run's chip and arm the measure of a click on it, which the caller then
 * makes with the mouse (`page.mouse`, real input). Resolves `window.__filterRun` with the times
 * from the click until the new filter's first rows show, until the whole window shows, and
 * until the frame after that is painted, and the app's measures in between; returns where to
 * click. A string, not a function: the bundler would wrap named inner functions in a helper
 * the page does not have.
 *
 * The clock starts at the click event's `timeStamp`, the moment the browser took the input
 * (the mouse button's release), not when the page's script gets to run: a click that arrives
 * while the main thread is busy (the previous click's work after its frame, the idle prefetch)
 * waits for it, and the reader waits as long.
 */
const FILTER_ARM = `(() => {
  const run = RUN;
  const selector = run % 2 === 0 ? 'nav[aria-label="Filter by topic"] a' : 'nav[aria-label="Filter by speaker"] a';
  const chips = [...document.querySelectorAll(selector)].filter((a) => a.getAttribute('aria-current') !== 'page');
  const chip = chips[(run >> 1) % Math.max(1, chips.length)];
  if (!chip) return null;
  const label = (chip.childNodes[0] && chip.childNodes[0].textContent || '').trim();
  const named = () => {
    const title = (document.querySelector('h1') || {}).textContent || '';
    return label.startsWith('All') || title.includes(label);
  };
  const firstRows = () => named() && document.querySelector('.article-list li:not([hidden]) .card__headline, .state--empty');
  // Rows of the previous list may stay hidden until a render after the frame (WindowedArticleList).
  const complete = () => firstRows() && !document.querySelector('li:not([hidden]) > .card--pending');
  AFTER_PAINT
  performance.clearMeasures();
  window.__filterRun = new Promise((resolveRun) => {
    const onClick = (event) => {
      if (!chip.contains(event.target)) return;
      document.removeEventListener('click', onClick, true);
      const start = event.timeStamp;
      // For a trace of the runs (bench/scaleClickCpu.ts): where each click starts and is painted.
      performance.mark('filter:click', { startTime: start });
      let first = NaN;
      // A click that never shows its list is a failure to report, not a reason to wait forever.
      const arrived = new Promise((resolve) => {
        const check = () => {
          if (Number.isNaN(first) && firstRows()) first = performance.now() - start;
          if (complete()) { observer.disconnect(); clearTimeout(timer); resolve(true); return true; }
          return false;
        };
        const observer = new MutationObserver(check);
        const timer = setTimeout(() => { observer.disconnect(); resolve(false); }, 15000);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
        // The app's capture listener on the document runs first (added before this one), and
        // may have shown the list already in the microtasks after it (cached data).
        check();
      });
      arrived.then(async (shownOk) => {
        if (!shownOk) return resolveRun({ failed: label });
        const shown = performance.now() - start;
        await afterPaint();
        const painted = performance.now() - start;
        performance.mark('filter:painted');
        const steps = {};
        for (const entry of performance.getEntriesByType('measure')) {
          if (!entry.name.startsWith('saywire:list-') || entry.startTime < start) continue;
          const key = entry.name.slice('saywire:list-'.length);
          steps[key] = (steps[key] || 0) + entry.duration;
        }
        resolveRun({ first, shown, painted, steps });
      });
    };
    document.addEventListener('click', onClick, true);
  });
  chip.scrollIntoView({ block: 'nearest' });
  const box = chip.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
})()`;

/**
 * In the page: `afterPaint()` resolves in the first task after the next frame is painted.
 * `requestAnimationFrame` runs just before the paint; a task posted from it runs after. A
 * user-blocking task (`scheduler.postTask`) runs ahead of tasks the page queued itself from the
 * same frame (the app writes the URL in a message task after the paint that shows the list), so
 * the time is the paint's, not that of whatever the page does next. A timer where there is no
 * `scheduler`.
 */
export const AFTER_PAINT = `const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
    if (typeof scheduler !== 'undefined' && scheduler.postTask) {
      scheduler.postTask(resolve, { priority: 'user-blocking' });
      return;
    }
    setTimeout(resolve, 0);
  }));`;

/**
 * Waits until React owns `<main>` (see tests/e2e/browser.ts, `waitForReact`): the prerendered
 * list shows, and takes clicks as plain links, before the app has started. Polled from Node:
 * the site's CSP forbids the string evaluation `waitForFunction` would need.
 */
async function waitForApp(page: Page): Promise<void> {
  const ready = `Object.keys(document.querySelector('main') || {}).some((key) => key.startsWith('__reactProps$'))`;
  const deadline = Date.now() + 60_000;
  while (!(await page.evaluate(ready))) {
    if (Date.now() > deadline) throw new Error('the app did not start within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const round = (value: number) => Number(value.toFixed(1));

/** One filter run as the page reports it, in milliseconds from the click. */
export type FilterRun = {
  first: number;
  shown: number;
  painted: number;
  steps: Record<string, number>;
  /** The list never showed (15 s). */
  failed?: boolean;
};

/** Filter latency over all runs: percentiles of the click-to-painted time and its parts. */
export type FilterLatency = {
  runs: number;
  /** Clicks whose list never showed, left out of the percentiles. */
  failed: number;
  /** Click to the frame painted after the window is complete. */
  p50: number;
  p95: number;
  /** Click to the first filtered row in the DOM. */
  firstRowsP50: number;
  firstRowsP95: number;
  /** Medians of the summed measures per run (fetch, decode, intersect). */
  stepsP50: Record<string, number>;
};

/**
 * Clicks topic chips in turn, and a speaker chip with a topic on, `runs` times in all, and times
 * each from the click to the painted, complete window. `hoverMs` > 0 hovers each chip that long
 * before clicking it, as a mouse does; 0 clicks cold.
 */
export async function measureFilters(
  page: Page,
  base: string,
  runs: number,
  hoverMs = 0,
): Promise<FilterLatency> {
  await openList(page, base);
  return summariseFilters(await filterRuns(page, runs, hoverMs));
}

/** Loads the list and waits until the app has started, ready for `filterRuns`. */
export async function openList(page: Page, base: string): Promise<void> {
  await page.goto(base);
  await page.locator('.article-list .card__headline').first().waitFor();
  await waitForApp(page);
}

/**
 * Clicks `runs` chips on the list already open in `page` (see `measureFilters`), numbering the
 * runs from `from`, so that runs split into batches click the same chips as one run would. The
 * mouse moves onto the chip and presses it: `hoverMs` > 0 rests on it that long first (the app
 * prefetches on hover), 0 presses as soon as it arrives (a pointer that crosses the chip on its
 * way and clicks, the least warning a mouse gives).
 */
export async function filterRuns(
  page: Page,
  runs: number,
  hoverMs = 0,
  from = 0,
): Promise<FilterRun[]> {
  const results: FilterRun[] = [];
  for (let run = from; run < from + runs; run++) {
    const script = FILTER_ARM.replace('RUN', String(run)).replace('AFTER_PAINT', AFTER_PAINT);
    const at = (await page.evaluate(script)) as { x: number; y: number } | null;
    if (!at) continue;
    await page.mouse.move(at.x, at.y);
    if (hoverMs > 0) await page.waitForTimeout(hoverMs);
    await page.mouse.down();
    await page.mouse.up();
    const result = (await page.evaluate('window.__filterRun')) as
      FilterRun | { failed: string } | null;
    // A click that never shows its list (the app dropped it) is counted, not timed.
    if (result && 'failed' in result) {
      console.warn(`the filter "${result.failed}" did not show its list within 15 s`);
      results.push({ first: NaN, shown: NaN, painted: NaN, steps: {}, failed: true });
    } else if (result) results.push(result);
    // The pointer leaves the chip for the page's margin (no link there to prefetch), so the
    // next chip is entered afresh.
    await page.mouse.move(2, at.y);
    await page.waitForTimeout(50);
  }
  return results;
}

/** Percentiles of filter runs (see FilterLatency). */
export function summariseFilters(runs: FilterRun[]): FilterLatency {
  const results = runs.filter((run) => !run.failed);
  const painted = results.map((r) => r.painted);
  const first = results.map((r) => r.first);
  const names = [...new Set(results.flatMap((r) => Object.keys(r.steps)))];
  return {
    runs: results.length,
    failed: runs.length - results.length,
    p50: round(percentile(painted, 50)),
    p95: round(percentile(painted, 95)),
    firstRowsP50: round(percentile(first, 50)),
    firstRowsP95: round(percentile(first, 95)),
    stepsP50: Object.fromEntries(
      names.map((name) => [
        name,
        round(
          percentile(
            results.map((r) => r.steps[name] ?? 0),
            50,
          ),
        ),
      ]),
    ),
  };
}
