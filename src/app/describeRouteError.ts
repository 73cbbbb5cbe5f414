import { isRouteErrorResponse } from 'react-router-dom';
import { DataLoadError } from '../ui/loadFailure.ts';

/** A heading and a sentence for whatever a route threw. */
export function describeRouteError(error: unknown): { title: string; message: string } {
  if (error instanceof DataLoadError) {
    return { title: `Couldn’t load ${error.what}`, message: error.message };
  }
  if (isRouteErrorResponse(error)) {
    return {
      title: 'Something went wrong',
      message: `The page answered ${error.status} ${error.statusText}`.trim(),
    };
  }
  if (error instanceof Error) return { title: 'Something went wrong', message: error.message };
  return { title: 'Something went wrong', message: 'An unexpected error stopped this page.' };
}
