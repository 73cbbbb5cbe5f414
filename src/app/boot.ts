/**
 * The page's only module script. The prerendered HTML is the whole page, readable before any
 * JavaScript runs, so the app (React, the router, hydration: most of the first-load bytes) is
 * fetched once the first frame has been painted: it never competes with the stylesheet for the
 * first paint, and hydration never delays it. Every stylesheet still arrives before the first
 * paint: the build puts all CSS in one file linked from the HTML head (`cssCodeSplit: false`).
 */
import { applySavedPreferences } from './applySavedPreferences.ts';
import { nextTask } from './nextTask.ts';

// The reader's theme and text size, if the page did not arrive with them (no offline worker).
applySavedPreferences();

/**
 * The app in steps, each evaluated in a task of its own: evaluating a module graph is one
 * uninterrupted task, and React, the router and the app together held the main thread for
 * ~80 ms (four times that on a slow phone), long enough to delay a tap. Each `import()` here is
 * a chunk of its own (React and react-dom; the app with the router, React Query and valibot),
 * and the first step preloads both, so the steps cost no round trip (src/app/bootChunks.ts).
 * The router shares the app's chunk: evaluating it is mostly function definitions, and as a
 * chunk of its own it cost ~750 B more gzip (names exported and imported across chunks). The
 * first step names one export the app uses: a bare `import()` of a package keeps all its
 * exports in the bundle. `startApp` goes on in steps: the page's data, the router, then
 * hydration, which React cuts into 5 ms slices.
 */
const steps: readonly (() => Promise<unknown>)[] = [
  () => import('./reactStep.ts').then(({ hydrateRoot }) => hydrateRoot),
  () => import('./main.tsx').then(({ startApp }) => startApp(nextTask)),
];

let started = false;
async function start(): Promise<void> {
  if (started) return;
  started = true;
  try {
    for (const [at, step] of steps.entries()) {
      if (at > 0) await nextTask();
      await step();
    }
  } catch (error: unknown) {
    // The prerendered page stays readable; say why it will not become interactive.
    console.error('Saywire: the app failed to load', error);
  }
}
const startNow = () => void start();

/** Starts the app once the browser reports the first contentful paint as shown. */
function startAfterFirstPaint(): void {
  // A hidden tab paints nothing until it is shown: nothing to wait for there.
  if (document.visibilityState === 'hidden') return startNow();
  document.addEventListener('visibilitychange', startNow, { once: true });
  if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
    const observer = new PerformanceObserver((entries) => {
      if (!entries.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      startNow();
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    // No paint timing: a frame runs once the stylesheet is in and the page is painted.
    requestAnimationFrame(() => setTimeout(startNow, 0));
  }
}

startAfterFirstPaint();
