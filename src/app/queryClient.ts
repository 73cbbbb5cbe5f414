import { QueryClient } from '@tanstack/react-query';
import { DataLoadError } from '../ui/loadFailure.ts';

/** Only failures that may go away by themselves are worth retrying: the network and 5xx. */
function isTransient(error: unknown): boolean {
  if (!(error instanceof DataLoadError)) return false;
  const { failure } = error;
  return failure.kind === 'network' || (failure.kind === 'http' && failure.status >= 500);
}

/** The app's query client: retries transient failures once, never a malformed or missing file. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: (failureCount, error) => failureCount < 1 && isTransient(error) },
    },
  });
}
