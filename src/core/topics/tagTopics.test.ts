import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagTopics } from './tagTopics.ts';
import type { Taxonomy } from './taxonomy.ts';

const taxonomy: Taxonomy = {
  topics: [
    { id: 'war', label: 'War', anyOf: [{ allOf: [['war', 'peace talks']], minMentions: 2 }] },
    { id: 'us', label: 'US', anyOf: [{ allOf: [['US'], ['Xi Jinping', 'Xi']], minMentions: 1 }] },
    { id: 'votes', label: 'Votes', anyOf: [{ allOf: [['no-confidence vote', 'start-ups']] }] },
    { id: 'odd', label: 'Odd', anyOf: [{ allOf: [['C++', '(ANI)']] }] },
  ].map((topic) => ({
    ...topic,
    anyOf: topic.anyOf.map((rule) => ({ minMentions: 1, ...rule })),
  })),
};

/** The rule as first written: one regular expression per term. */
function reference(text: string): string[] {
  const count = (term: string) => {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const flags = term === term.toLowerCase() ? 'giu' : 'gu';
    return (
      text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags))?.length ?? 0
    );
  };
  return taxonomy.topics
    .filter((t) =>
      t.anyOf.some(({ allOf, minMentions }) =>
        allOf.every((group) => group.reduce((sum, term) => sum + count(term), 0) >= minMentions),
      ),
    )
    .map((t) => t.id);
}

const ids = (text: string) => tagTopics(text, taxonomy).map((t) => t.id);

describe('tagTopics', () => {
  it('matches lower-case terms in any case and capitalised ones only as written', () => {
    expect(ids('The War, and then the WAR again.')).toEqual(['war']);
    expect(ids('Tell us about Xi.')).toEqual([]);
    expect(ids('The US and Xi met.')).toEqual(['us']);
  });

  it('needs whole words, multi-word and hyphenated terms included', () => {
    expect(ids('warfare and postwar war')).toEqual([]);
    expect(ids('Peace talks began; peace talks stalled.')).toEqual(['war']);
    expect(ids('A no-confidence vote.')).toEqual(['votes']);
    expect(ids('No-confidence voters.')).toEqual([]);
    expect(ids('Written in C++ (ANI)')).toEqual(['odd']);
  });

  it('agrees with one regular expression per term on any text', () => {
    const words = [
      'war',
      'War',
      'warring',
      'peace',
      'talks',
      'US',
      'us',
      'Xi',
      'Jinping',
      'no',
      'confidence',
      'vote',
      'start',
      'ups',
      'C++',
      '(ANI)',
      'é',
      '𝐀',
      '1',
    ];
    const separators = [' ', '-', ', ', '\n\n', '', '.'];
    const text = fc
      .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { maxLength: 30 })
      .map((parts) => parts.map(([word, sep]) => word + sep).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(ids(t)).toEqual(reference(t));
      }),
      { numRuns: 500 },
    );
  });
});
