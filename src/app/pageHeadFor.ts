import type { QueryClient } from '@tanstack/react-query';
import type { StaticHandlerContext } from 'react-router-dom';
import { articleQuery } from '../features/article/api.ts';
import { articleIndexQuery } from '../features/articles/api.ts';
import { speakerQuery } from '../features/speakers/api.ts';
import { selectTopic } from '../features/topics/selectTopic.ts';
import { documentTitle } from '../ui/useDocumentTitle.ts';
import type { PageHead } from './head/pageHead.ts';

const SITE_DESCRIPTION = 'Saywire: news that shows who said what.';

/**
 * The head of a rendered route, read from the same query cache its loader filled (through the
 * features' query options, so there is one source for each piece of data). Titles match what
 * `useDocumentTitle` sets once the page runs.
 */
export function pageHeadFor(
  matches: StaticHandlerContext['matches'],
  location: { pathname: string; search: string },
  queryClient: QueryClient,
): PageHead {
  const leaf = matches[matches.length - 1];
  const params = leaf?.params ?? {};
  const page = (title: string | null, description = SITE_DESCRIPTION, index = true): PageHead => ({
    title: documentTitle(title),
    description,
    path: location.pathname,
    index,
  });

  if (leaf?.route.index || leaf?.route.path === 'topics/:topic') {
    const topicId = params.topic || new URLSearchParams(location.search).get('topic') || null;
    const data = queryClient.getQueryData(articleIndexQuery().queryKey);
    const selection = data ? selectTopic(data, topicId) : null;
    if (selection?.kind === 'topic') {
      const { id, label } = selection.topic;
      return {
        ...page(label, `Articles about ${label} on Saywire, with every quotation attributed.`),
        // An old `/?topic=` address names the topic's own page as the one to share and index.
        path: `/topics/${encodeURIComponent(id)}`,
      };
    }
    return page(null);
  }
  switch (leaf?.route.path) {
    case 'articles/:slug': {
      const lookup = queryClient.getQueryData(articleQuery(params.slug ?? '').queryKey);
      if (lookup?.kind !== 'found') return page('Article not found', SITE_DESCRIPTION, false);
      const { headline, summary, date, byline } = lookup.article;
      return {
        ...page(headline, summary),
        article: { headline, summary, date, byline },
      };
    }
    case 'speakers':
      return page('Voices', 'Everyone quoted by name in Saywire’s articles, most quoted first.');
    case 'speakers/:id': {
      const lookup = queryClient.getQueryData(speakerQuery(params.id ?? '').queryKey);
      if (lookup?.kind !== 'found') return page('Speaker not found', SITE_DESCRIPTION, false);
      const { name, roles, quoteCount } = lookup.speaker;
      const role = roles[0] ? ` (${roles[0]})` : '';
      const quotes = quoteCount === 1 ? 'quote' : 'quotes';
      return page(name, `Every quote by ${name}${role} on Saywire: ${quoteCount} ${quotes}.`);
    }
    case 'settings':
      return page('Settings', 'Theme and text size for reading Saywire.', false);
    case 'saved':
      return page('Saved articles', 'Articles saved on this device.', false);
    default:
      return page('Page not found', SITE_DESCRIPTION, false);
  }
}
