import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Link, useRevalidator, useRouteError } from 'react-router-dom';
import { ErrorState } from '../ui/ErrorState.tsx';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';
import { describeRouteError } from './describeRouteError.ts';

/**
 * A route's error element: names what failed and offers Retry, which clears the failed queries'
 * error state and re-runs the route's loaders.
 */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const { reset } = useQueryErrorResetBoundary();
  const { title, message } = describeRouteError(error);
  useDocumentTitle(title);
  const retry = () => {
    reset();
    void revalidator.revalidate();
  };
  return (
    <ErrorState
      title={title}
      message={message}
      onRetry={retry}
      retrying={revalidator.state === 'loading'}
    >
      <Link className="button button--quiet" to="/">
        Front page
      </Link>
    </ErrorState>
  );
}
