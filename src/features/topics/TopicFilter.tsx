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

/**
 * The topic facet as links with counts; the current filter is marked with `aria-current`.
 * Memoized: a speaker chosen re-renders it only once its links take that speaker (after the
 * list's frame, see HomePage).
 */
export const TopicFilter = memo(function TopicFilter({
  topics,
  total,
  activeId,
  speakerId = null,
}: TopicFilterProps) {
  const onClick = useLinkNavigation();
  return (
    <nav className="topic-filter" aria-label="Filter by topic" onClick={onClick}>
      <ul className="chips">
        <FilterChip
          href={filterHref({ topic: null, speaker: speakerId })}
          label="All topics"
          count={total}
          active={activeId === null}
        />
        {topics.map((topic) => (
          <FilterChip
            key={topic.id}
            href={filterHref({ topic: topic.id, speaker: speakerId })}
            label={topic.label}
            count={topic.count}
            active={topic.id === activeId}
          />
        ))}
      </ul>
    </nav>
  );
});

/**
 * One facet value as a list item holding a link with its article count: a plain link, memoized
 * with its item, so a navigation re-renders only the chips whose props change (the container
 * navigates: `useLinkNavigation`) and leaves the other items' elements alone (each item that
 * a re-render recreated was compared again in React's commit, ~78 of them per click).
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
    <li>
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
    </li>
  );
});
