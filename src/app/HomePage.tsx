import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { articleIndexQuery, listViewQuery } from '../features/articles/api.ts';
import { useInstantListFilters } from '../features/articles/useInstantListFilters.ts';
import { usePrefetchListFilters } from '../features/articles/usePrefetchListFilters.ts';
import { WindowedArticleList } from '../features/articles/WindowedArticleList.tsx';
import { SearchField } from '../features/search/SearchField.tsx';
import { SearchOutlet } from '../features/search/SearchOutlet.tsx';
import { SearchScope } from '../features/search/SearchScope.tsx';
import { ListFilterStatus } from '../features/topics/ListFilterStatus.tsx';
import { SpeakerFilter } from '../features/topics/SpeakerFilter.tsx';
import { TopicFilter } from '../features/topics/TopicFilter.tsx';
import { useSpeakerFilterParam } from '../features/topics/useSpeakerFilterParam.ts';
import { useTopicParam } from '../features/topics/useTopicParam.ts';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';
import { useHydratedListFilters } from './hydratedListFilters.ts';
import { saveToggleFor } from './SavedArticleToggle.tsx';

/**
 * The front page. It composes the article list, the topic and speaker filters (`/topics/<id>` or
 * `?topic=`, and `?speaker=`, combinable) and search, so it lives in the app shell: features do not import
 * each other. A filter is the sorted positions of its articles in the index order (one small
 * shard per topic or speaker); two filters combine by intersecting them (`listViewQuery`).
 */
export function HomePage() {
  const { data: index } = useSuspenseQuery(articleIndexQuery());
  // The URL's filters (while hydrating, the prerendered page's), or a clicked filter link's
  // until the router has reached it.
  const { topic: topicId, speaker: speakerId } = useInstantListFilters(
    useHydratedListFilters({ topic: useTopicParam(), speaker: useSpeakerFilterParam() }),
    index.topics,
    index.pageSize,
  );
  const client = useQueryClient();
  const {
    data: { topic, speaker, positions, known },
  } = useSuspenseQuery(listViewQuery(client, index.topics, topicId, speakerId));
  usePrefetchListFilters(index.pageSize);
  const unknown = [
    ...(topic?.kind === 'not-found' ? [{ facet: 'topic' as const, id: topic.id }] : []),
    ...(speaker?.kind === 'not-found' ? [{ facet: 'speaker' as const, id: speaker.id }] : []),
  ];
  const topicFound = topic?.kind === 'found' ? topic : null;
  const speakerFound = speaker?.kind === 'found' ? speaker : null;
  const title = [topicFound?.label, speakerFound?.label].filter(Boolean).join(' · ');
  // The tab's title follows in a render after the list's frame: setting it cost ~2–7 ms of the
  // click's task under 4× CPU throttling, for nothing on the page.
  useDocumentTitle(useDeferredValue(unknown[0] ? `Unknown ${unknown[0].facet}` : title || null));
  const count = positions ? positions.length : index.total;
  // Each facet's links carry the other facet's filter, and change with it in this render (25–50
  // links, a few ms of a click's task at 4× throttling). Deferred to a later render, they kept
  // the previous filter until React got to it, which under load could be after the URL had
  // changed: a quick second click then dropped the filter just chosen.

  return (
    <SearchScope>
      <h1 className="page-title">{title || 'Latest articles'}</h1>
      {searchField}
      <TopicFilter
        topics={index.topics}
        total={index.total}
        activeId={topicFound?.id ?? null}
        speakerId={speakerId}
      />
      <SpeakerFilter speakers={index.speakers} active={speakerFound} topicId={topicId} />
      <SearchOutlet topic={topicId}>
        <ListFilterStatus
          count={count}
          topic={topicFound}
          speaker={speakerFound}
          unknown={unknown}
        />
        {unknown.length === 0 && (
          <WindowedArticleList
            count={count}
            positionAt={positions ? (i) => positions[i] ?? 0 : (i) => i}
            pageSize={index.pageSize}
            firstPage={index.articles}
            known={known}
            emptyMessage={emptyMessage(topicFound?.label, speakerFound?.label)}
            renderActions={saveToggleFor}
          />
        )}
      </SearchOutlet>
    </SearchScope>
  );
}

/**
 * One element for every render: React skips an element it has seen before, so a filter click
 * leaves the field (a form, a label and a controlled input) alone; its context still reaches it.
 */
const searchField = <SearchField />;

function emptyMessage(topic: string | undefined, speaker: string | undefined): string {
  if (topic && speaker) return `No articles about ${topic} quote ${speaker} yet.`;
  if (topic) return `No articles about ${topic} yet.`;
  if (speaker) return `No articles quote ${speaker} yet.`;
  return 'No articles yet.';
}
