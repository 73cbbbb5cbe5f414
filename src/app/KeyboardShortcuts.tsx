import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useMatch, useNavigate } from 'react-router-dom';
import { articleIndexQuery } from '../features/articles/api.ts';
import { ShortcutsHelp } from '../features/shortcuts/ShortcutsHelp.tsx';
import { moveFocus, useShortcutKeys } from '../features/shortcuts/useShortcutKeys.ts';

/** The headline links of whatever article list the page shows (front page, topic, saved). */
const listLinks = () => [
  ...document.querySelectorAll<HTMLElement>('main .article-list .card__headline a'),
];

/** The list view's search field, when the page shows one. */
const searchField = () => document.querySelector<HTMLElement>('main input[type="search"]');

/**
 * The reader's keyboard shortcuts, composed from the shortcuts feature and the article index:
 * on a list `j`/`k` move focus between articles; on an article they open the next or previous
 * one in the index's order (newest first); `/` focuses the search field on the list; `?` shows the
 * help dialog.
 */
export function KeyboardShortcuts() {
  const [helpOpen, setHelpOpen] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const slug = useMatch('/articles/:slug')?.params.slug ?? null;

  const move = async (step: 1 | -1) => {
    if (slug === null) {
      moveFocus(listLinks(), step);
      return;
    }
    try {
      const { articles } = await queryClient.fetchQuery(articleIndexQuery());
      const at = articles.findIndex((article) => article.slug === slug);
      const target = at < 0 ? undefined : articles[at + step];
      if (target) void navigate(`/articles/${encodeURIComponent(target.slug)}`);
    } catch {
      // Without the index there is no order to follow; the key does nothing.
    }
  };

  useShortcutKeys(
    {
      next: () => void move(1),
      previous: () => void move(-1),
      help: () => setHelpOpen(true),
      search: () => searchField()?.focus(),
    },
    !helpOpen,
  );
  return <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />;
}
