import { Link } from 'react-router-dom';
import { countLabel } from '../../ui/countLabel.ts';
import { PublishedDate } from '../../ui/PublishedDate.tsx';
import type { Related } from './relatedArticles.ts';

/** "Related articles" after an article: each linked, with what it shares. Nothing when none. */
export function RelatedArticles({ related }: { related: Related[] }) {
  if (related.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-title">
      <h2 id="related-title">Related articles</h2>
      <ul className="related__list">
        {related.map(({ article, sharedSpeakers, sharedTopics }) => (
          <li key={article.slug} className="related__item">
            <Link to={`/articles/${encodeURIComponent(article.slug)}`}>{article.headline}</Link>
            <p className="meta">
              {article.date && <PublishedDate date={article.date} />}
              <span>{because(sharedSpeakers, sharedTopics)}</span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function because(speakers: number, topics: number): string {
  const parts = [
    speakers > 0 ? `${countLabel(speakers, 'shared voice')}` : null,
    topics > 0 ? `${countLabel(topics, 'shared topic')}` : null,
  ].filter((part) => part !== null);
  return parts.join(', ');
}
