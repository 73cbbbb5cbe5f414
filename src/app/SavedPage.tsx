import { ArticleList } from '../features/articles/ArticleList.tsx';
import { useSavedArticles } from '../features/saved/savedStore.ts';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';
import { saveToggleFor } from './SavedArticleToggle.tsx';

/**
 * `/saved`: the articles kept on this device, newest saved first, as list cards. It composes
 * the saved store with the article list, so it lives in the app shell.
 */
export function SavedPage() {
  useDocumentTitle('Saved articles');
  const saved = useSavedArticles();
  return (
    <>
      <h1 className="page-title">Saved articles</h1>
      <p className="page-note">Kept on this device; saved articles can be read offline.</p>
      <ArticleList
        articles={saved.map((entry) => entry.summary)}
        emptyMessage="Nothing saved yet. Use Save on an article to keep it here."
        renderActions={saveToggleFor}
      />
    </>
  );
}
