import { useEffect, useState } from 'react';
import type { Article, ArticleSummary } from '../../core/schema.ts';
import { attachArticle, removeSaved, saveArticle, useIsSaved } from './savedStore.ts';

type SaveToggleProps = {
  summary: ArticleSummary;
  /** The article when the page has it; otherwise `loadArticle` fetches it after saving. */
  article?: Article | null;
  loadArticle?: () => Promise<Article | null>;
};

/**
 * A toggle button (`aria-pressed`) that keeps an article on this device. Its name stays the same
 * when pressed, as a toggle's should; the headline is in it so a list of toggles is told apart.
 */
export function SaveToggle({ summary, article = null, loadArticle }: SaveToggleProps) {
  const saved = useIsSaved(summary.slug);
  const [failed, setFailed] = useState(false);
  // Reading a saved article online refreshes the copy kept for offline reading.
  useEffect(() => {
    if (saved && article) attachArticle(article);
  }, [saved, article]);
  const toggle = async () => {
    setFailed(false);
    if (saved) {
      removeSaved(summary.slug);
      return;
    }
    saveArticle(summary, article);
    if (article || !loadArticle) return;
    try {
      const loaded = await loadArticle();
      if (loaded) attachArticle(loaded);
    } catch {
      // Saved for the list; the article itself is stored the next time it is opened.
      setFailed(true);
    }
  };
  return (
    <span className="save">
      <button
        type="button"
        className="save-toggle"
        aria-pressed={saved}
        onClick={() => void toggle()}
      >
        {/* The name stays "Save …" either way; aria-pressed says whether it is saved. */}
        <span aria-hidden="true">{saved ? '★ Saved' : '☆ Save'}</span>
        <span className="visually-hidden">Save “{summary.headline}”</span>
      </button>
      {failed && (
        <span className="save__note" role="status">
          Saved, but not yet for offline reading.
        </span>
      )}
    </span>
  );
}
