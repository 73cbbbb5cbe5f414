import { useEffect, useId, useRef } from 'react';
import { useSearchTyping } from './SearchScope.tsx';
import './search.css';

/**
 * Warms the engine and the index manifest, so the first keystroke's results come sooner. Best
 * effort: if either cannot load (offline, a chunk gone with a new deployment, the page leaving),
 * searching loads them again and shows the failure.
 */
const preload = () => {
  void import('./searchEngine.ts').then((engine) => engine.loadSearchIndex()).catch(() => {});
};

/**
 * The search field of the list view. Its text drives the results at once and reaches the URL
 * (`?q=`, replaced, so Back leaves the page rather than undoing letters) when typing pauses
 * (`SearchScope`); focusing the field starts loading the engine and the index manifest, which
 * are never part of the first load.
 */
export function SearchField() {
  const { text, type, flush } = useSearchTyping();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  // Letters typed into the prerendered field before the app took over: hydration keeps an
  // input's value as it finds it, but not as state, so nothing searched for them until the
  // next keystroke (a reader who typed a word and waited saw no results). Take them up now.
  useEffect(() => {
    const typed = field.current?.value ?? text;
    if (typed !== text) type(typed);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- what the field held when hydrated
  }, []);

  return (
    <form
      className="search"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        flush();
      }}
    >
      <label className="search__label" htmlFor={id}>
        Search headlines, quotes and speakers
      </label>
      <input
        ref={field}
        id={id}
        className="search__input"
        type="search"
        name="q"
        value={text}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        onFocus={preload}
        onBlur={flush}
        onChange={(event) => type(event.target.value)}
      />
    </form>
  );
}
