/**
 * Splits the titles before a name from the name: "Labor Secretary Goldberg", "Chief of
 * Detectives Joseph Kenny", "SSP Baramulla Ravi Kumar", "Meteorologist Jenna Frye".
 */

import { TITLES } from '../lexicon/titles.ts';
import { LEARNED_OCCUPATION, OCCUPATION, ROLE_NOUNS } from '../lexicon/roles.ts';
import { ORGANISATION_WORDS, SECTOR_NOUNS } from '../lexicon/organisations.ts';
import { PLACES } from '../lexicon/places.ts';
import type { Token } from '../tokenize.ts';
import {
  SURNAME_LIKE_ORGANISATION_WORDS,
  MALE_HONORIFICS,
  FEMALE_HONORIFICS,
} from './nameWords.ts';
import { bare, givenNameOf } from './tokenTests.ts';
import {
  isTitleWord,
  bracketedTitle,
  policeTitle,
  DISTRICT_OFFICERS,
  afterPosting,
  givenNameAfterTitle,
  nameAfterDomain,
  complementsTitle,
  firstGivenName,
  nameOpening,
  chamberEnd,
} from './titledNames.ts';
import { givenTitle, plainNameAfter } from './peerTitles.ts';
import { isAfterPreposition } from './runContext.ts';
import { endsCompanyName } from './companyNames.ts';
import { lastTitle } from './lastTitle.ts';

/** A run's name with the titles before it split off. */
export type TitledName = {
  /** The name's first token, after its titles. */
  first: number;
  /** The titles before the name, in order: "Labor", "Secretary". */
  titles: Token[];
  /** "Transport for Greater Manchester": an institution's name, not a titled person's. */
  institution: boolean;
};

/**
 * The titles that open `[start, to]`, the run `[from, to]` past the words that are no part of a
 * name, and where the name after them starts.
 */
export function splitTitles(
  tokens: readonly Token[],
  from: number,
  start: number,
  to: number,
): TitledName {
  const titles: Token[] = [];
  let first = start;
  let institution = governsComplement(tokens, first, to);
  // "of St. Louis County", "in St. Paul": a saint's title after a preposition opens a place.
  const saintPlace =
    first === from &&
    /^(?:st|ste|saint)$/.test(bare(tokens[first] as Token)) &&
    (isAfterPreposition(tokens, from) || tokens[from - 1]?.lower === 'of');
  if (!institution && !saintPlace) {
    while (first < to && isTitleWord(tokens, first) && !givenTitle(tokens, first, to))
      titles.push(tokens[first++] as Token);
    // "Labor Secretary Goldberg", "State Party Chairman James Gray": the name follows the last
    // title.
    first = takeTitles(tokens, titles, first, lastTitle(tokens, first, to, titles) + 1);
  }
  // "SSP Baramulla Ravi Kumar", "District Magistrate Gorakhpur Krishna Karunesh", "(SSP)
  // Ganderbal Khalil Ahmad Poswal": an officer's district, between the title and the name.
  const officer = titles.at(-1) ?? bracketedTitle(tokens, from) ?? policeTitle(tokens, from);
  if (DISTRICT_OFFICERS.has(bare(officer)) && !institution)
    first = takeTitles(tokens, titles, first, afterPosting(tokens, first, to));
  if (institution) {
    const name = nameAfterInstitutionTitle(tokens, first, to);
    // "Serum Institute of India CEO Adar Poonawalla": the name after the officer's title is a
    // person's, whatever institution the title belongs to.
    if (name > first) institution = false;
    first = takeTitles(tokens, titles, first, name);
  } else if (
    !saintPlace &&
    (complementsTitle(tokens, from, first, to) ||
      // "Meteorologist Jenna Frye", "Firefighter Tom Reed": an occupation written as a title.
      OCCUPATION.test((tokens[first] as Token).lower))
  )
    first = takeTitles(tokens, titles, first, nameAfterComplement(tokens, first, to));
  if (titlesOpenInstitution(tokens, to, titles)) {
    first -= titles.length; // the titles were taken from the run's start, in order
    titles.length = 0;
  }
  return { first, titles, institution };
}

