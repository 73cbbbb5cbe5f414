/**
 * Where the capitalised runs of a paragraph start and end: names joined by single spaces,
 * particles, "and" inside an institution's name, and a lower-case body after its place.
 */

import { COMMON_CAPITALISED, DETERMINERS, WEEKDAYS } from '../lexicon/commonWords.ts';
import { HYPHENED_PARTICLE, NAME_PARTICLES } from '../lexicon/nameParticles.ts';
import { ORGANISATION_WORDS } from '../lexicon/organisations.ts';
import { TITLES } from '../lexicon/titles.ts';
import type { Token } from '../tokenize.ts';
import { isRetiredMark, isNicknameAt, bare, AMPERSAND, givenNameOf } from './tokenTests.ts';
import { spelledByAcronym } from './acronyms.ts';
import { NOBLE_TITLES } from './peerTitles.ts';

/**
 * Maximal runs of capitalised words joined by single spaces (and name particles), as a flat list
 * of first and last token indices (one array per paragraph, not one per run).
 */
export function capitalisedRuns(tokens: readonly Token[]): number[] {
  const runs: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!(tokens[i] as Token).capitalised) {
      i++;
      continue;
    }
    let j = i;
    let institutional = false;
    while (j + 1 < tokens.length) {
      const here = tokens[j] as Token;
      const next = tokens[j + 1] as Token;
      // "posted on X. Rekha Gupta said": the platform X ends its sentence; it is no initial.
      if (j === i && here.word === 'X.' && /^(?:on|via)$/.test(tokens[i - 1]?.lower ?? '')) break;
      // "UAW Local 600", "Machinists District 837": a union local's number is in its name.
      if (
        here.gap === ' ' &&
        /^(?:local|district|lodge)$/.test(here.lower) &&
        /^\d+$/.test(next.word)
      ) {
        institutional = true;
        j++;
        continue;
      }
      // "the All India IT Employees' Union", "Department of Veterans' Affairs": a plural
      // possessive inside an institution's name.
      if (
        /^['’] $/.test(here.gap) &&
        here.lower.endsWith('s') &&
        next.capitalised &&
        (ORGANISATION_WORDS.has(next.lower) || next.lower === 'affairs')
      ) {
        j++;
        continue;
      }
      // "Col (retd) Rajesh Sharma": a retired officer's rank keeps its name.
      if (isRetiredMark(tokens, j + 1) && tokens[j + 2]?.capitalised) {
        j += 2;
        continue;
      }
      // `Emanuel "Chris" Welch`: a quoted nickname between a given name and a surname.
      if (
        isNicknameAt(tokens, j + 1) &&
        tokens[j + 2]?.capitalised &&
        // "James H. (Sloppy) Floyd": or after an initial.
        (givenNameOf(here) !== undefined || /^\p{Lu}\.$/u.test(here.word))
      ) {
        j += 2;
        continue;
      }
      // "the Alzheimer's Society", "the Children's Hospital": after "the", a possessive before an
      // institution word is inside its name ("India's Parliament" is a place's parliament).
      if (
        here.possessive &&
        here.gap === ' ' &&
        (tokens[i - 1]?.lower === 'the' || (j > i && (tokens[i] as Token).lower === 'the')) &&
        next.capitalised &&
        ORGANISATION_WORDS.has(next.lower)
      ) {
        j++;
        continue;
      }
      // "Ministry of Housing, Communities and Local Government", "Department for Digital,
      // Culture, Media and Sport": a list inside an institution's name runs on to its "and".
      if (institutional && here.gap === ', ' && next.capitalised) {
        const end = listEnd(tokens, j + 1);
        if (end > 0) {
          j = end;
          continue;
        }
      }
      // "GM Chair and CEO Mary Barra", "Aramco President and CEO Amin Nasser": one title.
      if (
        here.gap === ' ' &&
        next.lower === 'and' &&
        next.gap === ' ' &&
        TITLES.has(bare(here)) &&
        TITLES.has(bare(tokens[j + 2])) &&
        tokens[j + 2]?.capitalised
      ) {
        j += 2;
        continue;
      }
      // "Ministry of Health and Family Welfare", "Defence Research and Development Organisation":
      // "and" inside an institution's name.
      if (
        here.gap === ' ' &&
        !here.possessive &&
        next.lower === 'and' &&
        next.gap === ' ' &&
        andJoinsInstitution(tokens, j + 2, institutional)
      ) {
        j += 2;
        continue;
      }
      // "Johnson & Johnson", "Larsen & Toubro", "AT&T": capitalised words joined by an
      // ampersand name one firm.
      if (AMPERSAND.test(here.gap) && next.capitalised) {
        j++;
        continue;
      }
      if (here.possessive || here.gap !== ' ') break;
      // "Sen. Culver Kidd Thursday told reporters": a weekday after a name says when; it ends
      // the name ("Good Friday Agreement" is one name, "Sunday Eze" a given name first and
      // "Joe Friday" a surname after one). After a title the one word is a surname, whatever
      // the lists of given names say: "President Kennedy Monday asked", "Sen. Russell Thursday".
      if (
        WEEKDAYS.has(next.lower) &&
        (!tokens[j + 2]?.capitalised || next.gap !== ' ') &&
        !(givenNameOf(here) !== undefined && j === i)
      )
        break;
      // "Transport for Greater Manchester (TfGM)", "Committee to Protect Journalists (CPJ)": a
      // name over "for" or "to" that the acronym after it spells whole.
      const spelled =
        (next.lower === 'for' || next.lower === 'to') && next.gap === ' '
          ? spelledByAcronym(tokens, i, j + 2)
          : -1;
      if (next.capitalised || HYPHENED_PARTICLE.test(next.word)) {
        j++;
      } else if (
        (NAME_PARTICLES.has(next.word) ||
          // "André Corrêa do Lago": "do" and "das" only after a given name and a surname.
          (/^(?:do|das)$/.test(next.word) && j > i)) &&
        next.gap === ' ' &&
        tokens[j + 2]?.capitalised
      ) {
        j += 2;
      } else if (
        // "Ursula von der Leyen", "Rafael van der Vaart": two particles in a row.
        NAME_PARTICLES.has(next.word) &&
        next.gap === ' ' &&
        NAME_PARTICLES.has(tokens[j + 2]?.word ?? '') &&
        tokens[j + 2]?.gap === ' ' &&
        tokens[j + 3]?.capitalised
      ) {
        j += 3;
      } else if (
        // "the Prince of Wales", "the Duke of Sussex": a peer's title and its place are one name.
        j === i + (tokens[i]?.lower === 'the' ? 1 : 0) &&
        NOBLE_TITLES.has(here.lower) &&
        next.lower === 'of' &&
        next.gap === ' ' &&
        tokens[j + 2]?.capitalised
      ) {
        j += 2;
      } else if (
        // "Ministry of Home Affairs", "Bank of England", "National Association for the Advancement
        // of Colored People": an institution's name runs on over "of", "for" and "of the".
        (next.lower === 'of' || next.lower === 'for') &&
        (ORGANISATION_WORDS.has(here.lower) ||
          institutional ||
          // "Transport for London", "Transport for NSW": the authority for a place.
          (here.lower === 'transport' && next.lower === 'for' && i === j)) &&
        next.gap === ' ' &&
        (tokens[j + 2]?.capitalised ||
          (tokens[j + 2]?.lower === 'the' &&
            tokens[j + 2]?.gap === ' ' &&
            tokens[j + 3]?.capitalised === true))
      ) {
        institutional = true;
        j += tokens[j + 2]?.capitalised ? 2 : 3;
      } else if (
        // "Texas Commission on Environmental Quality", "Council on Foreign Relations"; but not
        // "the Commission on Monday".
        next.lower === 'on' &&
        DELIBERATIVE_BODIES.has(here.lower) &&
        next.gap === ' ' &&
        tokens[j + 2]?.capitalised &&
        !COMMON_CAPITALISED.has(tokens[j + 2]?.lower ?? '')
      ) {
        institutional = true;
        j += 2;
      } else if (spelled > 0) {
        institutional = true;
        j = spelled;
      } else if (next.lower === 'and' && next.gap === ' ' && joinsPlaceBeforeTitle(tokens, i, j)) {
        // "Jammu and Kashmir Chief Minister Omar Abdullah", "Jammu and Kashmir Police": two
        // places name one title's or one institution's domain.
        j += 2;
      } else break;
    }
    // "The DeKalb County grand jury", "the Delhi high court": a body's kind in lower case after
    // the place it serves is part of its name.
    j = lowerCaseBodyEnd(tokens, i, j);
    // "von der Leyen said", "said de Gaulle": a surname's particles open the run before it.
    let start = i;
    while (
      i === j &&
      start > i - 2 &&
      NAME_PARTICLES.has(tokens[start - 1]?.word ?? '') &&
      tokens[start - 1]?.gap === ' '
    )
      start--;
    runs.push(start, j);
    i = j + 1;
  }
  return runs;
}

