/**
 * How a capitalised run opens: words to skip before a name ("The", a sentence-opening verb, a
 * participle), an initial "A", a given name that is also a common word.
 */

import { COMMON_CAPITALISED } from '../lexicon/commonWords.ts';
import { ORGANISATION_WORDS } from '../lexicon/organisations.ts';
import { PLACES } from '../lexicon/places.ts';
import { ROLE_NOUNS } from '../lexicon/roles.ts';
import { SPEECH_VERBS } from '../lexicon/speechVerbs.ts';
import { TITLES } from '../lexicon/titles.ts';
import type { Token } from '../tokenize.ts';
import { startsSentence, isInitial, givenNameOf } from './tokenTests.ts';
import { OPENING_VERBS } from './nameWords.ts';
import { namelike } from './titledNames.ts';
import { LOWER_PLURAL } from '../../text/wordShapes.ts';

/**
 * "A" or "I" opening the run at `from` is an initial. "I" is one before another initial ("minister
 * I S Sodhi"). "A" is one inside a sentence before a capital ("leader A Raja"), or opening one
 * before another initial ("A K Antony") or before a name no list knows that reports or is set off
 * ("A Raja said", "A Saravanan, a trader,"); "A Delhi court" and "A BJP leader" open with the
 * article.
 */
export function initialAt(tokens: readonly Token[], from: number, to: number): boolean {
  const { word } = tokens[from] as Token;
  if ((word !== 'A' && word !== 'I') || to === from) return false;
  const next = tokens[from + 1] as Token;
  // "Energy minister I S Sodhi", "I K Gujral said": "I" before another initial.
  if (word === 'I') return isInitial(next.word) && next.word !== 'A';
  if (!startsSentence(tokens, from)) return true;
  if (isInitial(next.word)) return true;
  for (let k = from + 1; k <= to; k++) {
    const { lower } = tokens[k] as Token;
    if (
      PLACES.has(lower) ||
      ORGANISATION_WORDS.has(lower) ||
      TITLES.has(lower) ||
      COMMON_CAPITALISED.has(lower)
    )
      return false;
  }
  return reportsAfter(tokens, to);
}

/**
 * "Striking Boeing machinists", "Grieving Gaza residents": a participle opening the sentence
 * before a name that only says whose people follow (a plural noun after the run); "Downing
 * Street" and "Erling Haaland" are names.
 */
export function opensWithParticiple(tokens: readonly Token[], from: number, to: number): boolean {
  const opener = tokens[from] as Token;
  const after = tokens[to + 1];
  return (
    to > from &&
    /ing$/.test(opener.lower) &&
    startsSentence(tokens, from) &&
    (tokens[to] as Token).blank &&
    after !== undefined &&
    LOWER_PLURAL.test(after.word)
  );
}

/** Common capitalised words that are also given names: months, a faith, a modal verb. */
const GIVEN_NAME_WORDS = new Set(['christian', 'may', 'april', 'june', 'august', 'jan', 'will']);

/**
 * "Christian Pulisic", "May Calloway": a given name that is also a common word ("Christian", "May")
 * opens a short name when a surname-like word follows it. "Will" opening a sentence only
 * before a comma or a reporting verb ("Will Wilson said"): "Will Trump sign it?" asks a question.
 */
export function givenNameOpens(tokens: readonly Token[], from: number, to: number): boolean {
  const head = tokens[from] as Token;
  const next = tokens[from + 1];
  return (
    to - from <= 2 &&
    next !== undefined &&
    GIVEN_NAME_WORDS.has(head.lower) &&
    (head.lower !== 'will' || !startsSentence(tokens, from) || reportsAfter(tokens, to)) &&
    !COMMON_CAPITALISED.has(next.lower) &&
    !ORGANISATION_WORDS.has(next.lower) &&
    !PLACES.has(next.lower) &&
    givenNameOf(next) === undefined
  );
}

/** The run ending at `to` is set off by a comma or followed by a reporting verb. */
function reportsAfter(tokens: readonly Token[], to: number): boolean {
  return (tokens[to] as Token).gap.startsWith(',') || SPEECH_VERBS.has(tokens[to + 1]?.lower ?? '');
}

/**
 * Token `k` opens no name: a common capitalised word, a sentence-opening verb or, opening the
 * sentence, an adverb ("Gradually"); but a word in -ly right before a surname-like word is a
 * given name the lists lack ("Curly Ledbetter of Spartanburg").
 */
export function skippable(tokens: readonly Token[], k: number, opensSentence: boolean): boolean {
  const token = tokens[k] as Token;
  return (
    COMMON_CAPITALISED.has(token.lower) ||
    OPENING_VERBS.has(token.lower) ||
    (opensSentence && adverbOpening(tokens, k)) ||
    PLACED_BY.test(token.word)
  );
}

/** Token `k`, opening a sentence, is an adverb in -ly: not a given name before a surname. */
function adverbOpening(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k] as Token;
  const next = tokens[k + 1];
  return (
    /ly$/.test(token.lower) &&
    givenNameOf(token) === undefined &&
    !(token.blank && next !== undefined && namelike(next))
  );
}

/** "Srinagar-based Chinar Corps", "Russian-born Ivan Petrov": where the name is from, not it. */
const PLACED_BY = /^\p{Lu}[\p{L}.]*-(?:based|born|headquartered|listed|owned|bred|raised)$/u;

/**
 * Plural nouns for people that the plural of a role noun does not give: irregular ones (men,
 * people), bodies (police) and nouns no role list holds (troopers, witnesses).
 */
const GROUPS = new Set(
  `police policemen firemen troopers deputies authorities witnesses crews rescuers relatives
  people men women children`.split(/\s+/),
);

/**
 * "Police said", "Witnesses said", "Firemen said": a plural noun for people opening its sentence
 * alone is no one's name ("Officials said" and "Sources said" already were not).
 */
export function groupOpens(tokens: readonly Token[], from: number, to: number): boolean {
  if (from !== to || !startsSentence(tokens, from)) return false;
  const { lower } = tokens[from] as Token;
  if (GROUPS.has(lower)) return true;
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.replace(/s$/, '');
  return lower !== singular && ROLE_NOUNS.has(singular);
}
