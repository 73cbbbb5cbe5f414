import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useReducer, useState } from 'react';
import { afterNextPaint } from '../../ui/afterNextPaint.ts';
import { appHref } from '../../ui/appHref.ts';
import { countLabel } from '../../ui/countLabel.ts';
import { PublishedDate } from '../../ui/PublishedDate.tsx';
import { useLinkNavigation } from '../../ui/useLinkNavigation.ts';
import { hitDetailNow, loadHitDetail, searchQuery } from './api.ts';
import type { HitDetail, SearchHit } from './describeHit.ts';
import { MarkedText } from './MarkedText.tsx';
import { useSearchTyping } from './SearchScope.tsx';
import type { SearchOutcome } from './searchEngine.ts';
import { SEARCH_RENDERED_MARK } from './searchMarks.ts';

/** Results per page; "Show more" adds as many again. */
const PAGE = 10;

/**
 * The results of a search, newest first, each linking to its article (to the matching quotation
 * when the match is in one), with the matched words marked. One live region announces the count
 * or why there is nothing to show; the previous results stay while the next keystroke's load.
 */
export function SearchResults({ text, topic }: { text: string; topic: string | null }) {
  const [shown, setShown] = useState({ text, limit: PAGE });
  const limit = shown.text === text ? shown.limit : PAGE;
  const search = useQuery({
    ...searchQuery(text, topic, limit),
    placeholderData: keepPreviousData,
  });
  const outcome = search.data;
  const onClick = useLinkNavigation();
  const { paused } = useSearchTyping();
  const settled = outcome !== undefined && !search.isPlaceholderData;
  // Marked once the frame showing them is painted, so a measure from the keystroke includes
  // the browser's style, layout and paint, not only React's render.
  useEffect(() => {
    if (!settled) return;
    return afterNextPaint(() => performance.mark(SEARCH_RENDERED_MARK, { detail: text }));
  }, [settled, text, outcome]);

  if (search.isError && !outcome) {
    return (
      <div className="search__error" role="alert">
        <p>Search is unavailable: {search.error.message}</p>
        <button type="button" className="button" onClick={() => void search.refetch()}>
          Retry
        </button>
      </div>
    );
  }
  return (
    <section className="search-results" aria-label="Search results" aria-busy={search.isFetching}>
      <p className="search__status" role="status">
        {outcome ? statusText(outcome, text, topic) : 'Searching…'}
      </p>
      {outcome?.kind === 'results' && outcome.hits.length > 0 && (
        <>
          <ol className="search-results__list" onClick={onClick}>
            {outcome.hits.map((hit) => (
              <li key={hit.slug}>
                <SearchHitCard hit={hit} text={text} load={paused} />
              </li>
            ))}
          </ol>
          {outcome.total > outcome.hits.length && (
            <button
              type="button"
              className="button"
              disabled={search.isFetching}
              onClick={() => setShown({ text, limit: limit + PAGE })}
            >
              Show more results
            </button>
          )}
        </>
      )}
    </section>
  );
}

function statusText(outcome: SearchOutcome, text: string, topic: string | null): string {
  const where = topic === null ? '' : ' in this topic';
  switch (outcome.kind) {
    case 'too-short':
      return 'Type at least two letters to search.';
    case 'only-common-words':
      return 'Those words are too common to search for. Add a more specific word.';
    case 'results':
      return outcome.total === 0
        ? `No articles match “${text.trim()}”${where}. Check the spelling or try fewer words.`
        : `${countLabel(outcome.total, 'article')} match “${text.trim()}”${where}.`;
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}

/**
 * A result's snippet: in the render itself when its article file is loaded, else once the file
 * arrives (the card shows the headline, date and speakers meanwhile), which is asked for only
 * when `load` says typing has paused. Loading each keystroke's results' files as they showed
 * fetched ten files for nearly every letter of a query, whose `fetch()` calls ran in the
 * keystroke's task before its frame and whose responses queued in the offline worker ahead of
 * the next letter's index shard. A failed load leaves the card as it is, and the next pause
 * tries again.
 */
function useHitDetail(slug: string, text: string, load: boolean): HitDetail | undefined {
  const [, arrived] = useReducer((count: number) => count + 1, 0);
  const detail = hitDetailNow(slug, text);
  const missing = detail === undefined;
  useEffect(() => {
    if (!missing || !load) return;
    let live = true;
    loadHitDetail(slug, text).then(
      () => {
        if (live) arrived();
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [slug, text, missing, load]);
  return detail;
}

/**
 * One result: headline, date and the speakers the query named show at once from the index's
 * card; the matching quotation (or the summary) follows when the article file arrives, and the
 * headline then links to that quotation. Its links are plain: the list navigates for them
 * (`useLinkNavigation`), since a `<Link>` per result re-rendered with every router update.
 */
function SearchHitCard({ hit, text, load }: { hit: SearchHit; text: string; load: boolean }) {
  const headingId = `result-${hit.slug}`;
  const detail = useHitDetail(hit.slug, text, load);
  const snippet = detail?.snippet;
  return (
    <article className="card search-hit" aria-labelledby={headingId}>
      <h2 className="card__headline" id={headingId}>
        <a href={appHref(detail?.href ?? hit.href)}>
          <MarkedText value={hit.headline} />
        </a>
      </h2>
      {hit.date && (
        <p className="meta">
          <PublishedDate date={hit.date} />
        </p>
      )}
      {snippet?.kind === 'quote' ? (
        <figure className="search-hit__quote">
          <blockquote>
            <p>
              “<MarkedText value={snippet.body} />”
            </p>
          </blockquote>
          {snippet.speaker && <figcaption>— {snippet.speaker}</figcaption>}
        </figure>
      ) : snippet?.kind === 'summary' ? (
        <p className="card__summary">
          <MarkedText value={snippet.body} />
        </p>
      ) : null}
      {hit.voices.length > 0 && (
        <p className="search-hit__voices">
          Quotes from{' '}
          {hit.voices.map((voice, index) => (
            <span key={voice.text}>
              {index > 0 && ', '}
              <MarkedText value={voice} />
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
