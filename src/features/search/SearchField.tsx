import { useId, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { SEARCH_INPUT_MARK } from './searchMarks.ts';
import { useSearchText } from './useSearchText.ts';
import './search.css';

/** Warms the engine and the index manifest, so the first keystroke's results come sooner. */
const preload = () => {
  void import('./searchEngine.ts').then((engine) => engine.loadSearchIndex().catch(() => {}));
};

/**
 * The search field of the list view. The query lives in the URL (`?q=`, replaced as the user
 * types, so Back leaves the page rather than undoing letters); focusing the field starts loading
 * the engine and the index manifest, which are never part of the first load.
 */
export function SearchField() {
  const [, setSearchParams] = useSearchParams();
  const text = useSearchText();
  // The field keeps its own value so typing never waits for a navigation; the URL follows it.
  // `echoes` are values pushed to the URL and not yet seen back: an older one arriving late is
  // not a reason to overwrite newer typing, while any other URL change (a link, Back) is.
  const [field, setField] = useState({ value: text, echoes: [] as string[] });
  if (text === field.value ? field.echoes.length > 0 : !field.echoes.includes(text)) {
    setField({ value: text, echoes: [] });
  }
  const { value } = field;
  const id = useId();

  const update = (next: string) => {
    // Where a keystroke's latency starts; the results mark where it ends (bench:scale reads both).
    performance.mark(SEARCH_INPUT_MARK, { detail: next });
    // The URL still shows `text` until the navigation lands: that is an echo too.
    setField((current) => ({ value: next, echoes: [...current.echoes, text, next] }));
    setSearchParams(
      (params) => {
        const copy = new URLSearchParams(params);
        if (next === '') copy.delete('q');
        else copy.set('q', next);
        return copy;
      },
      { replace: true, preventScrollReset: true },
    );
  };

  return (
    <form className="search" role="search" onSubmit={(event) => event.preventDefault()}>
      <label className="search__label" htmlFor={id}>
        Search headlines, quotes and speakers
      </label>
      <input
        id={id}
        className="search__input"
        type="search"
        name="q"
        value={value}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        onFocus={preload}
        onChange={(event) => update(event.target.value)}
      />
    </form>
  );
}
