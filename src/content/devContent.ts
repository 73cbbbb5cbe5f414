import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorPayload, ViteDevServer } from 'vite';
import type { ContentCache } from './contentCache.ts';
import type { ContentOutputs } from './contentOutputs.ts';
import { runContentPipeline } from './runContentPipeline.ts';
import { dataPathOf, notFoundBody, sendJson } from './serveData.ts';

/** The event the app listens for to refetch its data after a content file changes. */
export const CONTENT_UPDATED_EVENT = 'saywire:content-updated';

const DEBOUNCE_MS = 50;

/**
 * Serves the content JSON from memory in `vite dev` and rebuilds it whenever a file in the
 * content folder changes. Errors go to the terminal and the browser's error overlay; the last good
 * data keeps being served meanwhile, so a typo does not blank the page being edited.
 * Resolves to `stop`, for the server's close: it drops a change still waiting out its debounce
 * and waits for a rebuild under way, so nothing reads the folder (or writes the cache) once the
 * server is closed and its folders may be removed.
 */
export async function serveContentInDev(
  server: ViteDevServer,
  contentDir: string,
  dirLabel: string,
  cache: ContentCache | null = null,
): Promise<() => Promise<void>> {
  const { logger, base } = server.config;
  let outputs: ContentOutputs | null = null;
  let failure: ErrorPayload | null = null;

  const refresh = async (initial: boolean) => {
    let errors: string[];
    try {
      const run = await runContentPipeline(contentDir, dirLabel, { cache });
      if (run.ok) {
        const recovered = failure !== null;
        outputs = run.outputs;
        failure = null;
        logger.info(run.report, { timestamp: !initial });
        // A full reload is the only message that clears Vite's error overlay.
        if (recovered) server.ws.send({ type: 'full-reload', path: '*' });
        else if (!initial) server.ws.send({ type: 'custom', event: CONTENT_UPDATED_EVENT });
        return;
      }
      errors = run.errors;
    } catch (error) {
      errors = [error instanceof Error ? (error.stack ?? error.message) : String(error)];
    }
    const message = errors.join('\n');
    failure = { type: 'error', err: { message, stack: '', plugin: 'saywire-content' } };
    logger.error(`Saywire content has errors:\n${message}`, { timestamp: true });
    server.ws.send(failure);
  };

  let queue = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      queue = queue.then(() => (stopped ? undefined : refresh(false)));
    }, DEBOUNCE_MS);
  };

  const inContentDir = (file: string) => {
    const relative = path.relative(contentDir, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  };
  server.watcher.add(contentDir);
  server.watcher.on('all', (_event, file) => {
    if (inContentDir(file)) schedule();
  });
  // Vite shows an error only to pages open when it happens; show it to pages opened later too.
  server.ws.on('vite:client:connect', (_data, client) => {
    if (failure) client.send(failure);
  });

  server.middlewares.use((request, response, next) => {
    const dataPath = dataPathOf(request.url, base);
    if (dataPath === null) return next();
    if (!outputs) {
      const error = failure?.err.message ?? 'content is not ready';
      return sendJson(response, 503, JSON.stringify({ error }));
    }
    const body = outputs.get(dataPath);
    if (body === undefined) return sendJson(response, 404, notFoundBody(dataPath));
    if (typeof body === 'string') return sendJson(response, 200, body);
    readFile(body.file, 'utf8').then(
      (text) => sendJson(response, 200, text),
      (error: unknown) => next(error),
    );
  });

  await refresh(true);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await queue;
  };
}
