/**
 * Reads one capitalised run as a mention: where the name starts and ends, its kind (person,
 * organisation or unknown), its role, gender and grammatical hints.
 */

import { COMMON_CAPITALISED } from '../lexicon/commonWords.ts';
import { CAPITALS_ONLY_TITLES, HONORIFICS, TITLES } from '../lexicon/titles.ts';
import { ROLE_ACRONYMS, ROLE_NOUNS } from '../lexicon/roles.ts';
import {
  CORPORATE_SUFFIXES,
  NEWS_ORGANISATIONS,
  ORGANISATION_WORDS,
} from '../lexicon/organisations.ts';
import { PLACES, isDemonym } from '../lexicon/places.ts';
import { nationalityBefore } from '../nationalities.ts';
import { partyTag } from '../partyTags.ts';
import type { Token } from '../tokenize.ts';
import { mapPacked } from '../../text/mapPacked.ts';
import { firstNameGender } from '../firstNames.ts';
import type { Mention } from './mention.ts';
import {
  NAME_SUFFIXES,
  SURNAME_LIKE_ORGANISATION_WORDS,
  MALE_HONORIFICS,
  FEMALE_HONORIFICS,
  POST_NOMINALS,
  BENCH_WORDS,
  CONTRACTION,
  SPELLED_ACRONYMS,
  PLACE_KINDS,
  NATURAL_PLACE_KINDS,
  PLACE_OPENERS,
  OFFICERS,
  RANK_OPENERS,
} from './nameWords.ts';
import {
  startsSentence,
  AMPERSAND,
  bare,
  isInitial,
  isNicknameAt,
  isRetiredMark,
  generationBefore,
} from './tokenTests.ts';
import { ABBREVIATED_TITLES, surnameLikeAbbreviation } from './titledNames.ts';
import { peerTitle, surnameTitle } from './peerTitles.ts';
import { nameStart } from './nameStart.ts';
import { splitTitles } from './splitTitles.ts';
import {
  isAfterPreposition,
  describedAfterArticle,
  pluralRole,
  describesGroup,
  countrySpeaks,
  placeAfterName,
  insideBrackets,
  insideTitle,
  titlePhraseStart,
  isCoordinated,
} from './runContext.ts';
import { endsCompanyName, spellAmpersands, firmsOwnS, isBrandSpelling } from './companyNames.ts';
import { followedByVerb } from './finiteVerbs.ts';
import { roleFollows, modifiesRole } from './roleModifiers.ts';
import { roleOf, electedRole } from './roleOf.ts';

