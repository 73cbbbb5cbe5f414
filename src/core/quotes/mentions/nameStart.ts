/**
 * Where a capitalised run's name starts: past the words that open a sentence or a phrase but
 * belong to no name ("The", "Gradually", "Says"), and past a place that completes a title before.
 */

import { COMMON_CAPITALISED, PREPOSITIONS, WEEKDAYS } from '../lexicon/commonWords.ts';
import { ORGANISATION_WORDS } from '../lexicon/organisations.ts';
import { SPEECH_VERBS } from '../lexicon/speechVerbs.ts';
import type { Token } from '../tokenize.ts';
import { BODY_NAME_OPENERS } from './nameWords.ts';
import {
  givenNameOpens,
  groupOpens,
  initialAt,
  skippable,
  opensWithParticiple,
} from './runOpenings.ts';
import { startsSentence, AMPERSAND } from './tokenTests.ts';
import { placeEndsTitle } from './titledNames.ts';

/** Where a run's name starts (its titles included), and what the words before it say of it. */
export type NameStart = {
  /** The first token of the name and its titles. */
  first: number;
  /** "A K Antony said": the run opens with the initial "A", not the article. */
  initialA: boolean;
  /** "In Austin, Ravi Brown said": a preposition opening the sentence governs the name. */
  governed: boolean;
  /** `placeEndsTitle`: where the name starts after a place that completes a title, or -1. */
  placeLed: number;
};

/**
 * Where the name in the run `[from, to]` starts, or null when it starts with a common word
 * ("However") or the run is a group opening its sentence ("Police said") and so names no one.
 */
export function nameStart(tokens: readonly Token[], from: number, to: number): NameStart | null {
  // "All India Radio", "the All Progressives Congress": "All" opens an institution's name.
  // "The All India Consumer Products Distributors Federation": also after "The".
  // "the First Baptist Church", "First National Bank", "the Methodist Church": so do an
  // ordinal and a denomination.
  const allAt = (tokens[from] as Token).lower === 'the' && from < to ? from + 1 : from;
  const allOpensName = opensInstitutionName(tokens, allAt, to);
  const givenOpens = givenNameOpens(tokens, from, to);
  // "said DMK leader A Raja", "A K Antony said": "A" is an initial.
  const initialA = initialAt(tokens, from, to);
  const heSurname = heIsSurname(tokens, from, to);
  // "The", "Gradually", and a sentence-opening verb ("Says Keys:") are not part of a name.
  let first = from;
  while (
    first < to &&
    !(first === allAt && allOpensName) &&
    !(first === from && givenOpens) &&
    !(first === from && (heSurname || initialA)) &&
    // "AT&T said": "At" only when no ampersand follows.
    !AMPERSAND.test((tokens[first] as Token).gap) &&
    (skippable(tokens, first, first === from && startsSentence(tokens, from)) ||
      (first === from && opensWithParticiple(tokens, from, to)))
  )
    first++;
  if (
    !allOpensName &&
    !givenOpens &&
    !(first === from && (heSurname || initialA)) &&
    !AMPERSAND.test((tokens[first] as Token).gap) &&
    (COMMON_CAPITALISED.has((tokens[first] as Token).lower) || groupOpens(tokens, from, to))
  )
    return null;
  // "In Austin, Ravi Brown said": a sentence-opening preposition governs the name after it, as
  // "in" does inside a sentence.
  const governed =
    first === from + 1 &&
    startsSentence(tokens, from) &&
    PREPOSITIONS.has((tokens[from] as Token).lower);
  // "ambassador to China Ashok K Kantha", "Chief Electoral Officer of Delhi R Alice Vaz": the
  // place completes the title before it, and the name starts after it.
  const placeLed = placeEndsTitle(tokens, from, to);
  if (placeLed > first) first = placeLed;
  return { first, initialA, governed, placeLed };
}

/**
 * "All India Radio", "First National Bank": a word that opens a body's name at `at`, with an
 * institution's word later in the run.
 */
function opensInstitutionName(tokens: readonly Token[], at: number, to: number): boolean {
  return (
    BODY_NAME_OPENERS.has((tokens[at] as Token).lower) &&
    tokens.slice(at + 1, to + 1).some((token) => ORGANISATION_WORDS.has(token.lower))
  );
}

/**
 * "spokesperson He Yongqian": inside a sentence, "He" before a capital is a surname.
 * "He Yadong, a spokesperson for the commerce ministry, said", "He Yadong said": or opening a
 * sentence, before one more word and an apposition or a reporting verb.
 */
function heIsSurname(tokens: readonly Token[], from: number, to: number): boolean {
  return (
    (tokens[from] as Token).word === 'He' &&
    to > from &&
    (!startsSentence(tokens, from) ||
      (to === from + 1 &&
        !WEEKDAYS.has((tokens[to] as Token).lower) &&
        ((tokens[to] as Token).gap.startsWith(',') ||
          SPEECH_VERBS.has(tokens[to + 1]?.lower ?? ''))))
  );
}
