import { SkeletonBlock, SkeletonRegion } from '../../ui/Skeleton.tsx';

/** Placeholder for the article while it loads, with the heights of the real header and body. */
export function ArticleSkeleton() {
  return (
    <SkeletonRegion label="Loading article…">
      <div className="article article--skeleton">
        <div className="article__header">
          <SkeletonBlock height="2.5rem" width="95%" />
          <SkeletonBlock height="2.5rem" width="70%" />
          <SkeletonBlock height="1rem" width="55%" />
          <SkeletonBlock height="2.75rem" width="40%" />
        </div>
        <div className="article__body">
          {[0, 1, 2, 3].map((key) => (
            <SkeletonBlock key={key} height="7rem" />
          ))}
        </div>
      </div>
    </SkeletonRegion>
  );
}
