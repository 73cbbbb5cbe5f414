import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
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
  /** Typing has paused: the URL holds the text (after 300 ms without a keystroke, a blur, Enter). */
  paused: boolean;
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
  const { key } = useLocation();
  const fromUrl = useSearchText();
  const [value, setValue] = useState(fromUrl);
  // Texts sent to the URL that have not arrived yet, oldest first. A new location whose query is
  // one of them is that write arriving (typing may have gone on since: keep it; the router may
  // show an older write after a newer one was sent); any other is a move the reader made (Back,
  // a link), and its query replaces the text. Decided on commit, where the location and the
  // text are the ones on screen: a render may see a location the router has since left.
  const written = useRef<string[]>([]);
  const seenKey = useRef(key);
  useLayoutEffect(() => {
    if (seenKey.current === key) return;
    seenKey.current = key;
    const at = written.current.indexOf(fromUrl);
    if (at >= 0) {
      written.current = written.current.slice(at + 1);
      return;
    }
    written.current = [];
    setValue(fromUrl);
  }, [key, fromUrl]);

  const write = useCallback(() => {
    if (value === fromUrl) return;
    written.current.push(value);
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

  const paused = value === fromUrl;
  const typing = useMemo(
    () => ({ text: value, type: setValue, flush: write, paused }),
    [value, write, paused],
  );
  return <SearchTypingContext value={typing}>{children}</SearchTypingContext>;
}

/** The search text and its setters, inside a `SearchScope`. */
export function useSearchTyping(): SearchTyping {
  const typing = useContext(SearchTypingContext);
  if (!typing) throw new Error('no SearchScope');
  return typing;
}
