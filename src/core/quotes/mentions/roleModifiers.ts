/**
 * Names that only modify a role ("BJP leader Ravinder Raina", "Kremlin spokesperson Dmitry
 * Peskov") and the lower-case words that can describe a noun.
 */

import { DETERMINERS, PREPOSITIONS } from '../lexicon/commonWords.ts';
import { OCCUPATION, ROLE_MODIFIERS, ROLE_NOUNS } from '../lexicon/roles.ts';
import { TITLES } from '../lexicon/titles.ts';
import type { Token } from '../tokenize.ts';
import { compoundRole } from './titledNames.ts';
import { bare, givenNameOf } from './tokenTests.ts';
import { isFiniteVerb } from './finiteVerbs.ts';
import { STARTS_LOWER } from '../../text/wordShapes.ts';

/** A lower-case word of two letters or more, hyphens allowed. */
const MODIFIER = /^\p{Ll}[\p{Ll}-]+$/u;

/** A role noun within the three lower-case words after token `to`: "Special public prosecutor". */
export function roleFollows(tokens: readonly Token[], to: number): boolean {
  for (let k = to + 1; k <= to + 3; k++) {
    const token = tokens[k - 1] as Token;
    const next = tokens[k];
    if (!token.blank || next === undefined || !STARTS_LOWER.test(next.word)) return false;
    if (ROLE_NOUNS.has(next.lower)) return true;
    // "Kohli told the broadcaster": a verb or a determiner after the name ends the description.
    if (next.mayReport || DETERMINERS.has(next.lower) || PREPOSITIONS.has(next.lower)) return false;
  }
  return false;
}

/**
 * "BJP leader Ravinder Raina", "Kremlin spokesperson Dmitry Peskov", "a Fed official": a name
 * followed by role words (and maybe another name) only says whose role it is.
 */
export function modifiesRole(tokens: readonly Token[], to: number): boolean {
  let k = to + 1;
  // "National Conference (NC) president Farooq Abdullah": step over the bracketed acronym.
  if ((tokens[to] as Token).gap === ' (' && /^\) $/.test(tokens[to + 1]?.gap ?? '')) k = to + 2;
  else if (!(tokens[to] as Token).blank) return false;
  const first = k;
  while (k <= to + 3) {
    const token = tokens[k];
    if (!token || token.capitalised || !token.blank) break;
    if (!(
      ROLE_NOUNS.has(token.lower) ||
      TITLES.has(token.lower) ||
      ROLE_MODIFIERS.has(token.lower) ||
      // "Infosys co-founder NR Narayana Murthy".
      compoundRole(token.lower)
    ))
      break;
    k++;
  }
  if (k === first) return describesPersonNext(tokens, first);
  // "A Cook County judge denied bail": the name says whose judge, the role is the subject.
  return tokens[k]?.capitalised === true || ROLE_NOUNS.has((tokens[k - 1] as Token).lower);
}

/**
 * "Met Éireann meteorologist Aoife Quinlivan", "Kenya Power managing director Ruth Kinyanjui",
 * "Ford plant manager Jim Baumbick": one to three lower-case words from token `first`, the last an
 * office or an occupation the lists may lack, and then a person's name.
 */
function describesPersonNext(tokens: readonly Token[], first: number): boolean {
  for (let k = first; k < first + 3; k++) {
    const token = tokens[k];
    if (!token || !modifierWord(token)) return false;
    const next = tokens[k + 1];
    if (!next?.capitalised) continue;
    const office =
      ROLE_NOUNS.has(token.lower) || TITLES.has(token.lower) || OCCUPATION.test(token.lower);
    const person =
      givenNameOf(next) !== undefined ||
      (next.blank && tokens[k + 2]?.capitalised === true && !TITLES.has(bare(next)));
    return office && person;
  }
  return false;
}

/**
 * A lower-case word, no verb, article, preposition or conjunction, that can describe the noun
 * after it: "chief", "new", "managing", "plant".
 */
export function modifierWord(token: Token): boolean {
  return (
    token.blank &&
    MODIFIER.test(token.word) &&
    !isFiniteVerb(token) &&
    !DETERMINERS.has(token.lower) &&
    !PREPOSITIONS.has(token.lower) &&
    !/^(?:and|or|but|as|than|who|which|that)$/.test(token.lower)
  );
}
