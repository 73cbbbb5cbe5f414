/**
 * Reads one capitalised run as a mention: where the name starts and ends, its kind (person,
 * organisation or unknown), its role, gender and grammatical hints.
 */

import { COMMON_CAPITALISED } from '../lexicon/commonWords.ts';
import { HONORIFICS, TITLES } from '../lexicon/titles.ts';
import { ROLE_ACRONYMS, ROLE_NOUNS } from '../lexicon/roles.ts';
import {
  CORPORATE_SUFFIXES,
  NEWS_ORGANISATIONS,
  ORGANISATION_WORDS,
} from '../lexicon/organisations.ts';
import { PLACES } from '../lexicon/places.ts';
import { nationalityBefore } from '../nationalities.ts';
import { partyTag } from '../partyTags.ts';
import type { Token } from '../tokenize.ts';
import { firstNameGender } from '../firstNames.ts';
import type { Mention } from './mention.ts';
import {
  SURNAME_LIKE_ORGANISATION_WORDS,
  MALE_HONORIFICS,
  FEMALE_HONORIFICS,
  SPELLED_ACRONYMS,
  PLACE_KINDS,
  NATURAL_PLACE_KINDS,
  PLACE_OPENERS,
  OFFICERS,
  RANK_OPENERS,
} from './nameWords.ts';
import { startsSentence, bare, isInitial, generationBefore } from './tokenTests.ts';
import { surnameLikeAbbreviation } from './titledNames.ts';
import { peerTitle, surnameTitle } from './peerTitles.ts';
import { nameStart } from './nameStart.ts';
import { splitTitles } from './splitTitles.ts';
import { spellName } from './spellName.ts';
import {
  officerAfterArticle,
  namesNoOne,
  institutionLetters,
  onlyRoles,
  describesOpening,
} from './namesNoOne.ts';
import {
  isAfterPreposition,
  describedAfterArticle,
  countrySpeaks,
  placeAfterName,
  insideBrackets,
  insideTitle,
  titlePhraseStart,
  isCoordinated,
} from './runContext.ts';
import { endsCompanyName, isBrandSpelling } from './companyNames.ts';
import { modifiesRole } from './roleModifiers.ts';
import { roleOf, electedRole } from './roleOf.ts';

