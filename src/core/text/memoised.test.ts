import { describe, expect, it } from 'vitest';
import { memoised } from './memoised.ts';

describe('memoised', () => {
  it('computes each key once, null and undefined answers included', () => {
    const calls: string[] = [];
    const lookUp = memoised((key: string) => {
      calls.push(key);
      return key === 'none' ? undefined : key === 'null' ? null : key.length;
    });
    expect([
      lookUp('abc'),
      lookUp('abc'),
      lookUp('none'),
      lookUp('none'),
      lookUp('null'),
      lookUp('null'),
    ]).toEqual([3, 3, undefined, undefined, null, null]);
    expect(calls).toEqual(['abc', 'none', 'null']);
  });

  it('keeps at most the limit of answers, and still answers right after emptying', () => {
    const calls: string[] = [];
    const upper = memoised((key: string) => {
      calls.push(key);
      return key.toUpperCase();
    }, 2);
    expect(['a', 'b', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'A']);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
