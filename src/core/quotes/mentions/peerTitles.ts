/**
 * Peers' and rulers' titles in names: "the Prince of Wales", a title that is a given name ("Earl
 * Warren") or a surname ("King said").
 */

import { DETERMINERS } from '../lexicon/commonWords.ts';
import { ORGANISATION_WORDS } from '../lexicon/organisations.ts';
import { PLACES } from '../lexicon/places.ts';
import { ROLE_NOUNS } from '../lexicon/roles.ts';
import { TITLES } from '../lexicon/titles.ts';
import type { Token } from '../tokenize.ts';
import { mapPacked } from '../../text/mapPacked.ts';
import { isInitial, bare, startsSentence } from './tokenTests.ts';
import { NAME_SUFFIXES } from './nameWords.ts';
import { followedByVerb } from './finiteVerbs.ts';
import type { Mention } from './mention.ts';
import { isAfterPreposition, isCoordinated } from './runContext.ts';

/** A capitalised word: "Lord", "Ashdown". */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Peers' titles that, with "of" and a place, name one person: "the Prince of Wales". */
export const NOBLE_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['prince', 'male'],
  ['princess', 'female'],
  ['duke', 'male'],
  ['duchess', 'female'],
  ['earl', 'male'],
  ['countess', 'female'],
  ['marquess', 'male'],
  ['viscount', 'male'],
  ['baron', 'male'],
  ['baroness', 'female'],
]);

/** Peers' titles that are also men's given names: "Earl Warren", "Dean Rusk", "Duke Ellington". */
const GIVEN_TITLES = new Set(['earl', 'dean', 'duke', 'count', 'baron']);

/**
 * "Chief Justice Earl Warren", "Dean Rusk": a peer's title before a lone surname is a given name,
 * and so is one before a middle initial ("Mayor Earl C. Pruitt", "Sen. Prince H. Tolliver"); a peer is named with a given
 * name and a surname ("Count Otto Lambsdorff") or a place ("the Duke of Kent").
 */
export function givenTitle(tokens: readonly Token[], first: number, to: number): boolean {
  const title = tokens[first] as Token;
  const next = tokens[first + 1] as Token;
  const initialled = first < to && isInitial(next.word);
  // "Sen. Prince H. Tolliver": before an initial, "Prince" too.
  if (!(GIVEN_TITLES.has(title.lower) || (initialled && title.lower === 'prince')) || !title.blank)
    return false;
  let last = to;
  while (last > first + 1 && NAME_SUFFIXES.has(bare(tokens[last] as Token))) last--;
  if (initialled) return last > first + 1 && !isInitial((tokens[last] as Token).word);
  return last === first + 1 && !TITLES.has(bare(next)) && !PLACES.has(next.lower);
}

/** Two or three words after token `k` end the run at `to`, none of them a title, role or place. */
export function plainNameAfter(tokens: readonly Token[], k: number, to: number): boolean {
  if (to - k < 2 || to - k > 3) return false;
  return tokens
    .slice(k + 1, to + 1)
    .every(
      (token) =>
        !TITLES.has(bare(token)) &&
        !ROLE_NOUNS.has(token.lower) &&
        !ORGANISATION_WORDS.has(token.lower) &&
        !PLACES.has(token.lower) &&
        CAPITALISED_WORD.test(token.word),
    );
}

/** Titles that are also surnames: "Angus King", "Julie Bishop", "John Major", "Howard Dean". */
const SURNAME_TITLES = new Set([
  ...GIVEN_TITLES,
  ...['king', 'bishop', 'major', 'prince', 'pope', 'judge', 'marshal', 'sheriff'],
]);

/**
 * "King said", "Dr. King said": such a title alone, after no article or possessive, is someone's
 * surname ("the King said" is a role).
 */
export function surnameTitle(tokens: readonly Token[], first: number, to: number): boolean {
  const word = tokens[to] as Token;
  const before = tokens[first - 1];
  return (
    first === to &&
    SURNAME_TITLES.has(bare(word)) &&
    !word.possessive &&
    tokens[to + 1]?.lower !== 'of' &&
    !(
      before !== undefined &&
      before.blank &&
      (DETERMINERS.has(before.lower) || before.possessive)
    ) &&
    // "Major to this effort is …": opening a sentence, only before a verb.
    (!startsSentence(tokens, first) || followedByVerb(tokens, to))
  );
}

/** "The Prince of Wales", "the Duchess of Edinburgh": a peer named by title and place. */
export function peerTitle(
  tokens: readonly Token[],
  from: number,
  first: number,
  to: number,
): Mention | null {
  const title = tokens[first] as Token;
  const gender = NOBLE_TITLES.get(title.lower);
  if (!gender || first + 2 > to || tokens[first + 1]?.lower !== 'of') return null;
  const words = mapPacked(tokens.slice(first, to + 1), (token) => token.word);
  return {
    start: title.start,
    end: (tokens[to] as Token).start + (tokens[to] as Token).word.length,
    name: words.join(' '),
    words,
    kind: 'person',
    role: title.word,
    office: null,
    gender,
    first,
    last: to,
    oblique: (tokens[to] as Token).possessive || isAfterPreposition(tokens, from),
    coordinated: isCoordinated(tokens, from, to),
    descriptors: [],
  };
}