/**
 * The last token of a body's kind written in lower case after the capitalised run `i`..`j` that
 * "the" opens ("the DeKalb County grand jury", "The Delhi high court", "the Atlanta city
 * council"), or `j` when none follows.
 */
function lowerCaseBodyEnd(tokens: readonly Token[], i: number, j: number): number {
  const opener = tokens[i] as Token;
  const definite = opener.lower === 'the' ? j > i : tokens[i - 1]?.lower === 'the';
  if (!definite || (tokens[j] as Token).possessive || (tokens[j] as Token).gap !== ' ') return j;
  for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.capitalised) return j;
    if (BODY_KINDS.has(token.lower)) return k;
    if (!BODY_MODIFIERS.has(token.lower) || token.gap !== ' ') return j;
  }
  return j;
}

/** Bodies American, British and Indian copy name in lower case after their place. */
const BODY_KINDS = new Set(
  'court jury council commission board committee corporation assembly legislature'.split(' '),
);

/** Words before such a body's kind: "high court", "grand jury", "public service commission". */
const BODY_MODIFIERS = new Set(
  'high supreme district sessions family juvenile appeals grand city county town village state school public service municipal election planning zoning legislative'.split(
    ' ',
  ),
);

/**
 * The last token of "Communities and Local Government" from token `k`: capitalised words in a
 * list that closes with "and" and a capitalised word, or -1.
 */
