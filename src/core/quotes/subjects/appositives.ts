/**
 * What may stand between a subject and its verb and still leave the verb to it: an appositive
 * set off by commas, a relative clause, a time phrase, a bracketed party and state.
 */

import {
  COMMON_CAPITALISED,
  INDEFINITES,
  PREPOSITIONS,
  WEEKDAYS,
  STANDALONE_TIMES,
} from '../lexicon/commonWords.ts';
import { OCCUPATION, KIN_NOUNS, ROLE_MODIFIERS } from '../lexicon/roles.ts';
import { PLACES } from '../lexicon/places.ts';
import { TITLES } from '../lexicon/titles.ts';
import type { Token } from '../tokenize.ts';
import { AGE_NUMBER, withoutStop } from './wordTests.ts';
import { isRoleNoun } from './roleNouns.ts';
import { NAMING } from './unnamedSubjects.ts';
import { LOWER_ING } from '../../text/wordShapes.ts';

/** A short capitalised word or abbreviation: "Sen.", "Gov". */
const SHORT_CAPITALISED = /^\p{Lu}\p{Ll}{0,3}\.?$/u;
/** "D-Ohio": a party letter before a place. */
const PARTY_PREFIX = /^[DRI]-\p{Lu}/u;
/** A lower-case word in "-ly". */
const ADVERB = /^\p{Ll}+ly$/u;
/** A lower-case word in "-ed": "elected". */
const PAST_FORM = /^\p{Ll}{2,}ed$/u;

/** Words that name a time: "on Monday", "in 1949", "last week", "on Tuesday night". */
const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec week weekend month year night morning afternoon evening'.split(
    ' ',
  ),
);

const TIME_LEADS = new Set(['on', 'in', 'at', 'last', 'this', 'next', 'early', 'late', 'during']);

/** When tokens up to `k` end in a time phrase, the token before it; otherwise `k`. */
export function beforeTimePhrase(tokens: readonly Token[], k: number, min: number): number {
  const last = tokens[k];
  if (!last?.blank) return k;
  if (STANDALONE_TIMES.has(last.lower)) return k - 1;
  // "Sen. Culver Kidd Thursday told", "Sen. Herman Talmadge (D-Ga.) Thursday told": a weekday
  // right after a name.
  const before = tokens[k - 1];
  if (
    WEEKDAYS.has(last.lower) &&
    k - 1 >= min &&
    before !== undefined &&
    ((before.capitalised && before.blank) || /^\.?\)\s$/.test(before.gap))
  )
    return k - 1;
  let j = k;
  while (
    j >= min &&
    (tokens[j] as Token).blank &&
    (TIME_WORDS.has(withoutStop((tokens[j] as Token).lower)) ||
      /^\d{1,4}$/.test((tokens[j] as Token).word))
  )
    j--;
  if (j === k || j < min || !TIME_LEADS.has((tokens[j] as Token).lower)) return k;
  return (tokens[j] as Token).blank ? j - 1 : k;
}

/**
 * When token `k` closes a short bracket ("(D., N.C.)", "(R-Ohio)"), the token before the bracket
 * opens; otherwise `k`.
 */
export function beforeBrackets(tokens: readonly Token[], k: number, min: number): number {
  if (!/^\.?\)/.test((tokens[k] as Token).gap)) return k;
  for (let j = k - 1; j >= min && j >= k - 5; j--) {
    const gap = (tokens[j] as Token).gap;
    if (gap.includes(')')) return k;
    if (/\(\s*$/.test(gap)) return j;
  }
  return k;
}

/**
 * The token after a `(…)` of at most three words that opens after token `k - 1` ("Rep. Vernon L.
 * Tjaden (R-Mason City) told"), or -1: `beforeBrackets` read forwards.
 */
export function closingBracket(tokens: readonly Token[], k: number): number {
  for (let j = k; j < k + 3 && j < tokens.length; j++) {
    const gap = (tokens[j] as Token).gap;
    if (/^\) $/.test(gap)) return j + 1;
    if (!(tokens[j] as Token).blank) return -1;
  }
  return -1;
}

/** Words that open a clause set off by commas after a subject: "Lena Park, who chairs it, said". */
const CLAUSE_OPENERS = new Set(['who', 'whose', 'which', 'himself', 'herself', 'itself', 'asked']);

/** Words in -ing that are nouns or prepositions, not participles. */
const ING_NOUNS = new Set(
  'thing something nothing anything everything morning evening building king ring spring string ceiling darling sterling meeting hearing briefing during'.split(
    ' ',
  ),
);

/** "Ohio", "Calif.", "W. Va.": a place or a state's abbreviation, written after a town. */
export function isState(words: readonly Token[]): boolean {
  return (
    words.length > 0 &&
    words.length <= 2 &&
    words.every(
      (word, index) =>
        (index === words.length - 1 || word.blank) &&
        (PLACES.has(withoutStop(word.lower)) ||
          // "Va." (the stop may be read into the gap after it).
          (SHORT_CAPITALISED.test(word.word) &&
            (word.word.endsWith('.') || word.gap.startsWith('.')))),
    )
  );
}

