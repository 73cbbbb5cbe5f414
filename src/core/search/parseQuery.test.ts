import { describe, expect, it } from 'vitest';
import { isEmptyQuery, parseQuery, termMatches } from './parseQuery.ts';

describe('parseQuery', () => {
  it('treats the word still being typed as a prefix and the earlier ones as whole words', () => {
    expect(parseQuery('money belongs to the sch')).toEqual({
      terms: ['money', 'belongs'],
      prefix: 'sch',
    });
  });

  it('finishes the last word once a space or punctuation follows it', () => {
    expect(parseQuery('Ada Brook ')).toEqual({ terms: ['ada', 'brook'], prefix: null });
    expect(parseQuery('“costly detour”')).toEqual({ terms: ['costly', 'detour'], prefix: null });
  });

  it('folds case and accents, as the index does', () => {
    expect(parseQuery('CAFÉ Zoë')).toEqual({ terms: ['cafe'], prefix: 'zoe' });
  });

  it('ignores stop words and one-letter words, but keeps a stop word being typed as a prefix', () => {
    expect(parseQuery('the bridge and')).toEqual({ terms: ['bridge'], prefix: 'and' });
    expect(parseQuery('a b c')).toEqual({ terms: [], prefix: null });
    expect(isEmptyQuery(parseQuery('the of '))).toBe(true);
    expect(isEmptyQuery(parseQuery('   '))).toBe(true);
  });

  it('drops repeated words, and a prefix equal to a finished word', () => {
    expect(parseQuery('bridge bridge bridge')).toEqual({ terms: ['bridge'], prefix: null });
  });

  it('matches index terms by whole word or by the prefix', () => {
    const query = parseQuery('money sch');
    expect(termMatches(query, 'money')).toBe(true);
    expect(termMatches(query, 'schools')).toBe(true);
    expect(termMatches(query, 'moneys')).toBe(false);
    expect(termMatches(query, 'school'.slice(0, 2))).toBe(false);
  });
});
