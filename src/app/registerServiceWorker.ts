import { readPreferences, storeForOfflineWorker } from '../features/settings/preferences.ts';

/** What the page posts to a waiting worker to make it take over (src/pwa/sw/serviceWorker.ts). */
const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/**
 * Registers the offline worker (`sw.js`, built by src/pwa) once the page has loaded, so it never
 * competes with the first render; production builds only. A new version never switches under
 * the reader: when it has installed while an older one controls the page, a prompt offers Reload.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () => void register(navigator.serviceWorker, import.meta.env.BASE_URL);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

async function register(container: ServiceWorkerContainer, base: string): Promise<void> {
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await container.register(`${base}sw.js`, { scope: base });
  } catch (error) {
    // Private windows and some browsers refuse workers: the site still works online.
    console.warn('Saywire: offline reading is unavailable here.', error);
    return;
  }
  // Browsers under automation that block workers resolve with nothing.
  if (!registration) return;
  // Preferences saved before the worker existed: from now on it writes them into each page.
  void storeForOfflineWorker(readPreferences());
  const { waiting } = registration;

  let controlled = container.controller !== null;
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (reloading) window.location.reload();
    // Another tab accepted an update: this one still runs the old code, so it offers a reload.
    else if (controlled) offerReload(() => window.location.reload());
    controlled = true;
  });

  const offerActivation = (worker: ServiceWorker) =>
    offerReload(() => {
      reloading = true;
      worker.postMessage(SKIP_WAITING);
    });
  // The first worker takes over by itself; only a newer one, over a controlled page, waits.
  if (waiting && container.controller) offerActivation(waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && container.controller) offerActivation(installing);
    });
  });

  // A reader can keep one tab open for days without navigating: look again on coming back.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
  });
}

/** The prompt is loaded only when there is an update to offer. */
function offerReload(onReload: () => void): void {
  void import('./UpdatePrompt.tsx').then(({ showUpdatePrompt }) => showUpdatePrompt(onReload));
}
