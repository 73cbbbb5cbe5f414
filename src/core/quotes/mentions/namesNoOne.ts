/**
 * Capitalised runs that read like names but name no one: an officer named by office after "the",
 * a demonym, a court's bench, roles alone, a party and home town, a lone word opening a sentence
 * that only describes what follows.
 */

import { CAPITALS_ONLY_TITLES, TITLES } from '../lexicon/titles.ts';
import { ROLE_NOUNS } from '../lexicon/roles.ts';
import {
  CORPORATE_SUFFIXES,
  NEWS_ORGANISATIONS,
  ORGANISATION_WORDS,
} from '../lexicon/organisations.ts';
import { isDemonym } from '../lexicon/places.ts';
import type { Token } from '../tokenize.ts';
import { firstNameGender } from '../firstNames.ts';
import { POST_NOMINALS, BENCH_WORDS, CONTRACTION } from './nameWords.ts';
import { startsSentence } from './tokenTests.ts';
import { surnameLikeAbbreviation } from './titledNames.ts';
import { describedAfterArticle, pluralRole, describesGroup } from './runContext.ts';
import { followedByVerb } from './finiteVerbs.ts';
import { roleFollows } from './roleModifiers.ts';
import type { SpelledName } from './spellName.ts';

/** "D-Ohio": a party letter before a place. */
const PARTY_PREFIX = /^[RDI]-\p{Lu}/u;

/**
 * "the Rajya Sabha MP said", "the Diamond Harbour MP": after "the", a run ending in a role (even
 * one written like a post-nominal) describes an officer, it names no one.
 */
export function officerAfterArticle(
  tokens: readonly Token[],
  from: number,
  first: number,
  to: number,
  titles: readonly Token[],
): boolean {
  return (
    tokens[from - 1]?.lower === 'the' &&
    titles.length === 0 &&
    to > first &&
    POST_NOMINALS.has((tokens[to] as Token).word) &&
    ROLE_NOUNS.has((tokens[to] as Token).lower)
  );
}

/** Words that are no one's name, whatever their place in the sentence. */
export function namesNoOne(tokens: readonly Token[], from: number, name: SpelledName): boolean {
  const { words, lowers, lastLower } = name;
  return (
    // "the 24-year-old Queenslander said": a people's name for one of them is no one's name.
    (words.length === 1 &&
      (tokens[from - 1]?.lower === 'the' || describedAfterArticle(tokens, from)) &&
      isDemonym(words[0] ?? '') &&
      firstNameGender(words[0] ?? '') === undefined &&
      !ORGANISATION_WORDS.has(lastLower) &&
      !NEWS_ORGANISATIONS.has(lastLower)) ||
    // "the Bench observed", "A Division Bench of …": a court's bench, capitalised, is no name.
    (lastLower === 'bench' && lowers.every((word) => BENCH_WORDS.has(word))) ||
    (words.length === 1 && (words[0] ?? '').length < 2) ||
    words.some((word) => CONTRACTION.test(word)) ||
    // "Sen. Lisa Demuth, R-Cold Spring, said": a party and a home town, set off after a name.
    PARTY_PREFIX.test(words[0] ?? '') ||
    // "Inc." alone is the tail of a company's name, not a name.
    (words.length === 1 && CORPORATE_SUFFIXES.has(lastLower.replace(/\.$/, '')))
  );
}

/**
 * "LG said sales were strong": a title written only in capitals, alone and with no article, is
 * an institution's letters ("the LG said" is the Lieutenant Governor).
 */
export function institutionLetters(
  tokens: readonly Token[],
  from: number,
  name: SpelledName,
): boolean {
  return (
    name.words.length === 1 &&
    CAPITALS_ONLY_TITLES.has(name.lastLower) &&
    tokens[from - 1]?.lower !== 'the'
  );
}

/**
 * "Critics had called it …", "Officials said": roles, even in the plural, name nobody; nor does
 * the second of two titles ("BJP MLA and Leader of Opposition Suvendu Adhikari").
 */
export function onlyRoles(name: SpelledName): boolean {
  const { words, lowers } = name;
  return lowers.every(
    (word, index) =>
      (word === 'and' && index === 0 && words.length > 1) ||
      (TITLES.has(word) && !surnameLikeAbbreviation(words[index] ?? '')) ||
      ROLE_NOUNS.has(word) ||
      ROLE_NOUNS.has(word.replace(/s$/, '')),
  );
}

/**
 * A lone word opening the sentence that describes what follows it, not a name ("Streeting
 * dismissed", "Daly said" are surnames; a given name is always a name).
 */
export function describesOpening(
  tokens: readonly Token[],
  from: number,
  to: number,
  name: SpelledName,
): boolean {
  const { lone } = name;
  if (!startsSentence(tokens, from) || !lone || firstNameGender(lone) !== undefined) return false;
  return (
    // "Commenting on…", "Equally,": a participle or an adverb.
    (/(?:ing|ly)$/.test(lone) && !followedByVerb(tokens, to)) ||
    // "Special public prosecutor Sunil Gonsalves", "Senior advocate Rao": before lower-case role
    // words, it only describes the role; "Adamson's spokesman" owns it.
    (!(tokens[to] as Token).possessive && roleFollows(tokens, to)) ||
    // "Fishermen said", "Dealers said": a plural role noun is a group.
    pluralRole(name.lastLower) ||
    // "Environmental groups sued …", "Industry groups welcomed …": an adjective.
    describesGroup(tokens[to + 1])
  );
}
