import { describe, expect, it } from 'vitest';
import { mapPacked } from './mapPacked.ts';

describe('mapPacked', () => {
  it('gives what Array.prototype.map gives, index included', () => {
    const words = ['Ravi', 'K', 'Brown'];
    expect(mapPacked(words, (word, index) => `${index}:${word}`)).toEqual(
      words.map((word, index) => `${index}:${word}`),
    );
    expect(mapPacked([], (word: string) => word)).toEqual([]);
  });
});
