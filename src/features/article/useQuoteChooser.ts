import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';

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

  // Focus goes back to what opened the card, or to the quote's tag, once the card is gone: while
  // the modal dialog is still in the page, everything outside it is inert and cannot take focus.
  const returnFocusTo = useRef<ChosenQuote | null>(null);
  useEffect(() => {
    const closed = returnFocusTo.current;
    if (chosen || !closed) return;
    returnFocusTo.current = null;
    const target =
      closed.opener ??
      document.querySelector<HTMLElement>(`[data-card-for="${CSS.escape(closed.id)}"]`);
    target?.focus();
  }, [chosen]);

  const close = useCallback(() => {
    returnFocusTo.current = chosen;
    setChosen(null);
  }, [chosen]);

  return { chosen, onClick, close };
}
