import { describe, expect, it } from 'vitest';
import { syntheticIndex } from '../../../tests/fixtures/syntheticArticles.ts';
import { selectTopic } from './selectTopic.ts';

describe('selectTopic', () => {
  it('selects every article when no topic is given', () => {
    expect(selectTopic(syntheticIndex, null)).toEqual({ kind: 'all' });
  });

  it('names a known topic with its article count from the facet', () => {
    expect(selectTopic(syntheticIndex, 'local-government')).toEqual({
      kind: 'topic',
      topic: { id: 'local-government', label: 'Local government' },
      count: 2,
    });
  });

  it('reports an id no topic has as unknown', () => {
    expect(selectTopic(syntheticIndex, 'volcanoes')).toEqual({ kind: 'unknown', id: 'volcanoes' });
  });
});
