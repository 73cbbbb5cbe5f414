import { Link } from 'react-router-dom';
import { countLabel } from '../../ui/countLabel.ts';
import type { TopicSelection } from './selectTopic.ts';

/** Says which filter is on and offers to clear it; says so when the topic id is unknown. */
export function TopicFilterStatus({ selection }: { selection: TopicSelection }) {
  switch (selection.kind) {
    case 'all':
      return null;
    case 'topic':
      return (
        <p className="filter-status" role="status">
          <span>
            {countLabel(selection.articles.length, 'article')} about{' '}
            <strong>{selection.topic.label}</strong>
          </span>
          <Link className="chip chip--clear" to="/">
            <span aria-hidden="true">×</span> Clear filter
          </Link>
        </p>
      );
    case 'unknown':
      return (
        <div className="state state--notice" role="status">
          <p>
            There is no topic called <strong>“{selection.id}”</strong>.
          </p>
          <Link className="chip chip--clear" to="/">
            Show all articles
          </Link>
        </div>
      );
    default: {
      const unreachable: never = selection;
      return unreachable;
    }
  }
}
