import { appHref } from '../../ui/appHref.ts';
import { countLabel } from '../../ui/countLabel.ts';
import { useLinkNavigation } from '../../ui/useLinkNavigation.ts';

type ListFilterStatusProps = {
  /** Articles the filters keep. */
  count: number;
  topic: { id: string; label: string } | null;
  speaker: { id: string; label: string } | null;
  /** Filter values the site does not know, by facet. */
  unknown: { facet: 'topic' | 'speaker'; id: string }[];
};

/**
 * Says which filters are on and how many articles they keep, and offers to clear them (a plain
 * link the container navigates for, as the chips do: it re-renders on every filter change).
 */
export function ListFilterStatus({ count, topic, speaker, unknown }: ListFilterStatusProps) {
  const onClick = useLinkNavigation();
  const [firstUnknown] = unknown;
  if (firstUnknown) {
    return (
      <div className="state state--notice" role="status" onClick={onClick}>
        <p>
          There is no {firstUnknown.facet} called <strong>“{firstUnknown.id}”</strong>.
        </p>
        <a className="chip chip--clear" href={appHref('/')}>
          Show all articles
        </a>
      </div>
    );
  }
  if (!topic && !speaker) return null;
  return (
    <p className="filter-status" role="status" onClick={onClick}>
      <span>
        {countLabel(count, 'article')}
        {topic && (
          <>
            {' '}
            about <strong>{topic.label}</strong>
          </>
        )}
        {speaker && (
          <>
            {' '}
            quoting <strong>{speaker.label}</strong>
          </>
        )}
      </span>
      <a className="chip chip--clear" href={appHref('/')}>
        <span aria-hidden="true">×</span> Clear filter
      </a>
    </p>
  );
}
