/**
 * Role nouns in a subject ("the spokesperson", "farm union leader", "The mayor replied"): what
 * counts as one, the words that modify it, and where a role phrase starts.
 */

import { mapPacked } from '../../text/mapPacked.ts';
import { CUE_ADVERBS } from '../lexicon/speechVerbs.ts';
import { DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS } from '../lexicon/commonWords.ts';
import { PARTIES } from '../lexicon/organisations.ts';
import { ROLE_ACRONYMS, ROLE_NOUNS, singularOfRole } from '../lexicon/roles.ts';
import { TITLES } from '../lexicon/titles.ts';
import type { Token } from '../tokenize.ts';
import { LOWER_WORD } from '../../text/wordShapes.ts';

/** A lower-case word of three letters or more, or two joined by a hyphen. */
const ROLE_WORD = /^\p{Ll}{3,}$|^\p{Ll}+-\p{Ll}+$/u;
/** Two to five capitals: "SNP", "BJP". */
const PARTY_LETTERS = /^\p{Lu}{2,5}$/u;

/** Words that join a clause to the sentence: what follows them is a new subject. */
export const CLAUSE_LINKS = new Set(
  'and but or nor yet while whereas as when although though because since if after before until unless where'.split(
    ' ',
  ),
);

/** A lower-case word that can modify a role noun: not a function word, a pronoun or a verb form. */
export function isModifierNoun(word: string): boolean {
  return (
    // "left-arm quick", "state-run lender": hyphened modifiers too.
    ROLE_WORD.test(word) &&
    !DETERMINERS.has(word) &&
    !CLAUSE_LINKS.has(word) &&
    !PREPOSITIONS.has(word) &&
    !SUBJECT_PRONOUNS.has(word) &&
    !CUE_ADVERBS.has(word) &&
    !/(?:ed|ing|ly)$/.test(word)
  );
}

/**
 * The index of the role noun that the plain lower-case words from token `k` describe, one or two
 * words on ("farm union leader", "a protesting doctor"); -1 when none follows.
 */
export function roleAfterModifiers(tokens: readonly Token[], k: number): number {
  for (let j = k; j <= k + 2 && j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (j > k && isRoleNoun(token.lower)) return j;
    // "…," while Republicans said': a conjunction opens a clause of its own; but "a senior BJD
    // leader" names a party.
    const party = j > k && (PARTIES.has(token.lower) || PARTY_LETTERS.test(token.word));
    if (!token.blank || (token.capitalised && !party) || CLAUSE_LINKS.has(token.lower)) return -1;
  }
  return -1;
}

export function leadingDeterminer(tokens: readonly Token[], index: number, min: number): number {
  const previous = tokens[index - 1];
  return index - 1 >= min && previous && DETERMINERS.has(previous.lower) ? index - 1 : index;
}

/** Extends a subject's start back over role words before a name ("Kremlin spokesperson"). */
export function roleStart(tokens: readonly Token[], index: number, min: number): number {
  let start = index;
  while (start - 1 >= min) {
    const previous = tokens[start - 1] as Token;
    if (
      !previous.blank ||
      !(
        ROLE_NOUNS.has(previous.lower) ||
        TITLES.has(previous.lower) ||
        previous.capitalised ||
        DETERMINERS.has(previous.lower)
      )
    )
      break;
    start--;
  }
  return start;
}

/** The role words of a phrase, after any possessive owner: "Putin's Press Secretary" → press secretary. */
export function roleWords(phrase: readonly Token[]): string[] {
  let from = 0;
  phrase.forEach((token, index) => {
    if (token.possessive) from = index + 1;
  });
  const words = mapPacked(phrase.slice(from), (token) => token.lower);
  return words.length > 0 ? words : [(phrase[phrase.length - 1] as Token).lower];
}

/** A role noun, singular or plural ("officials", "spokesmen"). */
export function isRoleNoun(word: string): boolean {
  return (
    ROLE_NOUNS.has(word) ||
    // "the LG", "the COAS": an office's abbreviation.
    ROLE_ACRONYMS.has(word) ||
    singularOfRole(word) !== null ||
    // "actor-politician", "co-founder": a compound is the role its last part names.
    (word.includes('-') && isCompoundRole(word))
  );
}

function isCompoundRole(word: string): boolean {
  const last = word.slice(word.lastIndexOf('-') + 1);
  return last.length > 2 && !last.includes('-') && isRoleNoun(last);
}

/**
 * The role words when token `first` opens a definite role that is a clause's subject: "The mayor
 * replied", "The city's police chief said" → ["police", "chief"]; null otherwise. `end` bounds it.
 */
export function definiteRoleAt(
  tokens: readonly Token[],
  first: number,
  end: number,
): string[] | null {
  if (tokens[first]?.lower !== 'the') return null;
  for (let k = first + 1; k <= first + 3 && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const next = tokens[k + 1];
    if (token.start >= end || !next) return null;
    if (!ROLE_NOUNS.has(token.lower)) {
      if (!token.blank) return null;
      continue;
    }
    const verbFollows =
      token.gap.includes(',') || (LOWER_WORD.test(next.word) && !PREPOSITIONS.has(next.lower));
    return verbFollows
      ? mapPacked(tokens.slice(first + 1, k + 1), (part) => part.lower.replace(/'s$/, ''))
      : null;
  }
  return null;
}
