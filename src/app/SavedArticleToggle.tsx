import { useQueryClient } from '@tanstack/react-query';
import type { Article, ArticleSummary } from '../core/schema.ts';
import { articleQuery } from '../features/article/api.ts';
import { SaveToggle } from '../features/saved/SaveToggle.tsx';

/**
 * The save toggle for a list card. Saving from the list also fetches the article itself (through
 * the article feature's query, so it lands in the cache too) to keep it readable offline.
 */
export function SavedArticleToggle({ summary }: { summary: ArticleSummary }) {
  const queryClient = useQueryClient();
  const loadArticle = async (): Promise<Article | null> => {
    const lookup = await queryClient.fetchQuery(articleQuery(summary.slug));
    return lookup.kind === 'found' ? lookup.article : null;
  };
  return <SaveToggle summary={summary} loadArticle={loadArticle} />;
}

/** `renderActions` for an article list: a save toggle on every card. */
export const saveToggleFor = (summary: ArticleSummary) => <SavedArticleToggle summary={summary} />;
