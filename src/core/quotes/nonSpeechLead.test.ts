import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsWithNonSpeechLead, NON_SPEECH } from './nonSpeechLead.ts';

/** Narration ending near a lead, with the spaces, commas, capitals and letters that border it. */
const narration = fc
  .array(
    fc.oneof(
      fc.constantFrom('so-called', 'so called', 'Dubbed', 'known as', 'the film', 'THE BOOK'),
      fc.constantFrom('the', 'a', 'an', 'as', 'recalled', 'said', 'x', 'é', 'ſo-called'),
      fc.constantFrom(' ', '  ', '\u00a0', '\n', ',', ':', ', ', '-', '"', '•'),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('endsWithNonSpeechLead', () => {
  it('tells a scare-quote lead from a reporting verb', () => {
    expect(endsWithNonSpeechLead('the so-called ')).toBe(true);
    expect(endsWithNonSpeechLead('the film, ')).toBe(true);
    expect(endsWithNonSpeechLead('he recalled ')).toBe(false);
    expect(endsWithNonSpeechLead('she said, ')).toBe(false);
  });

  it('answers as the pattern does', () => {
    fc.assert(
      fc.property(narration, (text) => {
        expect(endsWithNonSpeechLead(text)).toBe(NON_SPEECH.test(text));
      }),
      { numRuns: 5000 },
    );
  });
});
