import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { SpeakerDirectorySchema, SpeakerProfileSchema } from '../core/schema.ts';
import {
  bridgeArticle,
  festivalArticle,
  schoolArticle,
} from '../../tests/fixtures/syntheticArticles.ts';
import { buildSpeakers } from './buildSpeakers.ts';
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
