import type { Result } from '../core/result.ts';
import { DataLoadError } from './loadFailure.ts';

/**
 * Fetches a JSON data file and parses it with `decode`; every failure is a `DataLoadError`.
 * Shared by the features' query functions, so it lives in the shared layer rather than in one feature.
 */
export async function fetchJson<T>(
  url: string,
  what: string,
  decode: (input: unknown) => Result<T, string>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    // Asking for JSON only keeps dev and preview servers from answering with the SPA's index.html.
    response = await fetch(url, {
      headers: { Accept: 'application/json' },
      signal: signal ?? null,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DataLoadError(what, { kind: 'network' }, { cause });
  }
  if (response.status === 404) throw new DataLoadError(what, { kind: 'not-found' });
  if (!response.ok) {
    throw new DataLoadError(what, {
      kind: 'http',
      status: response.status,
      statusText: response.statusText,
    });
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    throw new DataLoadError(what, { kind: 'not-json' }, { cause });
  }
  const decoded = decode(json);
  if (!decoded.ok) throw new DataLoadError(what, { kind: 'invalid', detail: decoded.error });
  return decoded.value;
}