export function readRun(tokens: readonly Token[], from: number, to: number): Mention | null {
  const start = nameStart(tokens, from, to);
  if (!start) return null;
  const { initialA, governed, placeLed } = start;
  const peer = peerTitle(tokens, from, start.first, to);
  if (peer) return peer;
  const { first, titles, institution } = splitTitles(tokens, from, start.first, to);
  if (officerAfterArticle(tokens, from, first, to, titles)) return null;
  const name = spellName(tokens, first, to, titles);
  if (namesNoOne(tokens, from, name)) return null;
  const titleSurname = surnameTitle(tokens, first, to);
  const letters = institutionLetters(tokens, from, name);
  if (!titleSurname && !letters && onlyRoles(name)) return null;
  if (describesOpening(tokens, from, to, name)) return null;
  const { words, lowers, lastLower, lone, last, suffixEnd, ownS } = name;
  const opensSentence = startsSentence(tokens, from);
  // "Sarah House", "Tom Church": a given name before a surname that is also an institution word.
  const surnamed =
    words.length === 2 &&
    firstNameGender(words[0] ?? '') !== undefined &&
    SURNAME_LIKE_ORGANISATION_WORDS.has(lastLower);
  // "Bill Nelson": a given name first is not the institution word it also spells.
  const givenFirst = words.length >= 2 && firstNameGender(words[0] ?? '') !== undefined;
  // "JD(U) national working president", "CPI(M) state secretary": a party's acronym with its
  // bracketed letter.
  const bracketed = tokens[last + 1];
  const party =
    words.length === 1 &&
    (tokens[last] as Token).gap === '(' &&
    /^\p{Lu}{1,3}$/u.test(bracketed?.word ?? '') &&
    /^\)/.test(bracketed?.gap ?? '');
  if (party) words[0] = `${words[0] ?? ''}(${bracketed?.word ?? ''})`;
  const organisation =
    party ||
    words.some((word) => word.includes('&')) ||
    // "UAW Local 600", "IAM District 751": a union's local or district by its number.
    /^\d+$/.test(words.at(-1) ?? '') ||
    institution ||
    ownS ||
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
            /^\p{Lu}/u.test(words[index] ?? '') &&
            !(words.length === 2 && index === 1 && givenFirst)) ||
          (index > 0 && endsCompanyName(tokens, first + index)) ||
          isBrandSpelling(words[index] ?? ''),
      ));
  // "Moscow TASS": a place before a news agency's name is where it reported from.
  while (words.length > 1 && PLACES.has(lowers[0] ?? '') && NEWS_ORGANISATIONS.has(lastLower)) {
    words.shift();
    lowers.shift();
  }
  const allPlaces =
    lowers.every((word) => PLACES.has(word)) ||
    // "Co Cork", "Co. Kerry", "County Kerry": an Irish county.
    (words.length === 2 && /^(?:co\.?|county)$/.test(lowers[0] ?? '') && first === from) ||
    // "Humboldt County", "Plaquemines Parish", "Flat Creek": a place by its kind.
    (words.length >= 2 &&
      titles.length === 0 &&
      (PLACE_KINDS.has(lastLower) || (NATURAL_PLACE_KINDS.has(lastLower) && !givenFirst)));
  // "North Yorkshire", "Greater Manchester", "Fort Worth", "New South Wales": no one's name, by
  // the word that opens it (a place, or a firm: "Southern Bell"; a longer run is a firm's).
  const placeOpened =
    words.length >= 2 &&
    words.length <= 3 &&
    titles.length === 0 &&
    first === from &&
    PLACE_OPENERS.has(lowers[0] ?? '');
  const titledPerson = titles.some(
    (token) => TITLES.has(token.lower.replace(/\.$/, '')) && !PLACES.has(token.lower),
  );
  const givenName = words.length >= 2 ? firstNameGender(words[0] ?? '') : undefined;
  const afterArticle = tokens[from - 1]?.lower === 'the' && titles.length === 0;
  // "the South Dakota Republican said": a description ending in a role, not a name.
  // "the Congress MP said", "the District Magistrate said": a body's officer, named by office.
  // "the veteran Texas Democrat said": also after words that describe it.
  if (
    (afterArticle || (titles.length === 0 && describedAfterArticle(tokens, from))) &&
    ROLE_NOUNS.has(lastLower) &&
    (!organisation || !ORGANISATION_WORDS.has(lastLower)) &&
    !lowers.some((word) => CORPORATE_SUFFIXES.has(word.replace(/\.$/, '')))
  )
    return null;
  // "the Army Chief said", "the Union Minister said": an institution's officer, named by office.
  if (afterArticle && words.length <= 3 && OFFICERS.has(lastLower)) return null;
  // "the LG said", "the COAS said": an office's abbreviation after "the" is the office ("LG"
  // alone may be the company).
  if (
    afterArticle &&
    words.length === 1 &&
    lone === lone.toUpperCase() &&
    ROLE_ACRONYMS.has(lastLower)
  )
    return null;
  let kind: Mention['kind'];
  if (organisation) kind = 'organisation';
  // "Kathryn Judge", "Carole King", "Arthur H. Dean": a title after a given name (and an
  // initial) is a surname.
  else if (
    (words.length === 2 || (words.length === 3 && isInitial(words[1] ?? ''))) &&
    givenName !== undefined &&
    TITLES.has(lastLower) &&
    !RANK_OPENERS.has(lowers[0] ?? '')
  )
    kind = 'person';
  // "Russia said on Monday", "China raised tariffs and said", "The United States on Thursday
  // said": a country opening its sentence as the subject speaks as a state.
  else if (allPlaces && titles.length === 0 && countrySpeaks(tokens, from, to))
    kind = 'organisation';
  else if (titleSurname) kind = 'person';
  else if (
    allPlaces ||
    (TITLES.has(lastLower) &&
      // "Rokeya Begum", "Aung Tun": an honorific closing a name is a surname.
      !(HONORIFICS.has(lastLower) && words.length > 1) &&
      !titledPerson &&
      !letters &&
      !surnameLikeAbbreviation(words.at(-1) ?? ''))
  )
    return null;
  else if (placeOpened) kind = 'unknown';
  else if (titledPerson || givenName !== undefined) kind = 'person';
  // "the elder Frates said": a generation told apart names one of a family by the surname.
  else if (words.length === 1 && generationBefore(tokens, from)) kind = 'person';
  // "Pam burst out": a lone first name inside a sentence is someone.
  else if (words.length === 1 && !opensSentence && firstNameGender(lone) !== undefined)
    kind = 'person';
  else if (
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
    kind = 'person';
  else kind = 'unknown';

  // "Marvin Harrison Jr.", "Ronald Pruitt Sr.": a person's generational suffix stays in the name,
  // which tells a son from his father.
  if (kind === 'person')
    for (let k = last + 1; k <= suffixEnd; k++) words.push((tokens[k] as Token).word);
  const honorific = titles.find(
    (token) => MALE_HONORIFICS.has(bare(token)) || FEMALE_HONORIFICS.has(bare(token)),
  );
  const honorificGender = honorific
    ? MALE_HONORIFICS.has(bare(honorific))
      ? 'male'
      : 'female'
    : null;
  return {
    start: (tokens[first] as Token).start,
    end: (tokens[to] as Token).start + (tokens[to] as Token).word.length,
    name: words.join(' '),
    words,
    kind,
    role:
      kind === 'person'
        ? roleOf(tokens, placeLed > from ? tokens.slice(from, placeLed) : [], titles, from, to)
        : null,
    office: kind === 'person' ? electedRole(tokens, to) : null,
    gender:
      honorificGender ??
      (kind === 'person'
        ? ((words.length === 1 ? firstNameGender(lone) : givenName) ?? null)
        : null),
    first,
    last: to,
    oblique:
      (tokens[to] as Token).possessive ||
      // "Williams' cousin": a plural possessive.
      (/^['’] /.test((tokens[to] as Token).gap) && /s$/.test((tokens[to] as Token).lower)) ||
      // "(NC)", "(D., N.C.)": a bracketed acronym only restates or places the name before it.
      insideBrackets(tokens, from) ||
      ((governed || isAfterPreposition(tokens, from)) &&
        !insideTitle(tokens, from, titles.length) &&
        placeLed < 0) ||
      // "an attack on Lok Sabha Leader of Opposition Rahul Gandhi": the title is governed.
      (insideTitle(tokens, from, titles.length) &&
        isAfterPreposition(tokens, titlePhraseStart(tokens, from))) ||
      modifiesRole(tokens, to),
    coordinated: isCoordinated(tokens, from, to),
    descriptors:
      kind === 'person'
        ? [...partyTag(tokens, to, titles.at(-1)?.word ?? ''), ...nationalityBefore(tokens, from)]
        : [],
  };
}
