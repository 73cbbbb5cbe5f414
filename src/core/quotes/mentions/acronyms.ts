/**
 * Acronyms: the capitals an acronym spells, and a bracketed acronym after the words it stands for.
 */

import type { Token } from '../tokenize.ts';
import { mapPacked } from '../../text/mapPacked.ts';

/** "U.S.", "N.A.A.C.P.". */
const DOTTED_CAPITALS = /^(?:\p{Lu}\.){2,6}$/u;
/** "UAW", "NoW": capitals with an "f", "o" or "t" linking them. */
const CAPITALS_WITH_LINKS = /^\p{Lu}[\p{Lu}fot]{1,5}$/u;

/**
 * The last token of the capitalised words from `k` that a bracketed acronym right after them
 * spells with the run's words from `i` ("Transport for Greater Manchester (TfGM)"), or -1.
 */
export function spelledByAcronym(tokens: readonly Token[], i: number, k: number): number {
  let end = k;
  while ((tokens[end] as Token | undefined)?.capitalised && tokens[end]?.gap === ' ') end++;
  const last = tokens[end];
  const acronym = tokens[end + 1];
  if (!last?.capitalised || last.gap !== ' (' || !acronym || !/^\) ?/.test(acronym.gap)) return -1;
  const initials = mapPacked(
    tokens.slice(i, end + 1).filter((token) => token.capitalised && token.lower !== 'the'),
    (token) => token.word.charAt(0),
  ).join('');
  return initials.length >= 3 && capitalsOf(acronym.word) === initials ? end : -1;
}

/**
 * The capital letters of an acronym that may spell its small words small ("TfGM" → "TGM") or
 * write stops after them ("F.B.I." → "FBI").
 */
export function capitalsOf(word: string): string {
  if (DOTTED_CAPITALS.test(word)) return word.replaceAll('.', '');
  return CAPITALS_WITH_LINKS.test(word) ? word.replace(/[fot]/g, '') : '';
}
