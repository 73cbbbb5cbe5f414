import { Link } from 'react-router-dom';
import { countLabel } from '../../ui/countLabel.ts';

type ListFilterStatusProps = {
  /** Articles the filters keep. */
  count: number;
  topic: { id: string; label: string } | null;
  speaker: { id: string; label: string } | null;
  /** Filter values the site does not know, by facet. */
  unknown: { facet: 'topic' | 'speaker'; id: string }[];
};

/** Says which filters are on and how many articles they keep, and offers to clear them. */
export function ListFilterStatus({ count, topic, speaker, unknown }: ListFilterStatusProps) {
  const [firstUnknown] = unknown;
  if (firstUnknown) {
    return (
      <div className="state state--notice" role="status">
        <p>
          There is no {firstUnknown.facet} called <strong>“{firstUnknown.id}”</strong>.
        </p>
        <Link className="chip chip--clear" to="/">
          Show all articles
        </Link>
      </div>
    );
  }
  if (!topic && !speaker) return null;
  return (
    <p className="filter-status" role="status">
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
      <Link className="chip chip--clear" to="/">
        <span aria-hidden="true">×</span> Clear filter
      </Link>
    </p>
  );
}
