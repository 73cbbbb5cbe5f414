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
  // No wrapper: the card's and the article's action rows are flex rows that space the button
  // and its note alike.
  return (
    <>
      {/* The name stays "Save …" either way; aria-pressed says whether it is saved. In
          `aria-label`, not a visually hidden span: every list card has a toggle, and each such
          span is an absolutely placed box the card lays out again when a filter shows it. */}
      <button
        type="button"
        className="save-toggle"
        aria-pressed={saved}
        aria-label={`Save “${summary.headline}”`}
        onClick={() => void toggle()}
      >
        {saved ? '★ Saved' : '☆ Save'}
      </button>
      {failed && (
        <span className="save__note" role="status">
          Saved, but not yet for offline reading.
        </span>
      )}
    </>
  );
}
