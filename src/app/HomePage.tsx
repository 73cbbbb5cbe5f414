import { useSuspenseQuery } from '@tanstack/react-query';
import { articleIndexQuery } from '../features/articles/api.ts';
import { ArticleList } from '../features/articles/ArticleList.tsx';
import { SearchField } from '../features/search/SearchField.tsx';
import { SearchOutlet } from '../features/search/SearchOutlet.tsx';
import { selectTopic, type TopicSelection } from '../features/topics/selectTopic.ts';
import { TopicFilter } from '../features/topics/TopicFilter.tsx';
import { TopicFilterStatus } from '../features/topics/TopicFilterStatus.tsx';
import { useTopicParam } from '../features/topics/useTopicParam.ts';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';
import { saveToggleFor } from './SavedArticleToggle.tsx';

/**
 * The front page. It composes two features, the article list and the topic filter, so it lives
 * in the app shell: features do not import each other.
 */
export function HomePage() {
  const { data: index } = useSuspenseQuery(articleIndexQuery());
  const selection = selectTopic(index, useTopicParam());
  useDocumentTitle(pageTitle(selection));
  return (
    <>
      <h1 className="page-title">
        {selection.kind === 'topic' ? selection.topic.label : 'Latest articles'}
      </h1>
      <SearchField />
      <TopicFilter
        topics={index.topics}
        total={index.articles.length}
        activeId={selection.kind === 'topic' ? selection.topic.id : null}
      />
      <SearchOutlet>
        <TopicFilterStatus selection={selection} />
        {selection.kind !== 'unknown' && (
          <ArticleList
            articles={selection.articles}
            emptyMessage={
              selection.kind === 'topic'
                ? `No articles about ${selection.topic.label} yet.`
                : 'No articles yet.'
            }
            renderActions={saveToggleFor}
          />
        )}
      </SearchOutlet>
    </>
  );
}

function pageTitle(selection: TopicSelection): string | null {
  switch (selection.kind) {
    case 'all':
      return null;
    case 'topic':
      return selection.topic.label;
    case 'unknown':
      return 'Unknown topic';
    default: {
      const unreachable: never = selection;
      return unreachable;
    }
  }
}
