import { useCallback, useState, type MouseEvent } from 'react';

/** The quote whose attribution card is open, and the element to give focus back to. */
export type ChosenQuote = { id: string; opener: HTMLElement | null };

/**
 * Opens a quote's attribution card from a click anywhere in the article on its highlight or its
 * speaker tag (one delegated handler rather than one per quote), and closes it, handing focus
 * back. Selecting text inside a highlight does not open it.
 */
export function useQuoteChooser() {
  const [chosen, setChosen] = useState<ChosenQuote | null>(null);

  const onClick = useCallback((event: MouseEvent<HTMLElement>) => {
    if (!(event.target instanceof Element)) return;
    const tag = event.target.closest<HTMLElement>('[data-card-for]');
    const mark = tag ? null : event.target.closest<HTMLElement>('mark[data-quote-id]');
    const id = tag?.dataset.cardFor ?? mark?.dataset.quoteId;
    if (!id) return;
    if (mark && (window.getSelection()?.toString() ?? '') !== '') return;
    setChosen({ id, opener: tag });
  }, []);

  const close = useCallback(() => {
    setChosen((current) => {
      if (current) {
        // After the dialog unmounts: focus goes back to what opened it, or to the quote's tag.
        const target =
          current.opener ??
          document.querySelector<HTMLElement>(`[data-card-for="${CSS.escape(current.id)}"]`);
        queueMicrotask(() => target?.focus());
      }
      return null;
    });
  }, []);

  return { chosen, onClick, close };
}
