import { describe, expect, it } from 'vitest';
import { filterHref } from './filterHref.ts';

describe('filterHref', () => {
  it('puts a topic in the path, so each topic view is a page of its own', () => {
    expect(filterHref({ topic: 'india-russia', speaker: null })).toBe('/topics/india-russia');
  });

  it('keeps a speaker in the query, alone or with a topic', () => {
    expect(filterHref({ topic: null, speaker: 'dmitry-peskov' })).toBe('/?speaker=dmitry-peskov');
    expect(filterHref({ topic: 'brics', speaker: 'dmitry-peskov' })).toBe(
      '/topics/brics?speaker=dmitry-peskov',
    );
  });

  it('is the bare list without filters, and escapes what an id could hold', () => {
    expect(filterHref({ topic: null, speaker: null })).toBe('/');
    expect(filterHref({ topic: 'a/b c', speaker: 'x&y' })).toBe('/topics/a%2Fb%20c?speaker=x%26y');
  });
});
