import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A `fetch` that answers the app's data requests (`<base>data/…`) from the files a build wrote
 * to `outDir`, as a static host would, so prerendering runs the app's own query functions.
 * A missing file is a 404 with the same JSON body the preview server sends. Every data path
 * asked for, found or not, is reported to `onRead`: a page's inputs for incremental builds (a
 * file that was missing and appears later changes the page too).
 * Read synchronously: a page's file is small and was just written, and the promise API's
 * open, stat, read and close, each a trip through libuv's thread pool, cost a render worker
 * more CPU than the read and left it idle meanwhile.
 */
export function dataFileFetch(
  outDir: string,
  base: string,
  onRead: (file: string) => void = () => {},
): typeof fetch {
  return async (input) => {
    const url = new URL(
      input instanceof Request ? input.url : String(input),
      'http://prerender.invalid',
    );
    const pathname = decodeURIComponent(url.pathname);
    const file = pathname.startsWith(base) ? pathname.slice(base.length) : null;
    if (file === null || !file.startsWith('data/') || file.split('/').includes('..')) {
      return notFound(pathname);
    }
    onRead(file);
    try {
      const bytes = readFileSync(path.join(outDir, file));
      return new Response(bytes, {
        status: 200,
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return notFound(file);
      throw error;
    }
  };
}

const notFound = (file: string) =>
  new Response(JSON.stringify({ error: 'not found', path: file }), {
    status: 404,
    statusText: 'Not Found',
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
