/**
 * Decides what a run's name names: a person, an organisation, or someone not yet known; or no
 * one (a place, an officer named by office).
 */

import { COMMON_CAPITALISED } from '../lexicon/commonWords.ts';
import { HONORIFICS, TITLES } from '../lexicon/titles.ts';
import { ROLE_ACRONYMS, ROLE_NOUNS } from '../lexicon/roles.ts';
import { CORPORATE_SUFFIXES, ORGANISATION_WORDS } from '../lexicon/organisations.ts';
import { PLACES } from '../lexicon/places.ts';
import { firstNameGender } from '../firstNames.ts';
import type { Mention } from './mention.ts';
import {
  PLACE_KINDS,
  NATURAL_PLACE_KINDS,
  PLACE_OPENERS,
  OFFICERS,
  RANK_OPENERS,
} from './nameWords.ts';
import { startsSentence, isInitial, generationBefore } from './tokenTests.ts';
import { surnameLikeAbbreviation } from './titledNames.ts';
import { describedAfterArticle, countrySpeaks, placeAfterName } from './runContext.ts';
import type { RunReading } from './runReading.ts';

/** What the earlier stages found that the kind turns on. */
export type KindClues = {
  /** `namesOrganisation`, a party's acronym or an institution's title. */
  organisation: boolean;
  /** Two words or more, opening with a given name (read before a dateline place was dropped). */
  givenFirst: boolean;
  /** `surnameTitle`: "Major said", a lone title that is a surname. */
  titleSurname: boolean;
  /** `institutionLetters`: "LG said", an institution's letters. */
  letters: boolean;
  /** `NameStart.initialA`: the run opens with the initial "A", not the article. */
  initialA: boolean;
};

/** The kind of the run's name, or null when it names no one. */
export function nameKind(run: RunReading, clues: KindClues): Mention['kind'] | null {
  const { tokens, from, to, titles } = run;
  const { words, lowers, lastLower, lone } = run.name;
  const { organisation, titleSurname, letters, initialA } = clues;
  const allPlaces = namesPlace(run, clues.givenFirst);
  const placeOpened = opensWithPlace(run);
  const titledPerson = titles.some(
    (token) => TITLES.has(token.lower.replace(/\.$/, '')) && !PLACES.has(token.lower),
  );
  const givenName = words.length >= 2 ? firstNameGender(words[0] ?? '') : undefined;
  const afterArticle = tokens[from - 1]?.lower === 'the' && titles.length === 0;
  if (namedByOffice(run, organisation, afterArticle)) return null;
  if (organisation) return 'organisation';
  // "Kathryn Judge", "Carole King", "Arthur H. Dean": a title after a given name (and an
  // initial) is a surname.
  if (
    (words.length === 2 || (words.length === 3 && isInitial(words[1] ?? ''))) &&
    givenName !== undefined &&
    TITLES.has(lastLower) &&
    !RANK_OPENERS.has(lowers[0] ?? '')
  )
    return 'person';
  // "Russia said on Monday", "China raised tariffs and said", "The United States on Thursday
  // said": a country opening its sentence as the subject speaks as a state.
  if (allPlaces && titles.length === 0 && countrySpeaks(tokens, from, to)) return 'organisation';
  if (titleSurname) return 'person';
  if (
    allPlaces ||
    (TITLES.has(lastLower) &&
      // "Rokeya Begum", "Aung Tun": an honorific closing a name is a surname.
      !(HONORIFICS.has(lastLower) && words.length > 1) &&
      !titledPerson &&
      !letters &&
      !surnameLikeAbbreviation(words.at(-1) ?? ''))
  )
    return null;
  if (placeOpened) return 'unknown';
  if (titledPerson || givenName !== undefined) return 'person';
  // "the elder Frates said": a generation told apart names one of a family by the surname.
  if (words.length === 1 && generationBefore(tokens, from)) return 'person';
  // "Pam burst out": a lone first name inside a sentence is someone.
  if (words.length === 1 && !startsSentence(tokens, from) && firstNameGender(lone) !== undefined)
    return 'person';
  if (
    words.length >= 2 &&
    !afterArticle &&
    // "in a Model T", "a Piper Cub": after "a", two capitals with no given name make a thing.
    !/^an?$/.test(tokens[from - 1]?.lower ?? '') &&
    !PLACES.has(lastLower) &&
    // "Sen. Cory Booker of New Jersey": a name after a name and "of" says where from.
    !placeAfterName(tokens, from) &&
    // "DMK leader A Raja": an initial "A" is no article.
    !lowers.some((word, k) => COMMON_CAPITALISED.has(word) && !(k === 0 && initialA))
  )
    return 'person';
  return 'unknown';
}

/** The name is a place's: every word a place, an Irish county, or a place by its kind. */
function namesPlace(run: RunReading, givenFirst: boolean): boolean {
  const { from, first, titles } = run;
  const { words, lowers, lastLower } = run.name;
  return (
    lowers.every((word) => PLACES.has(word)) ||
    // "Co Cork", "Co. Kerry", "County Kerry": an Irish county.
    (words.length === 2 && /^(?:co\.?|county)$/.test(lowers[0] ?? '') && first === from) ||
    // "Humboldt County", "Plaquemines Parish", "Flat Creek": a place by its kind.
    (words.length >= 2 &&
      titles.length === 0 &&
      (PLACE_KINDS.has(lastLower) || (NATURAL_PLACE_KINDS.has(lastLower) && !givenFirst)))
  );
}

/**
 * "North Yorkshire", "Greater Manchester", "Fort Worth", "New South Wales": no one's name, by
 * the word that opens it (a place, or a firm: "Southern Bell"; a longer run is a firm's).
 */
function opensWithPlace(run: RunReading): boolean {
  const { words, lowers } = run.name;
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    run.titles.length === 0 &&
    run.first === run.from &&
    PLACE_OPENERS.has(lowers[0] ?? '')
  );
}

/** An officer or a description named by office after "the", not by name. */
function namedByOffice(run: RunReading, organisation: boolean, afterArticle: boolean): boolean {
  const { tokens, from, titles } = run;
  const { words, lowers, lastLower, lone } = run.name;
  return (
    // "the South Dakota Republican said": a description ending in a role, not a name.
    // "the Congress MP said", "the District Magistrate said": a body's officer, named by office.
    // "the veteran Texas Democrat said": also after words that describe it.
    ((afterArticle || (titles.length === 0 && describedAfterArticle(tokens, from))) &&
      ROLE_NOUNS.has(lastLower) &&
      (!organisation || !ORGANISATION_WORDS.has(lastLower)) &&
      !lowers.some((word) => CORPORATE_SUFFIXES.has(word.replace(/\.$/, '')))) ||
    // "the Army Chief said", "the Union Minister said": an institution's officer, named by office.
    (afterArticle && words.length <= 3 && OFFICERS.has(lastLower)) ||
    // "the LG said", "the COAS said": an office's abbreviation after "the" is the office ("LG"
    // alone may be the company).
    (afterArticle &&
      words.length === 1 &&
      lone === lone.toUpperCase() &&
      ROLE_ACRONYMS.has(lastLower))
  );
}
