import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useSearchText } from './useSearchText.ts';

/** Typing pauses this long before the URL is written. */
const WRITE_AFTER_MS = 300;

/** The search text the page shows, and how the field changes it. */
export type SearchTyping = {
  /** What the field holds: the URL's `?q=`, or what was typed since. */
  text: string;
  /** Sets the text at once; the URL follows when typing pauses. */
  type: (next: string) => void;
  /** Writes the text to the URL now (the field loses focus, Enter). */
  flush: () => void;
};

const SearchTypingContext = createContext<SearchTyping | null>(null);

/**
 * Holds the search text for the field and the results under it. The results follow the field's
 * text directly, not the URL: a router navigation per keystroke (the URL, the page's re-render
 * and the filters' with it) used to stand between a keystroke and its results. The URL
 * (`?q=`) is still written, replacing the history entry, once typing pauses for 300 ms, or at
 * once when the field loses focus or Enter is pressed, so a result opened from the list comes
 * back with Back to the same search, and a reload or a bookmark shows it. A change of URL that
 * is not one of these writes (Back, a link) replaces the text.
 */
export function SearchScope({ children }: { children: ReactNode }) {
  const [, setSearchParams] = useSearchParams();
  const fromUrl = useSearchText();
  // `echoes`: values the URL held or was sent while typing; the URL showing one of them is the
  // app's own doing (a late write), not a reason to overwrite newer typing, while any other
  // value is.
  const [typed, setTyped] = useState({ value: fromUrl, echoes: [] as string[] });
  if (fromUrl === typed.value ? typed.echoes.length > 0 : !typed.echoes.includes(fromUrl)) {
    setTyped({ value: fromUrl, echoes: [] });
  }
  const { value } = typed;

  const write = useCallback(() => {
    if (value === fromUrl) return;
    setSearchParams(
      (params) => {
        const copy = new URLSearchParams(params);
        if (value === '') copy.delete('q');
        else copy.set('q', value);
        return copy;
      },
      { replace: true, preventScrollReset: true },
    );
  }, [value, fromUrl, setSearchParams]);

  useEffect(() => {
    if (value === fromUrl) return;
    const timer = setTimeout(write, WRITE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [value, fromUrl, write]);

  const type = useCallback(
    (next: string) =>
      setTyped((current) => ({ value: next, echoes: [...current.echoes, fromUrl, next] })),
    [fromUrl],
  );
  return (
    <SearchTypingContext value={{ text: value, type, flush: write }}>
      {children}
    </SearchTypingContext>
  );
}

/** The search text and its setters, inside a `SearchScope`. */
export function useSearchTyping(): SearchTyping {
  const typing = useContext(SearchTypingContext);
  if (!typing) throw new Error('no SearchScope');
  return typing;
}
