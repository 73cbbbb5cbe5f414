/**
 * Where the capitalised runs of a paragraph start and end: names joined by single spaces,
 * particles, "and" inside an institution's name, and a lower-case body after its place.
 */

import { WEEKDAYS } from '../lexicon/commonWords.ts';
import { NAME_PARTICLES } from '../lexicon/nameParticles.ts';
import type { Token } from '../tokenize.ts';
import { givenNameOf } from './tokenTests.ts';
import { linkedEnd } from './runLinks.ts';
import { wordEnd } from './runWords.ts';

/**
 * Maximal runs of capitalised words joined by single spaces (and name particles), as a flat list
 * of first and last token indices (one array per paragraph, not one per run).
 */
export function capitalisedRuns(tokens: readonly Token[]): number[] {
  const runs: number[] = [];
  // Whether the run being read names an institution so far; one object for the paragraph.
  const run = { institutional: false };
  let i = 0;
  while (i < tokens.length) {
    if (!(tokens[i] as Token).capitalised) {
      i++;
      continue;
    }
    run.institutional = false;
    let j = runEnd(tokens, i, run);
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
 * The last token of the run of capitalised words that opens at token `i`: over the links between
 * them (runLinks.ts) and the words after a single space (runWords.ts), up to what ends a name:
 * a possessive, punctuation, a weekday after it.
 */
function runEnd(tokens: readonly Token[], i: number, run: { institutional: boolean }): number {
  let j = i;
  while (j + 1 < tokens.length) {
    const here = tokens[j] as Token;
    const next = tokens[j + 1] as Token;
    // "posted on X. Rekha Gupta said": the platform X ends its sentence; it is no initial.
    if (j === i && here.word === 'X.' && /^(?:on|via)$/.test(tokens[i - 1]?.lower ?? '')) break;
    const linked = linkedEnd(tokens, i, j, run);
    if (linked >= 0) {
      j = linked;
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
    const word = wordEnd(tokens, i, j, run);
    if (word < 0) break;
    j = word;
  }
  return j;
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
