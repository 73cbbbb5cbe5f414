import { describe, expect, it } from 'vitest';
import { filtersOfHref } from './listFiltersOfUrl.ts';

const origin = 'http://localhost';
const of = (href: string) => filtersOfHref(href, origin, '/');

describe('filtersOfHref', () => {
  it('reads a topic and a speaker from a list link, in either form', () => {
    expect(of('/?topic=transport&speaker=ada-brook')).toEqual([
      ['topics', 'transport'],
      ['speakers', 'ada-brook'],
    ]);
    expect(of('/topics/transport?speaker=ada-brook')).toEqual([
      ['topics', 'transport'],
      ['speakers', 'ada-brook'],
    ]);
    expect(of('/?speaker=ada-brook')).toEqual([['speakers', 'ada-brook']]);
  });

  it('ignores links that are not list filters', () => {
    expect(of('/')).toBeNull();
    expect(of('/articles/riverton-bridge-vote')).toBeNull();
    expect(of('/speakers/ada-brook')).toBeNull();
    expect(of('/?q=bridge&topic=transport')).toBeNull();
    expect(of('https://elsewhere.example/?topic=transport')).toBeNull();
  });
});
