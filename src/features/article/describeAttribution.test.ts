import { describe, expect, it } from 'vitest';
import type { Quote } from '../../core/schema.ts';
import { describeAttribution } from './describeAttribution.ts';

const PESKOV = { name: 'Dmitry Peskov', role: 'Kremlin spokesperson' };

function quoteIn(text: string, words: string, attribution: Quote['attribution'], verb?: string) {
  const start = text.indexOf(words);
  const cueAt = verb ? text.indexOf(verb, start + words.length) : -1;
  return {
    start,
    end: start + words.length,
    attribution,
    cue: verb ? { verb, start: cueAt, end: cueAt + verb.length } : null,
  };
}

describe('describeAttribution', () => {
  it('says a named speaker was named in the text', () => {
    const text = '"No plans," Peskov said.';
    expect(describeAttribution({ text }, quoteIn(text, 'No plans,', 'named', 'said'), PESKOV)).toBe(
      'named in the text',
    );
  });

  it('names the pronoun by the cue and who it refers to, not a pronoun inside the quote', () => {
    const text = 'Peskov spoke. "It is over," he said.';
    expect(
      describeAttribution({ text }, quoteIn(text, 'It is over,', 'pronoun', 'said'), PESKOV),
    ).toBe('from “he”, referring to Dmitry Peskov');
  });

  it('says "from a pronoun" when there is no cue to look beside', () => {
    const text = '"Fine."';
    expect(describeAttribution({ text }, quoteIn(text, 'Fine.', 'pronoun'), PESKOV)).toBe(
      'from a pronoun, referring to Dmitry Peskov',
    );
  });

  it('describes roles, continuations and misses in plain words', () => {
    const text = '"A," the spokesperson said.';
    const quote = quoteIn(text, 'A,', 'role', 'said');
    expect(describeAttribution({ text }, quote, PESKOV)).toBe(
      'from the role “Kremlin spokesperson”',
    );
    expect(describeAttribution({ text }, { ...quote, attribution: 'continuation' }, PESKOV)).toBe(
      'continues the previous quotation',
    );
    expect(describeAttribution({ text }, { ...quote, attribution: 'unknown' }, null)).toBe(
      'not found',
    );
  });
});