/** Moves the tokens from `first` up to `end` into `titles`; returns where the name now starts. */
function takeTitles(tokens: readonly Token[], titles: Token[], first: number, end: number): number {
  while (first < end) titles.push(tokens[first++] as Token);
  return first;
}

/** "Transport for Greater Manchester", "Bank of America": but "To Lam" is a name. */
function governsComplement(tokens: readonly Token[], first: number, to: number): boolean {
  let institution = false;
  for (let k = first; k <= to && !institution; k++) {
    const { lower, word } = tokens[k] as Token;
    institution = lower === 'of' || lower === 'on' || word === 'for' || word === 'to';
  }
  return institution;
}

/**
 * "Chief of Detectives Joseph Kenny", "Bank of America Chief Executive Brian Moynihan": after a
 * title that governs "of", a given name followed by a surname starts the person's name. `first`
 * when none does.
 */
function nameAfterInstitutionTitle(tokens: readonly Token[], first: number, to: number): number {
  const given = givenNameAfterTitle(tokens, first, to);
  const domain = given > first ? given : nameAfterDomain(tokens, first, to);
  // "Commissioner of Police Ludhiana Kuldeep Chahal": and a district after the police.
  return domain > first && (tokens[domain - 1] as Token).lower === 'police'
    ? afterPosting(tokens, domain, to)
    : domain;
}

/**
 * "Secretary of Health, Education and Welfare Abraham Ribicoff", "Secretary of Homeland
 * Security Kristi Noem": the words before a given name end the title's complement.
 */
function nameAfterComplement(tokens: readonly Token[], first: number, to: number): number {
  const named = firstGivenName(tokens, first, to);
  return Math.max(
    named > first ? nameOpening(tokens, named, first) : named,
    chamberEnd(tokens, first, to),
    // "Commissioner of Police Amitesh Kumar": a name the lists lack after the domain.
    named > first ? first : nameAfterDomain(tokens, first, to),
    // "Environmentalist Rafay Alam", "Paediatrician Ama Owusu": a learned occupation before
    // two or three plain words the lists lack ("Manjinder Singh Sirsa" and "Mansoor Usman Awan"
    // end like "welder" and "assessor").
    LEARNED_OCCUPATION.test((tokens[first] as Token).lower) && plainNameAfter(tokens, first, to)
      ? first + 1
      : first,
  );
}

/**
 * "the Justice Department", "a Home Office spokesperson", "the State Department": a title word
 * that opens an institution's name is part of the name.
 */
function titlesOpenInstitution(tokens: readonly Token[], to: number, titles: Token[]): boolean {
  return (
    titles.length > 0 &&
    (ORGANISATION_WORDS.has((tokens[to] as Token).lower) || endsCompanyName(tokens, to)) &&
    // "Chief Financial Officer Sherry House": a given name before a surname like "House".
    !(
      SURNAME_LIKE_ORGANISATION_WORDS.has((tokens[to] as Token).lower) &&
      givenNameOf(tokens[to - 1] as Token) !== undefined
    ) &&
    !titles.some(
      (token) => MALE_HONORIFICS.has(bare(token)) || FEMALE_HONORIFICS.has(bare(token)),
    ) &&
    // "Rival Samsung Electronics", "Carmaker Tata Motors": a role noun or a kind of firm before
    // a company's name only describes it.
    !titles.some((token) => SECTOR_NOUNS.has(token.lower)) &&
    !titles.some(
      (token) =>
        ROLE_NOUNS.has(token.lower) &&
        !TITLES.has(bare(token)) &&
        !ORGANISATION_WORDS.has(token.lower) &&
        !PLACES.has(token.lower),
    )
  );
}
