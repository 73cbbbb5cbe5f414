import { useEffect } from 'react';

const SITE = 'Saywire';

/** "<page> – Saywire", or just "Saywire": the tab title, also written into prerendered pages. */
export const documentTitle = (page: string | null): string => (page ? `${page} – ${SITE}` : SITE);

/** Sets the tab title to "<page> – Saywire" (or just "Saywire") while the page is shown. */
export function useDocumentTitle(page: string | null): void {
  useEffect(() => {
    document.title = documentTitle(page);
  }, [page]);
}
