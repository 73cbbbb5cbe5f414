/**
 * What the article calls people in a description set off beside their name ("Otto Brummel, a
 * farmer from near Assaria,", "An engineer aboard the ship, Lars Pedersen,"), which "the farmer
 * said" refers back to. Broader than the role the name reader records (`roleOf`: titles and role
 * nouns such as "a spokesman", which count as offices): any noun, used only to find who "the
 * farmer" is, never as an office that could rule someone out.
 */

import { DETERMINERS, PREPOSITIONS } from '../lexicon/commonWords.ts';
import type { Mention } from '../mentions/mention.ts';
import { homeTown } from '../mentions/tokenTests.ts';
import type { ParagraphNarration } from '../narration.ts';
import type { Entity } from '../registry/entity.ts';
import type { SpeakerRegistry } from '../registry/speakerRegistry.ts';
import type { Token } from '../tokenize.ts';
import { AGE } from '../subjects/wordTests.ts';

/** A word of letters and hyphens: "co-founder". */
const LETTERS_AND_HYPHENS = /^\p{L}[\p{L}-]*$/u;

export type StatedRole = { at: number; words: readonly string[]; entity: Entity };

/** Words that open a description of one person: "a farmer", "another driver", "the pastor". */
const OPENERS = new Set(['a', 'an', 'another', 'the']);

/** Words that end a description's noun phrase: "a picker who has worked", "a farmer from". */
const PHRASE_ENDS = new Set([
  ...PREPOSITIONS,
  ...DETERMINERS,
  'who',
  'whose',
  'which',
  'and',
  'or',
]);

/** At most this many words in a description's noun phrase: "a retired fourth-grade teacher". */
const PHRASE_WORDS = 4;

/**
 * Every person the article describes beside the name, in order: after it ("Jerome B. Kittredge,
 * a lawyer from Galveston,", "Rep. Wade Spilman of McAllen, a Democrat,", "Roscoe Pelley, 44, a
 * veteran of 19 years") or before it, opening the sentence ("A grower, Harold B. Kessler, said").
 */
export function statedRoles(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
): StatedRole[] {
  const roles: StatedRole[] = [];
  for (const { tokens, mentions } of narration)
    for (const mention of mentions) {
      if (mention.kind === 'organisation') continue;
      // "Rep. Alma Reedy of Gary, a Democrat": the description is the person's, not the town's.
      if (homeTown(tokens, mention.first)) continue;
      const words = [describedAfter(tokens, mention), describedBefore(tokens, mention)];
      const entity = words.some((found) => found) ? registry.fromMention(mention) : null;
      if (entity?.kind !== 'person') continue;
      for (const found of words) if (found) roles.push({ at: mention.start, words: found, entity });
    }
  return roles;
}

/**
 * The noun phrase of a description after the name: ", a farmer from near Assaria," → ["farmer"];
 * past an age (", 44, a veteran") and a home town ("of McAllen, a Democrat"). Null when none.
 */
function describedAfter(tokens: readonly Token[], mention: Mention): string[] | null {
  let k = mention.last;
  // "Rep. Wade Spilman of McAllen, a Democrat": past a home town.
  if (tokens[k]?.blank && tokens[k + 1]?.lower === 'of') {
    k += 1;
    while (tokens[k]?.blank && tokens[k + 1]?.capitalised) k++;
    if (k === mention.last + 1) return null;
  }
  if (!/^,\s$/.test(tokens[k]?.gap ?? '')) return null;
  // "Roscoe Pelley, 44, a veteran": past an age.
  const age = tokens[k + 1];
  if (age && /^\d{1,3}$/.test(age.word) && /^,\s$/.test(age.gap)) k++;
  return nounPhrase(tokens, k + 1);
}

/**
 * The noun phrase of a description opening the sentence before the name: "An engineer aboard
 * the ship, Lars Pedersen," → ["engineer"]. Null when none.
 */
function describedBefore(tokens: readonly Token[], mention: Mention): string[] | null {
  const comma = tokens[mention.first - 1];
  if (!comma || !/^,\s$/.test(comma.gap)) return null;
  for (let k = mention.first - 2; k >= 0 && k >= mention.first - 8; k--) {
    const token = tokens[k] as Token;
    if (!token.blank) return null;
    const opensSentence = k === 0 || /[.!?]["'”’)]*\s*$/.test((tokens[k - 1] as Token).gap);
    if (opensSentence) return token.capitalised ? nounPhrase(tokens, k) : null;
  }
  return null;
}

/**
 * The words of the noun phrase opened by an article at token `k` ("a dairy farmer", "the
 * Register of Probate" → ["register"], "a 47-year-old grandmother" → ["grandmother"]), lower case, up to a preposition, a relative pronoun or
 * the end of the phrase; null when `k` opens no such phrase.
 */
function nounPhrase(tokens: readonly Token[], k: number): string[] | null {
  if (!OPENERS.has(tokens[k]?.lower ?? '')) return null;
  const words: string[] = [];
  for (let j = k + 1; j < tokens.length && words.length < PHRASE_WORDS; j++) {
    const token = tokens[j] as Token;
    // "a 47-year-old grandmother": the age describes the noun after it.
    if (AGE.test(token.lower) && token.blank) continue;
    if (PHRASE_ENDS.has(token.lower) || !LETTERS_AND_HYPHENS.test(token.word)) break;
    // "obtained by the Citizen, the company said": a clause of its own, no description.
    if (token.mayReport || (words.length > 0 && /ed$/.test(token.lower))) return null;
    words.push(token.lower);
    if (!token.blank) break;
  }
  return words.length > 0 ? words : null;
}
