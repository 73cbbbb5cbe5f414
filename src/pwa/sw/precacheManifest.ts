/**
 * What the build tells the service worker: the files to precache (paths relative to the site's
 * base, `''` being the app shell) and a version that changes whenever any of them changes.
 * Shared by the Vite plugin that writes it and the worker that reads it.
 */
export type PrecacheManifest = {
  version: string;
  urls: string[];
};

/** The key of the app shell in the manifest: the base URL itself, which serves `index.html`. */
export const SHELL = '';
