import { useEffect } from 'react';

const SITE = 'Saywire';

/** Sets the tab title to "<page> – Saywire" (or just "Saywire") while the page is shown. */
export function useDocumentTitle(page: string | null): void {
  useEffect(() => {
    document.title = page ? `${page} – ${SITE}` : SITE;
  }, [page]);
}
