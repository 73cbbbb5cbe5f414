/**
 * The words that make a run an organisation's name: an institution's word ("Ministry", "Party"),
 * a news outlet, a company's ending, an ampersand, a union's local by its number.
 */

import { NEWS_ORGANISATIONS, ORGANISATION_WORDS } from '../lexicon/organisations.ts';
import { PLACES } from '../lexicon/places.ts';
import type { Token } from '../tokenize.ts';
import { firstNameGender } from '../firstNames.ts';
import { SURNAME_LIKE_ORGANISATION_WORDS, SPELLED_ACRONYMS } from './nameWords.ts';
import { endsCompanyName, isBrandSpelling } from './companyNames.ts';
import type { SpelledName } from './spellName.ts';
import { STARTS_UPPER } from '../../text/wordShapes.ts';

/** One to three capitals: "R", "NC". */
const FEW_CAPITALS = /^\p{Lu}{1,3}$/u;

/**
 * "JD(U) national working president", "CPI(M) state secretary": a party's acronym with its
 * bracketed letter. Spells the letter into the name's one word ("JD(U)") and says whether it did.
 */
export function joinPartyLetter(tokens: readonly Token[], name: SpelledName): boolean {
  const { words, last } = name;
  const bracketed = tokens[last + 1];
  const party =
    words.length === 1 &&
    (tokens[last] as Token).gap === '(' &&
    FEW_CAPITALS.test(bracketed?.word ?? '') &&
    /^\)/.test(bracketed?.gap ?? '');
  if (party) words[0] = `${words[0] ?? ''}(${bracketed?.word ?? ''})`;
  return party;
}

/**
 * The name's words are an organisation's. `givenFirst`: the name has two words or more and
 * opens with a given name ("Bill Nelson" is not the institution word it also spells).
 */
export function namesOrganisation(
  tokens: readonly Token[],
  first: number,
  name: SpelledName,
  givenFirst: boolean,
): boolean {
  const { words, lowers, lastLower } = name;
  // "Sarah House", "Tom Church": a given name before a surname that is also an institution word.
  const surnamed =
    words.length === 2 &&
    firstNameGender(words[0] ?? '') !== undefined &&
    SURNAME_LIKE_ORGANISATION_WORDS.has(lastLower);
  return (
    words.some((word) => word.includes('&')) ||
    // "UAW Local 600", "IAM District 751": a union's local or district by its number.
    /^\d+$/.test(words.at(-1) ?? '') ||
    name.ownS ||
    (!surnamed &&
      lowers.some(
        (word, index) =>
          (ORGANISATION_WORDS.has(word) &&
            !(index === 0 && givenFirst) &&
            // "Kim Jong Un" is no United Nations: an acronym counts only in capitals.
            !(SPELLED_ACRONYMS.has(word) && words[index] !== word.toUpperCase())) ||
          // "Dr Nick Fox": a news outlet's name after a given name is a surname.
          // "Rhun ap Iorwerth": a particle in lower case is no news agency.
          (NEWS_ORGANISATIONS.has(word) &&
            STARTS_UPPER.test(words[index] ?? '') &&
            !(words.length === 2 && index === 1 && givenFirst)) ||
          (index > 0 && endsCompanyName(tokens, first + index)) ||
          isBrandSpelling(words[index] ?? ''),
      ))
  );
}

/**
 * "Moscow TASS": a place before a news agency's name is where it reported from. Drops it from
 * the name's words.
 */
export function dropDatelinePlace(name: SpelledName): void {
  const { words, lowers, lastLower } = name;
  while (words.length > 1 && PLACES.has(lowers[0] ?? '') && NEWS_ORGANISATIONS.has(lastLower)) {
    words.shift();
    lowers.shift();
  }
}
