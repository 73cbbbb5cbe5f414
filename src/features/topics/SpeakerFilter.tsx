import { memo } from 'react';
import type { SpeakerCount } from '../../core/schema.ts';
import { filterHref } from './filterHref.ts';
import { FilterChip } from './TopicFilter.tsx';
import { useLinkNavigation } from '../../ui/useLinkNavigation.ts';

type SpeakerFilterProps = {
  /** The most quoted speakers, with how many articles quote each. */
  speakers: SpeakerCount[];
  /**
   * The speaker filter in force (listed even when not among the most quoted), with its
   * articles' positions: the list's shard itself, the same object while it is shown.
   */
  active: { id: string; label: string; positions: ArrayLike<number> } | null;
  topicId: string | null;
};

/**
 * The speaker facet: the most quoted voices as links with counts, kept with the topic filter.
 * Memoized: a topic chosen re-renders it only once its links take that topic, after the list's
 * frame.
 */
export const SpeakerFilter = memo(function SpeakerFilter({
  speakers,
  active,
  topicId,
}: SpeakerFilterProps) {
  const onClick = useLinkNavigation();
  if (speakers.length === 0) return null;
  const listed =
    active && !speakers.some((s) => s.id === active.id)
      ? [{ id: active.id, name: active.label, count: active.positions.length }, ...speakers]
      : speakers;
  return (
    <nav className="topic-filter speaker-filter" aria-label="Filter by speaker" onClick={onClick}>
      <ul className="chips">
        <FilterChip
          href={filterHref({ topic: topicId, speaker: null })}
          label="All voices"
          active={active === null}
        />
        {listed.map((speaker) => (
          <FilterChip
            key={speaker.id}
            href={filterHref({ topic: topicId, speaker: speaker.id })}
            label={speaker.name}
            count={speaker.count}
            active={speaker.id === active?.id}
          />
        ))}
      </ul>
    </nav>
  );
});
