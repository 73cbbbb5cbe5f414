import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PreviewServer } from 'vite';
import { dataPathOf, notFoundBody, sendJson } from './serveData.ts';

/**
 * `vite preview` answering as a static host does: a JSON 404 for a missing data file and, with
 * prerendered pages, 404.html for an unknown page. The content plugin's `configurePreviewServer`.
 */
export function servePreviewData(
  server: PreviewServer,
  prerender: boolean,
): (() => void) | undefined {
  // `vite preview` answers any unknown path with index.html; a missing data file must be a
  // JSON 404 instead, as on a static host, or the app would try to parse HTML.
  const { root, base, build } = server.config;
  const outDir = path.resolve(root, build.outDir);
  server.middlewares.use((request, response, next) => {
    const dataPath = dataPathOf(request.url, base);
    if (dataPath === null || existsSync(path.join(outDir, dataPath))) return next();
    sendJson(response, 404, notFoundBody(dataPath));
  });
  if (!prerender) return;
  // After Vite's SPA fallback, which answers an unknown page with index.html (the front
  // page, once prerendered): answer with 404.html instead, as static hosts do.
  return () => {
    server.middlewares.use((request, _response, next) => {
      const original = new URL(request.originalUrl ?? '/', 'http://localhost').pathname;
      const isShell = original === base || original === `${base}index.html`;
      if (request.url === '/index.html' && !isShell) request.url = '/404.html';
      next();
    });
  };
}
