/**
 * Finite verbs after a subject ("Streeting dismissed", "Manning said"): what tells a name from a
 * word that merely opens a sentence.
 */

import { SPEECH_VERBS } from '../lexicon/speechVerbs.ts';
import { WEEKDAYS } from '../lexicon/commonWords.ts';
import type { Token } from '../tokenize.ts';

/** A lower-case word in "-ed": "warned". */
const PAST_FORM = /^\p{Ll}{2,}ed$/u;

/** A finite verb right after the word: "Streeting dismissed", "Manning said", "Keating has". */
export function followedByVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  // "Boeing on Monday reported", "Herring Saturday told": a day between the name and its verb.
  const dated =
    tokens[index + 1]?.lower === 'on' &&
    tokens[index + 1]?.blank === true &&
    WEEKDAYS.has(tokens[index + 2]?.lower ?? '');
  const day = !dated && WEEKDAYS.has(tokens[index + 1]?.lower ?? '');
  const next = tokens[index + (dated ? 3 : day ? 2 : 1)];
  if (!token.blank || !next || (dated && !(tokens[index + 2] as Token).blank)) return false;
  if (day && !(tokens[index + 1] as Token).blank) return false;
  return isFiniteVerb(next);
}

/** A word that is a finite verb after its subject: "dismissed", "said", "has". */
export function isFiniteVerb(token: Token): boolean {
  return (
    PAST_FORM.test(token.word) ||
    SPEECH_VERBS.has(token.lower) ||
    FINITE_AUXILIARIES.has(token.lower) ||
    IRREGULAR_PAST.has(token.lower)
  );
}

const FINITE_AUXILIARIES = new Set(['has', 'had', 'is', 'was', 'will', 'would', 'also', 'could']);

/** Common irregular past tenses ("Micheál Martin made the remarks"). */
const IRREGULAR_PAST = new Set(
  'made gave took went came met spoke began sent held led won lost brought kept found stood became'.split(
    ' ',
  ),
);
