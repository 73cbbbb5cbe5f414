import type { CSSProperties, ReactNode } from 'react';

/**
 * A grey placeholder block of a fixed height, so content arriving later does not push the page
 * around. Purely decorative: the container announces the loading state.
 */
export function SkeletonBlock({ height, width = '100%' }: { height: string; width?: string }) {
  const style: CSSProperties = { height, width };
  return <span className="skeleton" style={style} aria-hidden="true" />;
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
