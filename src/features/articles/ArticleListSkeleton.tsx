import { SkeletonBlock, SkeletonRegion } from '../../ui/Skeleton.tsx';

/** Placeholder for the list while the index loads, sized like the real chips and cards. */
export function ArticleListSkeleton() {
  return (
    <SkeletonRegion label="Loading articles…">
      <div className="skeleton-heading">
        <SkeletonBlock height="1.2em" width="12ch" />
      </div>
      <div className="chips chips--skeleton">
        <SkeletonBlock height="2.75rem" width="7rem" />
        <SkeletonBlock height="2.75rem" width="9rem" />
        <SkeletonBlock height="2.75rem" width="8rem" />
      </div>
      <div className="article-list">
        {[0, 1, 2].map((key) => (
          <div className="card card--skeleton" key={key}>
            <SkeletonBlock height="1.75rem" width="90%" />
            <SkeletonBlock height="1rem" width="60%" />
            <SkeletonBlock height="3rem" />
            <SkeletonBlock height="1rem" width="50%" />
          </div>
        ))}
      </div>
    </SkeletonRegion>
  );
}
