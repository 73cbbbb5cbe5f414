import type { ReactNode } from 'react';

type ErrorStateProps = {
  title: string;
  message: string;
  onRetry?: () => void;
  retrying?: boolean;
  children?: ReactNode;
};

/** A page-level failure: a heading naming what failed, the reason, and a Retry button. */
export function ErrorState({
  title,
  message,
  onRetry,
  retrying = false,
  children,
}: ErrorStateProps) {
  return (
    <section className="state state--error" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{title}</h1>
      <p>{message}</p>
      <div className="state__actions">
        {onRetry && (
          <button type="button" className="button" onClick={onRetry} disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry'}
          </button>
        )}
        {children}
      </div>
    </section>
  );
}