export function readRun(tokens: readonly Token[], from: number, to: number): Mention | null {
  const start = nameStart(tokens, from, to);
  if (!start) return null;
  const { initialA, governed, placeLed } = start;
  const peer = peerTitle(tokens, from, start.first, to);
  if (peer) return peer;
  const { first, titles, institution } = splitTitles(tokens, from, start.first, to);
  // "the Rajya Sabha MP said", "the Diamond Harbour MP": after "the", a run ending in a role
  // (even one written like a post-nominal) describes an officer, it names no one.
  if (
    tokens[from - 1]?.lower === 'the' &&
    titles.length === 0 &&
    to > first &&
    POST_NOMINALS.has((tokens[to] as Token).word) &&
    ROLE_NOUNS.has((tokens[to] as Token).lower)
  )
    return null;
  let last = to;
  // "Jonathan Polnay KC", "Jane Smith MP", "Sir Tim Berners-Lee OBE": letters after a name are
  // honours and offices, not its surname.
  while (last > first + 1 && POST_NOMINALS.has((tokens[last] as Token).word.replace(/\.$/, '')))
    last--;
  const suffixEnd = last;
  while (last > first && NAME_SUFFIXES.has(bare(tokens[last] as Token))) last--;
  // "Controllers' Association": a plural possessive inside the name keeps its apostrophe.
  const spelled = mapPacked(tokens.slice(first, last + 1), (token, i) =>
    i < last - first && AMPERSAND.test(token.gap)
      ? `${token.word}${token.gap.trimEnd()}`
      : i < last - first && /^['’] $/.test(token.gap)
        ? `${token.word}${token.gap[0]}`
        : i < last - first && token.possessive
          ? `${token.word}'s`
          : i < last - first && token.gap === ', '
            ? `${token.word},`
            : token.word,
  ).filter((_, i) => !isNicknameAt(tokens, first + i) && !isRetiredMark(tokens, first + i));
  const words = spellAmpersands(spelled);
  // "Moody's said", "a spokesperson for Sainsbury's said": an "'s" before a verb is a firm's;
  // not "Finance Minister Enoch Godongwana's proposed VAT increase", a titled person's.
  const ownS = titles.length === 0 && firmsOwnS(tokens, last);
  if (ownS) words[words.length - 1] = `${words[words.length - 1] ?? ''}'s`;
  // "… said Amartya Sen.": a title's abbreviation ending a name is a surname ending the sentence.
  const tail = words[words.length - 1] ?? '';
  if (
    words.length >= 2 &&
    tail.endsWith('.') &&
    ABBREVIATED_TITLES.has(tail.slice(0, -1).toLowerCase())
  )
    words[words.length - 1] = tail.slice(0, -1);
  const lowers = mapPacked(words, (word) => word.toLowerCase());
  const lastLower = lowers[lowers.length - 1] ?? '';
  // "the 24-year-old Queenslander said": a people's name for one of them is no one's name.
  if (
    words.length === 1 &&
    (tokens[from - 1]?.lower === 'the' || describedAfterArticle(tokens, from)) &&
    isDemonym(words[0] ?? '') &&
    firstNameGender(words[0] ?? '') === undefined &&
    !ORGANISATION_WORDS.has(lastLower) &&
    !NEWS_ORGANISATIONS.has(lastLower)
  )
    return null;
  // "the Bench observed", "A Division Bench of …": a court's bench, capitalised, is no name.
  if (lastLower === 'bench' && lowers.every((word) => BENCH_WORDS.has(word))) return null;
  if (words.length === 1 && (words[0] ?? '').length < 2) return null;
  // "Critics had called it …", "Officials said": roles, even in the plural, name nobody; nor
  // does the second of two titles ("BJP MLA and Leader of Opposition Suvendu Adhikari").
  const titleSurname = surnameTitle(tokens, first, to);
  // "LG said sales were strong": a title written only in capitals, alone and with no article,
  // is an institution's letters ("the LG said" is the Lieutenant Governor).
  const letters =
    words.length === 1 && CAPITALS_ONLY_TITLES.has(lastLower) && tokens[from - 1]?.lower !== 'the';
  if (
    !titleSurname &&
    !letters &&
    lowers.every(
      (word, index) =>
        (word === 'and' && index === 0 && words.length > 1) ||
        (TITLES.has(word) && !surnameLikeAbbreviation(words[index] ?? '')) ||
        ROLE_NOUNS.has(word) ||
        ROLE_NOUNS.has(word.replace(/s$/, '')),
    )
  )
    return null;
  if (words.some((word) => CONTRACTION.test(word))) return null;
  // "Sen. Lisa Demuth, R-Cold Spring, said": a party and a home town, set off after a name.
  if (/^[RDI]-\p{Lu}/u.test(words[0] ?? '')) return null;
  // "Commenting on…", "Equally,": a lone capitalised word opening a sentence that reads as a
  // participle or adverb is not a name; "Streeting dismissed", "Daly said" are surnames.
  const opensSentence = startsSentence(tokens, from);
  const lone = words.length === 1 ? (words[0] ?? '') : '';
  if (
    opensSentence &&
    /(?:ing|ly)$/.test(lone) &&
    firstNameGender(lone) === undefined &&
    !followedByVerb(tokens, to)
  )
    return null;

  // "Special public prosecutor Sunil Gonsalves", "Senior advocate Rao": a word opening the
  // sentence before lower-case role words only describes the role; "Adamson's spokesman" owns it.
  if (
    opensSentence &&
    lone &&
    firstNameGender(lone) === undefined &&
    !(tokens[to] as Token).possessive &&
    roleFollows(tokens, to)
  )
    return null;
  // "Fishermen said", "Dealers said": a plural role noun opening the sentence is a group.
  if (opensSentence && lone && firstNameGender(lone) === undefined && pluralRole(lastLower))
    return null;
  // "Inc." alone is the tail of a company's name, not a name.
  if (words.length === 1 && CORPORATE_SUFFIXES.has(lastLower.replace(/\.$/, ''))) return null;
  // "Environmental groups sued …", "Industry groups welcomed …": an adjective opening the sentence.
  if (
    opensSentence &&
    lone &&
    firstNameGender(lone) === undefined &&
    describesGroup(tokens[to + 1])
  )
    return null;
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
