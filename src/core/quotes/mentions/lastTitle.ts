/**
 * The last title before a name, read back from the name's end: "Labor Secretary Goldberg",
 * "State Party Chairman James Gray", "City Engineer Walter Hobbs".
 */

import { HONORIFICS, TITLES } from '../lexicon/titles.ts';
import { OCCUPATION, ROLE_MODIFIERS, ROLE_NOUNS } from '../lexicon/roles.ts';
import type { Token } from '../tokenize.ts';
import { NAME_SUFFIXES } from './nameWords.ts';
import { bare, beforeMiddleInitial, isInitial, givenNameOf, startsSentence } from './tokenTests.ts';
import { isTitleWord, surnameInside } from './titledNames.ts';
import { givenTitle, plainNameAfter } from './peerTitles.ts';

/** Three to five capitals: "OCPD", "DCIO". */
const RANK_CAPITALS = /^\p{Lu}{3,5}$/u;

/**
 * The index of the last title in `[first, to)`, the name following it; -1 when none.
 * `titles` are those already read from the run's start.
 */
export function lastTitle(
  tokens: readonly Token[],
  first: number,
  to: number,
  titles: readonly Token[],
): number {
  for (let k = to - 1; k >= first; k--) {
    if (
      (officeTitle(tokens, k, first, to) ||
        roleBeforeName(tokens, k, first, to, titles) ||
        acronymRank(tokens, k, first, to)) &&
      (tokens[k + 1] as Token).lower !== 'of' &&
      // "Dr. Martin Luther King Jr.": a title followed only by "Jr." is the surname.
      !tokens.slice(k + 1, to + 1).every((token) => NAME_SUFFIXES.has(bare(token)))
    )
      return k;
  }
  return -1;
}

/** A title from the lists at `k`, inside the run and not part of the name. */
function officeTitle(tokens: readonly Token[], k: number, first: number, to: number): boolean {
  return (
    TITLES.has(bare(tokens[k] as Token)) &&
    // "Younis Haji Al Khoori": an honorific after a name, not after a title, is part of it.
    !(HONORIFICS.has(bare(tokens[k] as Token)) && !isTitleWord(tokens, k - 1)) &&
    k > first &&
    // "City Manager Earl Sims": a peer's title that is a given name, after another title.
    !givenTitle(tokens, k, to) &&
    !surnameInside(tokens, k)
  );
}

/**
 * "Nakuru Central OCPD Josephine Atieno", "Kisumu OCS Peter Mwangi": a rank or office written
 * in capitals only, after a posting and right before a given name and a surname, is a title
 * whatever the lists know. Not initials: "YS Jagan Mohan Reddy", "CM YS Jagan Mohan Reddy".
 */
function acronymRank(tokens: readonly Token[], k: number, first: number, to: number): boolean {
  const token = tokens[k] as Token;
  return (
    k > first &&
    k + 2 <= to &&
    token.blank &&
    RANK_CAPITALS.test(token.word) &&
    !TITLES.has(bare(tokens[k - 1] as Token)) &&
    !/^[IVXLC]+$/.test(token.word) &&
    givenNameOf(token) === undefined &&
    givenNameOf(tokens[k + 1] as Token) !== undefined
  );
}

/**
 * "City Engineer Walter Hobbs", "Chief of Detectives Joseph Kenny": a capitalised role noun
 * before a given name is a title too.
 */
function roleBeforeName(
  tokens: readonly Token[],
  k: number,
  first: number,
  to: number,
  titles: readonly Token[],
): boolean {
  return (
    // "Finn Russell": a role noun that is a given name opening the run is the name's.
    !(k === first && givenNameOf(tokens[k] as Token) !== undefined && !isTitleWord(tokens, k)) &&
    // "Dean Walker": so is a peer's title before a lone surname.
    !(k === first && givenTitle(tokens, k, to)) &&
    (ROLE_NOUNS.has((tokens[k] as Token).lower.replace(/s$/, '')) ||
      // "EPA Administrator Lee Zeldin"; but "Ravinder Raina" and "Critic Walter Kerr" are names.
      // "Chief Meteorologist Ravi Kapoor": or after "Chief".
      ((k > first || titles.at(-1)?.lower === 'chief') &&
        OCCUPATION.test((tokens[k] as Token).lower) &&
        givenNameOf(tokens[k] as Token) === undefined &&
        !givenBeforeInitial(tokens, k, to))) &&
    // "Chief Economic Adviser V Anantha Nageswaran": or an initial opening the name.
    (givenNameOf(tokens[k + 1] as Token) !== undefined ||
      isInitial((tokens[k + 1] as Token).word) ||
      // "Additional Public Prosecutor Prajakta Shinde": or two or three plain words closing
      // a run that a longer title opens; "Retiree Goh Beng Huat said": or a sentence.
      ((k > first || startsSentence(tokens, k)) &&
        ROLE_NOUNS.has((tokens[k] as Token).lower) &&
        plainNameAfter(tokens, k, to)))
  );
}

/**
 * "Dallas Mayor Lorimer J. Haugland": a word ending like an occupation right after a whole office
 * (not "Chief" or "Deputy"), before a middle initial with a stop and the surname, is a given name
 * the lists lack.
 */
function givenBeforeInitial(tokens: readonly Token[], k: number, to: number): boolean {
  const office = tokens[k - 1] as Token | undefined;
  return (
    beforeMiddleInitial(tokens, k, to) &&
    office !== undefined &&
    office.capitalised &&
    TITLES.has(bare(office)) &&
    !ROLE_MODIFIERS.has(office.lower)
  );
}
