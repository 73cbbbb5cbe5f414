import type { ReactNode } from 'react';
import './Skeleton.css';

/**
 * The sizes Skeleton.css defines. Sizes are classes, not `style=`, so the Content Security Policy
 * needs no 'unsafe-inline' for styles; a size missing here is a type error, not a silent no-op.
 */
export type SkeletonHeight = '1rem' | '1.2em' | '1.75rem' | '2.5rem' | '2.75rem' | '3rem' | '7rem';
export type SkeletonWidth =
  | '100%'
  | '95%'
  | '90%'
  | '70%'
  | '60%'
  | '55%'
  | '50%'
  | '40%'
  | '12ch'
  | '7rem'
  | '8rem'
  | '9rem';

/**
 * A grey placeholder block of a fixed height, so content arriving later does not push the page
 * around. Purely decorative: the container announces the loading state.
 */
export function SkeletonBlock({
  height,
  width = '100%',
}: {
  height: SkeletonHeight;
  width?: SkeletonWidth;
}) {
  return <span className="skeleton" data-height={height} data-width={width} aria-hidden="true" />;
}

/** The accessible wrapper for a skeleton: busy, with a visually hidden status message. */
export function SkeletonRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="skeleton-region" aria-busy="true">
      <p role="status" className="visually-hidden">
        {label}
      </p>
      {children}
    </div>
  );
}
