import { describe, expect, it } from 'vitest';
import { listFiltersOfUrl } from './listFiltersOfUrl.ts';

const origin = 'http://localhost';
const of = (href: string, listPath = '/') =>
  listFiltersOfUrl(new URL(href, origin), origin, listPath);

describe('listFiltersOfUrl', () => {
  it('reads the filters of every form of list address, none included', () => {
    expect(of('/')).toEqual({ topic: null, speaker: null });
    expect(of('/topics/rail%20ways')).toEqual({ topic: 'rail ways', speaker: null });
    expect(of('/topics/rail?speaker=ada-brook')).toEqual({ topic: 'rail', speaker: 'ada-brook' });
    expect(of('/?topic=rail&speaker=ada-brook')).toEqual({ topic: 'rail', speaker: 'ada-brook' });
    expect(of('/?speaker=ada-brook')).toEqual({ topic: null, speaker: 'ada-brook' });
  });

  it('reads them under a base path', () => {
    expect(of('/news/topics/rail', '/news/')).toEqual({ topic: 'rail', speaker: null });
    expect(of('/topics/rail', '/news/')).toBeNull();
  });

  it('is null for other pages, other sites, searches, anchors and other parameters', () => {
    expect(of('/articles/riverton-bridge-vote')).toBeNull();
    expect(of('/speakers/ada-brook')).toBeNull();
    expect(of('/topics/rail/more')).toBeNull();
    expect(of('/?q=bridge')).toBeNull();
    expect(of('/topics/rail#top')).toBeNull();
    expect(of('/?view=quotes')).toBeNull();
    expect(of('https://elsewhere.example/topics/rail')).toBeNull();
  });
});
