import { describe, expect, it } from 'vitest';
import { syntheticIndex } from '../../../tests/fixtures/syntheticArticles.ts';
import { selectTopic } from './selectTopic.ts';

describe('selectTopic', () => {
  it('selects every article when no topic is given', () => {
    expect(selectTopic(syntheticIndex, null)).toMatchObject({ kind: 'all' });
  });

  it('keeps only the articles tagged with a known topic, in index order', () => {
    const selection = selectTopic(syntheticIndex, 'local-government');
    expect(selection.kind).toBe('topic');
    if (selection.kind !== 'topic') return;
    expect(selection.topic.label).toBe('Local government');
    expect(selection.articles.map((a) => a.slug)).toEqual([
      'riverton-bridge-vote',
      'northvale-school-roof',
    ]);
  });

  it('reports an id no topic has as unknown', () => {
    expect(selectTopic(syntheticIndex, 'volcanoes')).toEqual({ kind: 'unknown', id: 'volcanoes' });
  });
});
