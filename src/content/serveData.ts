import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The site-relative data path a request asks for (`data/index.json`), or null when it is not a
 * data request. `base` is Vite's resolved base (`/` or `/sub/`).
 */
export function dataPathOf(url: string | undefined, base: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return null;
  }
  const prefix = `${base}data/`;
  if (!pathname.startsWith(prefix) || pathname.includes('..')) return null;
  return pathname.slice(base.length);
}

/** Answers with JSON text; data is never cached in development, where it changes on save. */
export function sendJson(
  response: ServerResponse<IncomingMessage>,
  status: number,
  body: string,
): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(body);
}

/** The JSON body of a data 404, so the app can tell "no such article" from a broken response. */
export const notFoundBody = (dataPath: string) =>
  JSON.stringify({ error: 'not found', path: dataPath });
