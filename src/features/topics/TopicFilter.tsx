import { memo } from 'react';
import type { TopicCount } from '../../core/schema.ts';
import { countLabel } from '../../ui/countLabel.ts';
import { filterHref } from './filterHref.ts';
import { useLinkNavigation } from '../../ui/useLinkNavigation.ts';

type TopicFilterProps = {
  topics: TopicCount[];
  total: number;
  activeId: string | null;
  /** The speaker filter in force, kept when another topic is chosen. */
  speakerId?: string | null;
};

/** The topic facet as links with counts; the current filter is marked with `aria-current`. */
export function TopicFilter({ topics, total, activeId, speakerId = null }: TopicFilterProps) {
  const onClick = useLinkNavigation();
  return (
    <nav className="topic-filter" aria-label="Filter by topic" onClick={onClick}>
      <ul className="chips">
        <li>
          <FilterChip
            href={filterHref({ topic: null, speaker: speakerId })}
            label="All topics"
            count={total}
            active={activeId === null}
          />
        </li>
        {topics.map((topic) => (
          <li key={topic.id}>
            <FilterChip
              href={filterHref({ topic: topic.id, speaker: speakerId })}
              label={topic.label}
              count={topic.count}
              active={topic.id === activeId}
            />
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * One facet value as a link with its article count: a plain link, memoized, so a navigation
 * re-renders only the chips whose props change (the container navigates: `useLinkNavigation`).
 * The count's unit is in the link's name, not in a visually hidden element: each such element
 * is absolutely placed, and the row laid out ~75 of them again whenever a chip changed.
 */
export const FilterChip = memo(function FilterChip({
  href,
  label,
  count,
  active,
}: {
  href: string;
  label: string;
  count?: number;
  active: boolean;
}) {
  return (
    <a
      className="chip"
      href={href}
      aria-current={active ? 'page' : undefined}
      aria-label={count === undefined ? undefined : `${label} ${countLabel(count, 'article')}`}
    >
      {label}
      {/* The space keeps the visible text ("Rail 12") inside the name; the flex gap spaces them. */}
      {count !== undefined && <span className="chip__count"> {count}</span>}
    </a>
  );
});
