/**
 * Why a data file could not be loaded, as a tagged union so the error view can say exactly what
 * went wrong and the article view can tell "no such article" from "something broke".
 */
export type LoadFailure =
  | { kind: 'network' }
  | { kind: 'not-found' }
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'not-json' }
  | { kind: 'invalid'; detail: string };

/** A failed load of one named data file (`what` reads as a noun phrase: "the article index"). */
export class DataLoadError extends Error {
  override readonly name = 'DataLoadError';
  readonly what: string;
  readonly failure: LoadFailure;

  constructor(what: string, failure: LoadFailure, options?: ErrorOptions) {
    super(describeLoadFailure(what, failure), options);
    this.what = what;
    this.failure = failure;
  }
}

/** One sentence a reader can act on: what failed and how. */
export function describeLoadFailure(what: string, failure: LoadFailure): string {
  switch (failure.kind) {
    case 'network':
      return `Could not reach the server to load ${what}. Check your connection.`;
    case 'not-found':
      return `The server answered 404 Not Found when asked for ${what}.`;
    case 'http':
      return `The server answered ${failure.status}${failure.statusText ? ` ${failure.statusText}` : ''} when asked for ${what}.`;
    case 'not-json':
      return `The server sent ${what}, but it is not valid JSON.`;
    case 'invalid':
      return failure.detail;
    default: {
      const unreachable: never = failure;
      return unreachable;
    }
  }
}