/**
 * Whether the words between two commas after a name only describe it, so the verb after them
 * still belongs to the name: a role ("the mayor"), an age ("54"), a party and state ("D-N.Y."),
 * a relative or participial clause ("who chairs it", "speaking in Brussels") or a short
 * prepositional phrase ("in a statement"). "acknowledged the delay," is none of these.
 */
export function isAppositive(words: readonly Token[]): boolean {
  const [first] = words;
  if (!first) return false;
  if (words.some((part) => isRoleNoun(part.lower) || TITLES.has(part.lower))) return true;
  if (words.length === 1 && /^\d{1,3}$/.test(first.word)) return true;
  // "D-N.Y." tokenizes as "D-N" and "Y.".
  if (words.length <= 2 && PARTY_PREFIX.test(first.word)) return true;
  if (CLAUSE_OPENERS.has(first.lower)) return true;
  // "Eric Topol, a cardiologist at Scripps Research in La Jolla,": an indefinite noun phrase
  // set off after a name describes it.
  if (/^(?:a|an)$/.test(first.lower) && words.length >= 2) return true;
  // "Kenvue, the company that makes the painkiller,", "Cipla, the drugmaker,": and a definite
  // one.
  if (first.lower === 'the' && words.length >= 2 && !(words[1] as Token).capitalised) return true;
  // "in La Jolla, Calif., who …": a state after its town.
  if (words.length === 1 && PLACES.has(withoutStop(first.lower))) return true;
  if (LOWER_ING.test(first.word) && !ING_NOUNS.has(first.lower)) return true;
  // "The Kremlin, meanwhile, said", "Reed, however, said".
  if (words.length === 1 && (ADVERB.test(first.word) || COMMON_CAPITALISED.has(first.lower)))
    return true;
  return words.length <= 5 && PREPOSITIONS.has(first.lower);
}

/**
 * The token whose comma opens the relative or participle clause (", who …,", ", which …,",
 * ", speaking …,")
 * that ends at token `k`, looking back at most 30 tokens and across no other comma but an age's;
 * -1 when there is none.
 */
export function relativeClauseStart(tokens: readonly Token[], k: number, min: number): number {
  for (let j = k - 1; j >= min && j >= k - 30; j--) {
    const token = tokens[j] as Token;
    // "which represents 190,000 businesses": a comma inside a number is none.
    if (!/,\s/.test(token.gap)) continue;
    // ", who spoke on condition …," or ", speaking on condition …,"; "The AFL-CIO, which has
    // made the bill its first goal, called": or ", which …,".
    const opener = tokens[j + 1]?.word ?? '';
    // "The Grattan Institute, led by Danielle Wood, called", ", formed in 1992,": or a past
    // participle and its phrase.
    const participle =
      PAST_FORM.test(opener) && /^(?:by|in|on|at|from)$/.test(tokens[j + 2]?.lower ?? '');
    if (/^(?:who|whom|whose|which)$/.test(opener) || LOWER_ING.test(opener) || participle) return j;
    // "whose son Donnie, 6, is under treatment": the commas around an age inside the clause.
    if (!AGE_NUMBER.test(opener) && !AGE_NUMBER.test(token.word)) return -1;
  }
  return -1;
}

/** The word before `first` is a kin or role noun followed by a comma: "Her husband, Bhaskar". */
export function afterRoleNoun(tokens: readonly Token[], first: number): boolean {
  const previous = tokens[first - 1];
  return (
    previous !== undefined &&
    /^,\s$/.test(previous.gap) &&
    (KIN_NOUNS.has(previous.lower) || isRoleNoun(previous.lower))
  );
}

/**
 * A comma stands before the name at token `first`, past the capitalised titles in front of it
 * ("…, Sir Ed Davey", "…, Chief Minister Mamata Banerjee").
 */
export function setOffBefore(tokens: readonly Token[], first: number, min: number): boolean {
  // "His caddie, a 15-year-old schoolboy named Jesse Lugo, said": the name an indefinite
  // apposition gives with "named".
  if (NAMING.has(tokens[first - 1]?.lower ?? '')) {
    for (let j = first - 2; j >= min && j >= first - 8; j--) {
      if ((tokens[j] as Token).gap.includes(','))
        return INDEFINITES.has(tokens[j + 1]?.lower ?? '');
      if (!(tokens[j] as Token).blank) return false;
    }
    return false;
  }
  let j = first - 1;
  while (j > min && j >= first - 4 && !(tokens[j] as Token).gap.includes(',')) {
    // "The governors' chair, the Rev Sarah Dunmore, said".
    // "His mother, the filmmaker Mira Nair, said": or before a role.
    const after = tokens[j + 1] as Token;
    const article =
      (tokens[j] as Token).lower === 'the' &&
      (after.capitalised || isRoleNoun(after.lower) || ROLE_MODIFIERS.has(after.lower));
    // "His mother, veteran actress Neetu Kapoor, said": role words before the name.
    // "The actor's father, veteran screenwriter Salim Khan, said": or an occupation.
    const role =
      isRoleNoun((tokens[j] as Token).lower) ||
      ROLE_MODIFIERS.has((tokens[j] as Token).lower) ||
      OCCUPATION.test((tokens[j] as Token).word);
    if (!(tokens[j] as Token).capitalised && !article && !role) return false;
    j--;
  }
  return j >= min && (tokens[j] as Token).gap.includes(',');
}
