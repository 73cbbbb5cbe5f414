/**
 * What links capitalised words into one run besides a single space: a union local's number, a
 * possessive inside an institution's name, a retired officer's mark, a quoted nickname, a list or
 * an "and" inside an institution's name, an ampersand.
 */

import { TITLES } from '../lexicon/titles.ts';
import { ORGANISATION_WORDS } from '../lexicon/organisations.ts';
import type { Token } from '../tokenize.ts';
import { isRetiredMark, isNicknameAt, bare, AMPERSAND, givenNameOf } from './tokenTests.ts';
import { INITIAL_WITH_STOP } from '../../text/wordShapes.ts';

/**
 * "UAW Local 600", "Department of Veterans' Affairs", "Col (retd) Rajesh Sharma", `Emanuel "Chris"
 * Welch`, "the Alzheimer's Society", "Ministry of Housing, Communities and Local Government", "GM
 * Chair and CEO Mary Barra", "Ministry of Health and Family Welfare", "Johnson & Johnson": the
 * last token the run that opened at token `i` reaches over the link after token `j`, or -1 when
 * no such link follows. `run.institutional` says the run already names an institution; a union
 * local sets it.
 */
export function linkedEnd(
  tokens: readonly Token[],
  i: number,
  j: number,
  run: { institutional: boolean },
): number {
  const here = tokens[j] as Token;
  const next = tokens[j + 1] as Token;
  // "UAW Local 600", "Machinists District 837": a union local's number is in its name.
  if (
    here.gap === ' ' &&
    /^(?:local|district|lodge)$/.test(here.lower) &&
    /^\d+$/.test(next.word)
  ) {
    run.institutional = true;
    return j + 1;
  }
  // "the All India IT Employees' Union", "Department of Veterans' Affairs": a plural
  // possessive inside an institution's name.
  if (
    /^['’] $/.test(here.gap) &&
    here.lower.endsWith('s') &&
    next.capitalised &&
    (ORGANISATION_WORDS.has(next.lower) || next.lower === 'affairs')
  )
    return j + 1;
  // "Col (retd) Rajesh Sharma": a retired officer's rank keeps its name.
  if (isRetiredMark(tokens, j + 1) && tokens[j + 2]?.capitalised) return j + 2;
  // `Emanuel "Chris" Welch`: a quoted nickname between a given name and a surname.
  if (
    isNicknameAt(tokens, j + 1) &&
    tokens[j + 2]?.capitalised &&
    // "James H. (Sloppy) Floyd": or after an initial.
    (givenNameOf(here) !== undefined || INITIAL_WITH_STOP.test(here.word))
  )
    return j + 2;
  // "the Alzheimer's Society", "the Children's Hospital": after "the", a possessive before an
  // institution word is inside its name ("India's Parliament" is a place's parliament).
  if (
    here.possessive &&
    here.gap === ' ' &&
    (tokens[i - 1]?.lower === 'the' || (j > i && (tokens[i] as Token).lower === 'the')) &&
    next.capitalised &&
    ORGANISATION_WORDS.has(next.lower)
  )
    return j + 1;
  // "Ministry of Housing, Communities and Local Government", "Department for Digital,
  // Culture, Media and Sport": a list inside an institution's name runs on to its "and".
  if (run.institutional && here.gap === ', ' && next.capitalised) {
    const end = listEnd(tokens, j + 1);
    if (end > 0) return end;
  }
  // "GM Chair and CEO Mary Barra", "Aramco President and CEO Amin Nasser": one title.
  if (
    here.gap === ' ' &&
    next.lower === 'and' &&
    next.gap === ' ' &&
    TITLES.has(bare(here)) &&
    TITLES.has(bare(tokens[j + 2])) &&
    tokens[j + 2]?.capitalised
  )
    return j + 2;
  // "Ministry of Health and Family Welfare", "Defence Research and Development Organisation":
  // "and" inside an institution's name.
  if (
    here.gap === ' ' &&
    !here.possessive &&
    next.lower === 'and' &&
    next.gap === ' ' &&
    andJoinsInstitution(tokens, j + 2, run.institutional)
  )
    return j + 2;
  // "Johnson & Johnson", "Larsen & Toubro", "AT&T": capitalised words joined by an
  // ampersand name one firm.
  if (AMPERSAND.test(here.gap) && next.capitalised) return j + 1;
  return -1;
}

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
