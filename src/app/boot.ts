/**
 * The page's only module script. The prerendered HTML is the whole page, readable before any
 * JavaScript runs, so the app (React, the router, hydration: most of the first-load bytes) is
 * fetched once the first frame has been painted: it never competes with the stylesheet for the
 * first paint, and hydration never delays it. Every stylesheet still arrives before the first
 * paint: the build puts all CSS in one file linked from the HTML head (`cssCodeSplit: false`).
 */
let started = false;
const start = () => {
  if (started) return;
  started = true;
  import('./main.tsx').catch((error: unknown) => {
    // The prerendered page stays readable; say why it will not become interactive.
    console.error('Saywire: the app failed to load', error);
  });
};

/** Starts the app once the browser reports the first contentful paint as shown. */
function startAfterFirstPaint(): void {
  // A hidden tab paints nothing until it is shown: nothing to wait for there.
  if (document.visibilityState === 'hidden') return start();
  document.addEventListener('visibilitychange', start, { once: true });
  if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
    const observer = new PerformanceObserver((entries) => {
      if (!entries.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      start();
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    // No paint timing: a frame runs once the stylesheet is in and the page is painted.
    requestAnimationFrame(() => setTimeout(start, 0));
  }
}

startAfterFirstPaint();
