/**
 * Companies' names: ampersands, brand spellings, the words that end a company's name and a
 * firm's own possessive ("Moody's").
 */

import { COMPANY_WORDS } from '../lexicon/organisations.ts';
import type { Token } from '../tokenize.ts';
import { isCueVerb } from '../cueVerbs.ts';
import { memoised } from '../../text/memoised.ts';
import { isInitial, bare, givenNameOf } from './tokenTests.ts';

/** "ABCorp": capitals, then lower case. */
const CAPITALS_THEN_LOWER = /^\p{Lu}{2,}\p{Ll}{2}/u;
/** "PayPal", "McDonald": a capital inside the word. */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}{2,}\p{Lu}/u;

/**
 * Words read with their ampersand ("Johnson &", "AT&") as the name spells them: "Johnson & Johnson"
 * keeps "&" as a word, "AT&T" and "L&T" are one word.
 */
export function spellAmpersands(words: readonly string[]): string[] {
  const spelled: string[] = [];
  let joinNext = false;
  for (const word of words) {
    if (joinNext) spelled[spelled.length - 1] += word;
    else if (word.endsWith(' &')) spelled.push(word.slice(0, -2), '&');
    else spelled.push(word);
    joinNext = word.endsWith('&') && !word.endsWith(' &');
  }
  return spelled;
}

/** Company forms that are words only in capitals: "Siemens AG", "Renault SA", "Airbus SE". */
const CAPITAL_COMPANY_FORMS = new Set(['AG', 'SA', 'SE', 'NV', 'SpA', 'AB', 'ASA']);

/**
 * "JPMorgan", "BlackRock", "AstraZeneca", "JetBlue": a capital inside a word after two or more
 * small letters, or a word opening with two capitals and going on in small ones, spells a brand;
 * people's names put it after a short prefix ("McConnell", "DeSantis", "LaGuardia", "MacArthur").
 */
export const isBrandSpelling = memoised(
  // Kept by word: three Unicode patterns per word otherwise.
  (word) =>
    CAPITALS_THEN_LOWER.test(word) ||
    (INNER_CAPITAL.test(word) && !/^(?:Mac|Fitz|Van|Von|Del|Dos|Das|Ver)/.test(word)),
  20_000,
);

/**
 * Token `k` is a word that ends a company's name after another capitalised word: "General
 * Motors", "Ford Motor Co.", "Delta Air Lines", "Siemens AG".
 */
export function endsCompanyName(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  return (
    token !== undefined &&
    tokens[k - 1]?.capitalised === true &&
    // "Rep. Wilbur D. Mills": after an initial, a surname.
    !isInitial((tokens[k - 1] as Token).word) &&
    (COMPANY_WORDS.has(bare(token)) || CAPITAL_COMPANY_FORMS.has(token.word.replace(/\.$/, '')))
  );
}

/**
 * The possessive at `last` is the "'s" of a firm's own name (Moody's, McDonald's, Sainsbury's):
 * a reporting verb follows it, where a possessive would need its noun.
 */
export function firmsOwnS(tokens: readonly Token[], last: number): boolean {
  const token = tokens[last] as Token;
  const next = tokens[last + 1];
  return (
    token.possessive &&
    token.blank &&
    next !== undefined &&
    next.mayReport &&
    // "Ueda's comments", "Ambedkar's warning": a noun-like form is what the possessive owns.
    /(?:ed|^said|^says|^told|^tells|^wrote|^writes|^adds)$/.test(next.lower) &&
    isCueVerb(tokens, last + 1) &&
    givenNameOf(token) === undefined
  );
}
