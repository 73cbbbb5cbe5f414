import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { SpeakerDirectorySchema, SpeakerProfileSchema } from '../core/schema.ts';
import {
  bridgeArticle,
  festivalArticle,
  schoolArticle,
} from '../../tests/fixtures/syntheticArticles.ts';
import {
  buildSpeakers,
  groupSpeakerQuotes,
  speakerDirectoryPages,
  speakerProfile,
  type SpeakerSource,
} from './buildSpeakers.ts';
import { contentOutputs } from './contentOutputs.ts';

describe('buildSpeakers', () => {
  const { directory, profiles } = buildSpeakers([bridgeArticle, schoolArticle, festivalArticle]);

  it('lists everyone quoted, most quoted first, then by name, with roles and counts', () => {
    expect(v.is(SpeakerDirectorySchema, directory)).toBe(true);
    expect(directory.speakers).toEqual([
      {
        id: 'ada-brook',
        name: 'Ada Brook',
        roles: ['Mayor of Riverton'],
        quoteCount: 3,
        articleCount: 2,
      },
      { id: 'tomas-vell', name: 'Tomas Vell', roles: ['Councillor'], quoteCount: 2, articleCount: 1 },
      {
        id: 'mina-okafor',
        name: 'Mina Okafor',
        roles: ['Festival director'],
        quoteCount: 1,
        articleCount: 1,
      },
    ]);
  });

  it('gives each speaker every quote, newest article first, with permalinks', () => {
    const ada = profiles.find((p) => p.id === 'ada-brook');
    expect(v.is(SpeakerProfileSchema, ada)).toBe(true);
    expect(ada?.quotes.map((q) => q.permalink)).toEqual([
      '/articles/port-ellis-lantern-festival#q-2',
      '/articles/riverton-bridge-vote#q-1',
      '/articles/riverton-bridge-vote#q-5',
    ]);
    expect(ada?.quotes[0]).toMatchObject({
      text: 'Our towns should do this together.',
      headline: festivalArticle.headline,
      date: '2024-11-21',
      role: 'Mayor of Riverton',
      kind: 'direct',
    });
  });

  it('leaves out scare quotes and unattributed quotations', () => {
    const all = profiles.flatMap((p) => p.quotes.map((q) => q.text));
    expect(all).not.toContain('bridge tax');
    expect(all).not.toContain('Nobody asked the ferry crews,');
  });

  it('is written by the pipeline as data/speakers.json and data/speakers/<id>.json', () => {
    const outputs = contentOutputs({
      files: [],
      articles: [bridgeArticle, festivalArticle],
      taxonomy: { topics: [] },
      errors: [],
      ignored: [],
    });
    expect(JSON.parse(String(outputs.get('data/speakers.json')))).toEqual(
      buildSpeakers([bridgeArticle, festivalArticle]).directory,
    );
    expect(outputs.has('data/speakers/ada-brook.json')).toBe(true);
    expect(outputs.has('data/speakers/mina-okafor.json')).toBe(true);
  });
});

describe('groupSpeakerQuotes', () => {
  // Invented, newest first; Ada is quoted in the first and third article, not the second.
  const source = (
    slug: string,
    date: string,
    quotes: [string, 'direct' | 'partial' | 'other', string | null][],
  ): SpeakerSource => ({
    slug,
    headline: `Headline ${slug}`,
    date,
    speakers: [
      { id: 'ada', name: 'Ada Brook', role: slug === 'c' ? 'Mayor' : null, kind: 'person', quoteCount: 1 },
      { id: 'tom', name: 'Tom Vell', role: 'Councillor', kind: 'person', quoteCount: 1 },
    ],
    quotes: quotes.map(([text, kind, speakerId], index) => ({
      id: `q-${index + 1}`,
      text,
      kind,
      speakerId,
    })),
  });
  const articles = [
    source('a', '2024-03-03', [
      ['One', 'direct', 'ada'],
      ['scare', 'other', 'ada'],
      ['Two', 'partial', 'ada'],
    ]),
    source('b', '2024-02-02', [
      ['Three', 'direct', 'tom'],
      ['Nobody', 'direct', null],
    ]),
    source('c', '2024-01-01', [['Four', 'direct', 'ada']]),
  ];
  const groups = groupSpeakerQuotes(articles);

  it('counts quotations and distinct articles per speaker, most quoted first, without copying quotes', () => {
    expect(groups).toEqual([
      {
        entry: { id: 'ada', name: 'Ada Brook', roles: ['Mayor'], quoteCount: 3, articleCount: 2 },
        places: [0, 0, 0, 2, 2, 0],
      },
      {
        entry: { id: 'tom', name: 'Tom Vell', roles: ['Councillor'], quoteCount: 1, articleCount: 1 },
        places: [1, 0],
      },
    ]);
  });

  it('makes a profile from its places: newest article first, each with the role it gave', () => {
    const [ada] = groups;
    if (!ada) throw new Error('no group for Ada');
    const profile = speakerProfile(articles, ada);
    expect(profile).toMatchObject({ id: 'ada', name: 'Ada Brook', quoteCount: 3, articleCount: 2 });
    expect(profile.quotes.map((q) => [q.text, q.kind, q.role, q.permalink])).toEqual([
      ['One', 'direct', null, '/articles/a#q-1'],
      ['Two', 'partial', null, '/articles/a#q-3'],
      ['Four', 'direct', 'Mayor', '/articles/c#q-1'],
    ]);
    expect(speakerDirectoryPages(groups, 1).map((page) => page.speakers.map((e) => e.id))).toEqual([
      ['ada'],
      ['tom'],
    ]);
  });

  it('gives an empty folder one empty directory page', () => {
    expect(speakerDirectoryPages(groupSpeakerQuotes([]))).toEqual([
      { speakers: [], page: 0, pageSize: 100, total: 0 },
    ]);
  });
});
