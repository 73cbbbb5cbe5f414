import { SkeletonBlock, SkeletonRegion } from '../../ui/Skeleton.tsx';

/** Placeholder for the speaker list or a speaker page while its data loads. */
export function SpeakersSkeleton() {
  return (
    <SkeletonRegion label="Loading voices…">
      <div className="speakers--skeleton">
        <SkeletonBlock height="2.5rem" width="40%" />
        {[0, 1, 2, 3].map((key) => (
          <SkeletonBlock key={key} height="3rem" width="90%" />
        ))}
      </div>
    </SkeletonRegion>
  );
}
