/**
 * Speakers the article leaves unnamed ("A senior official, speaking on condition of anonymity",
 * "the headteacher, who did not want to be named"): they stand for nobody named.
 */

import { isCueVerb } from '../cueVerbs.ts';
import { GENDERED_PEOPLE, KIN_NOUNS, PEOPLE, ROLE_NOUNS } from '../lexicon/roles.ts';
import {
  DETERMINERS,
  INDEFINITES,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
} from '../lexicon/commonWords.ts';
import type { Token } from '../tokenize.ts';
import { firstStartingAt, type ParagraphNarration } from '../narration.ts';
import { earlierUses } from './earlierUses.ts';
import { reportsBefore } from './sentenceSubject.ts';
import { LONG_LOWER_WORD } from '../../text/wordShapes.ts';

/**
 * "A senior official, speaking on condition of anonymity, said …" ¶ "the official said": the role
 * was introduced with an indefinite article and no name, so it stands for nobody named.
 */
export function introducedUnnamed(
  narration: readonly ParagraphNarration[],
  role: string,
  at: number,
  paragraphIndex: number,
): boolean {
  // "She began to watch a blonde-haired man …" ¶ … ¶ "the man said": a person noun keeps
  // standing for someone unnamed over a longer passage than an office does.
  const reach = GENDERED_PEOPLE.has(role) ? PERSON_REACH : 1;
  for (const { tokens, index } of earlierUses(narration, role, at, paragraphIndex, reach)) {
    if (tokens[index + 1]?.capitalised) continue;
    for (let k = index - 1; k >= 0 && k >= index - 4; k--) {
      const before = tokens[k] as Token;
      if (INDEFINITES.has(before.lower)) return true;
      if (!before.blank) break;
    }
  }
  return false;
}

/** How many paragraphs back "a man" or "a girl" is looked for, before "the man said". */
const PERSON_REACH = 8;

/**
 * The sentence opening at token `first` has an unnamed person for its subject ("One nurse in
 * Glasgow", "A senior official") who reports something before offset `end`.
 */
export function opensWithUnnamed(tokens: readonly Token[], first: number, end: number): boolean {
  const relative = unnamedRelativeAt(tokens, first);
  if (relative > 0) return reportsBefore(tokens, relative + 1, end);
  if (!INDEFINITES.has(tokens[first]?.lower ?? '')) return false;
  let role = -1;
  // "A downtown department store executive": up to four words before the noun.
  for (let k = first + 1; k <= first + 5 && role < 0; k++) {
    const token = tokens[k];
    // "A Ford spokesman, John Hale, said": a name in apposition names the person.
    if (!token || (token.gap.trim() !== '' && tokens[k + 1]?.capitalised)) return false;
    // "A Winnipeg man", "A Congress worker": a place or a party may describe the person.
    if (!token.capitalised && (ROLE_NOUNS.has(token.lower) || PEOPLE.has(token.lower))) role = k;
    // "A guest who escaped", "A rescuer, covered in coal dust,", "A miner said": any noun
    // that ends the phrase before a relative, a comma or the reporting verb.
    const next = tokens[k + 1];
    if (
      role < 0 &&
      LONG_LOWER_WORD.test(token.word) &&
      !SUBJECT_PRONOUNS.has(token.lower) &&
      tokens[k - 1]?.blank === true &&
      next !== undefined &&
      (/^(?:who|whose)$/.test(next.lower) || /^,\s$/.test(token.gap) || isCueVerb(tokens, k + 1))
    )
      role = k;
    if (role < 0 && token.gap.trim() !== '') return false;
  }
  // "A statement from his office said": past three words, a phrase after a noun is no
  // description before one.
  if (
    role > first + 3 &&
    tokens
      .slice(first + 1, role)
      .some((token) => PREPOSITIONS.has(token.lower) || DETERMINERS.has(token.lower))
  )
    return false;
  return role > 0 && reportsBefore(tokens, role + 1, end);
}

/** Clauses that withhold a speaker's name: "who did not want to be named". */
const WITHHELD_NAME =
  /\b(?:(?:did not|didn't|does not|doesn't) (?:want|wish) to be (?:named|identified)|(?:asked|declined|refused) (?:not )?to be (?:named|identified)|declined to give (?:his|her|their) (?:full )?name|(?:on|under) (?:the )?condition of anonymity|requested anonymity)\b/;

/** How many words after a subject an anonymity clause is looked for in. */
const WITHHELD_REACH = 24;

/**
 * The subject at offset `at` is set off by a clause that withholds its name, before its
 * sentence ends: "the headteacher, who did not want to be named, said".
 */
export function withheldName(paragraph: ParagraphNarration | undefined, at: number): boolean {
  if (!paragraph) return false;
  const { tokens } = paragraph;
  const words: string[] = [];
  for (
    let k = firstStartingAt(tokens, at);
    k < tokens.length && words.length < WITHHELD_REACH;
    k++
  ) {
    const token = tokens[k] as Token;
    words.push(token.lower);
    if (/[.!?;:"“”]/.test(token.gap)) break;
  }
  return WITHHELD_NAME.test(words.join(' '));
}

/**
 * "The victim's father said", "Her brother told": a sentence opening with a relative that no name
 * follows; the index of the relative's noun, or -1.
 */
function unnamedRelativeAt(tokens: readonly Token[], first: number): number {
  const opener = tokens[first];
  let k = first + 1;
  if (opener?.lower === 'the') {
    // "The victim's father", "The boy's uncle": a possessor that is no name.
    const owner = tokens[k];
    if (owner?.possessive && !owner.capitalised) k++;
  } else if (!/^(?:his|her|their)$/.test(opener?.lower ?? '')) return -1;
  const noun = tokens[k];
  if (!noun || !KIN_NOUNS.has(noun.lower) || !(tokens[k - 1] as Token).blank) return -1;
  // "The boy's father, Ramesh Kumar, said": a name in apposition names the relative.
  if (noun.gap.trim() === ',' && tokens[k + 1]?.capitalised) return -1;
  // "Her brother Tom said": so does one right after.
  if (noun.blank && tokens[k + 1]?.capitalised) return -1;
  return k;
}