function listEnd(tokens: readonly Token[], k: number): number {
  for (let j = k; j < tokens.length && j < k + 8; j++) {
    const token = tokens[j] as Token;
    if (!token.capitalised) return -1;
    if (token.gap === ', ') continue;
    if (token.gap !== ' ') return -1;
    const link = tokens[j + 1];
    if (link?.lower !== 'and' || link.gap !== ' ') continue;
    // "Department of Agriculture, Food and the Marine": "the" may open the list's last item.
    const the = tokens[j + 2]?.lower === 'the' && tokens[j + 2]?.gap === ' ' ? 1 : 0;
    if (!tokens[j + 2 + the]?.capitalised) continue;
    let end = j + 2 + the;
    while (tokens[end]?.gap === ' ' && tokens[end + 1]?.capitalised) end++;
    return end;
  }
  return -1;
}

/**
 * The capitalised words from token `k` (after an "and") go on an institution's name: in a name
 * already running on over "of" or "for", up to three words that are no title or given name; or
 * words that end in an institution word ("Research and Development Organisation").
 */
function andJoinsInstitution(tokens: readonly Token[], k: number, institutional: boolean): boolean {
  for (let i = k; i < k + 3; i++) {
    const token = tokens[i];
    // "the Bank of England and Andrew Bailey": a given name right after "and" opens a person's
    // name; further on it is a word of the institution's ("Health and Social Care").
    if (
      !token?.capitalised ||
      TITLES.has(bare(token)) ||
      (i === k && givenNameOf(token) !== undefined)
    )
      return false;
    if (ORGANISATION_WORDS.has(token.lower)) return true;
    if (token.gap !== ' ' || !tokens[i + 1]?.capitalised) return institutional;
  }
  return institutional;
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
