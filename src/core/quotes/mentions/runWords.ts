/**
 * The words a capitalised run takes after a single space: a capitalised word, name particles, a
 * peer's "of", an institution's "of", "for" or "on", a name its acronym spells, a second place
 * before a title.
 */

import { COMMON_CAPITALISED, DETERMINERS } from '../lexicon/commonWords.ts';
import { HYPHENED_PARTICLE, NAME_PARTICLES } from '../lexicon/nameParticles.ts';
import { ORGANISATION_WORDS } from '../lexicon/organisations.ts';
import { TITLES } from '../lexicon/titles.ts';
import type { Token } from '../tokenize.ts';
import { bare, givenNameOf } from './tokenTests.ts';
import { spelledByAcronym } from './acronyms.ts';
import { NOBLE_TITLES } from './peerTitles.ts';

/**
 * "Joe Biden", "Ursula von der Leyen", "the Prince of Wales", "Bank of England", "Council on
 * Foreign Relations", "Transport for Greater Manchester (TfGM)", "Jammu and Kashmir Police": the
 * last token the run that opened at token `i` reaches over the word after token `j` (a single
 * space between them), or -1 when the run ends at `j`. A run over an institution's "of", "for"
 * or "on" sets `run.institutional`.
 */
export function wordEnd(
  tokens: readonly Token[],
  i: number,
  j: number,
  run: { institutional: boolean },
): number {
  const here = tokens[j] as Token;
  const next = tokens[j + 1] as Token;
  // "Transport for Greater Manchester (TfGM)", "Committee to Protect Journalists (CPJ)": a
  // name over "for" or "to" that the acronym after it spells whole.
  const spelled =
    (next.lower === 'for' || next.lower === 'to') && next.gap === ' '
      ? spelledByAcronym(tokens, i, j + 2)
      : -1;
  if (next.capitalised || HYPHENED_PARTICLE.test(next.word)) return j + 1;
  if (
    (NAME_PARTICLES.has(next.word) ||
      // "André Corrêa do Lago": "do" and "das" only after a given name and a surname.
      (/^(?:do|das)$/.test(next.word) && j > i)) &&
    next.gap === ' ' &&
    tokens[j + 2]?.capitalised
  )
    return j + 2;
  if (
    // "Ursula von der Leyen", "Rafael van der Vaart": two particles in a row.
    NAME_PARTICLES.has(next.word) &&
    next.gap === ' ' &&
    NAME_PARTICLES.has(tokens[j + 2]?.word ?? '') &&
    tokens[j + 2]?.gap === ' ' &&
    tokens[j + 3]?.capitalised
  )
    return j + 3;
  if (
    // "the Prince of Wales", "the Duke of Sussex": a peer's title and its place are one name.
    j === i + (tokens[i]?.lower === 'the' ? 1 : 0) &&
    NOBLE_TITLES.has(here.lower) &&
    next.lower === 'of' &&
    next.gap === ' ' &&
    tokens[j + 2]?.capitalised
  )
    return j + 2;
  if (
    // "Ministry of Home Affairs", "Bank of England", "National Association for the Advancement
    // of Colored People": an institution's name runs on over "of", "for" and "of the".
    (next.lower === 'of' || next.lower === 'for') &&
    (ORGANISATION_WORDS.has(here.lower) ||
      run.institutional ||
      // "Transport for London", "Transport for NSW": the authority for a place.
      (here.lower === 'transport' && next.lower === 'for' && i === j)) &&
    next.gap === ' ' &&
    (tokens[j + 2]?.capitalised ||
      (tokens[j + 2]?.lower === 'the' &&
        tokens[j + 2]?.gap === ' ' &&
        tokens[j + 3]?.capitalised === true))
  ) {
    run.institutional = true;
    return j + (tokens[j + 2]?.capitalised ? 2 : 3);
  }
  if (
    // "Texas Commission on Environmental Quality", "Council on Foreign Relations"; but not
    // "the Commission on Monday".
    next.lower === 'on' &&
    DELIBERATIVE_BODIES.has(here.lower) &&
    next.gap === ' ' &&
    tokens[j + 2]?.capitalised &&
    !COMMON_CAPITALISED.has(tokens[j + 2]?.lower ?? '')
  ) {
    run.institutional = true;
    return j + 2;
  }
  if (spelled > 0) {
    run.institutional = true;
    return spelled;
  }
  // "Jammu and Kashmir Chief Minister Omar Abdullah", "Jammu and Kashmir Police": two places
  // name one title's or one institution's domain.
  if (next.lower === 'and' && next.gap === ' ' && joinsPlaceBeforeTitle(tokens, i, j)) return j + 2;
  return -1;
}

/** Bodies named for what they deliberate on: "Committee on Foreign Affairs". */
const DELIBERATIVE_BODIES = new Set([
  'commission',
  'committee',
  'subcommittee',
  'council',
  'conference',
  'panel',
]);

/** `X and Y Title`: a one-word place joined by "and" to a place that opens a title. */
function joinsPlaceBeforeTitle(tokens: readonly Token[], i: number, j: number): boolean {
  const place = tokens[j + 2];
  // "the Punjab and Haryana High Court": or one capitalised word before the institution's.
  const head = tokens[j + 3];
  const title =
    head?.capitalised && head.blank && ORGANISATION_WORDS.has(tokens[j + 4]?.lower ?? '')
      ? tokens[j + 4]
      : head;
  return (
    (i === j || (j === i + 1 && DETERMINERS.has((tokens[i] as Token).lower))) &&
    givenNameOf(tokens[j] as Token) === undefined &&
    place !== undefined &&
    place.capitalised &&
    place.blank &&
    !TITLES.has(place.lower) &&
    title !== undefined &&
    (TITLES.has(bare(title)) || ORGANISATION_WORDS.has(title.lower))
  );
}
