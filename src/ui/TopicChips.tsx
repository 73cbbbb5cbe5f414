import { Link } from 'react-router-dom';
import type { TopicRef } from '../core/schema.ts';
import { topicHref } from './topicHref.ts';

/** An article's topics as links to the list filtered by each. */
export function TopicChips({ topics, label = 'Topics' }: { topics: TopicRef[]; label?: string }) {
  if (topics.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {topics.map((topic) => (
        <li key={topic.id}>
          <Link className="chip" to={topicHref(topic.id)}>
            {topic.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
