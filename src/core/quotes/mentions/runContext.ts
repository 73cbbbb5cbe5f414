/**
 * What the words around a run say of it: a preposition or a title governs it, it is coordinated
 * or bracketed, a country that speaks, a place after a name, a group noun after it.
 */

import { KIN_NOUNS, OCCUPATION, ROLE_NOUNS, singularOfRole } from '../lexicon/roles.ts';
import { DETERMINERS, PREPOSITIONS } from '../lexicon/commonWords.ts';
import { ORGANISATION_WORDS } from '../lexicon/organisations.ts';
import { SPEECH_VERBS } from '../lexicon/speechVerbs.ts';
import type { Token } from '../tokenize.ts';
import { startsSentence } from './tokenTests.ts';
import { LOWER_ED, LOWER_PLURAL, LOWER_WORD, SHORT_CAPITALS } from '../../text/wordShapes.ts';

/** Two lower-case words joined by a hyphen: "long-time". */
const LOWER_COMPOUND = /^\p{Ll}+-\p{Ll}+$/u;

/**
 * The places `[from, to]` open their sentence (after "The" at most) and a verb, a time phrase or
 * an auxiliary follows: the country is the clause's subject.
 */
export function countrySpeaks(tokens: readonly Token[], from: number, to: number): boolean {
  const last = tokens[to] as Token;
  // "the United States", "the UK", "the Philippines"; but "the South African said" is a person.
  const takesArticle =
    /s$/.test(last.lower) || SHORT_CAPITALS.test(last.word) || last.lower === 'kingdom';
  const opens =
    startsSentence(tokens, from) ||
    ((tokens[from - 1] as Token | undefined)?.lower === 'the' &&
      takesArticle &&
      startsSentence(tokens, from - 1));
  const next = tokens[to + 1];
  if (!opens || !next || (tokens[to] as Token).gap !== ' ' || (tokens[to] as Token).possessive)
    return false;
  return (
    SPEECH_VERBS.has(next.lower) ||
    LOWER_ED.test(next.word) ||
    /^(?:on|has|have|had|will|would|is|was|also|again|on|last|this)$/.test(next.lower)
  );
}

/** One or two lower-case words stand between "the" and the run at `from`: "the veteran Texas …". */
export function describedAfterArticle(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= from - 2 && k >= 0; k--) {
    const token = tokens[k] as Token;
    if (token.lower === 'the' && k < from - 1) return true;
    if (!token.blank || !LOWER_WORD.test(token.word) || PREPOSITIONS.has(token.lower)) return false;
  }
  return tokens[from - 3]?.lower === 'the' && (tokens[from - 3] as Token).blank;
}

/** The run at `from` follows a name and "of" or "from": "Durbin of Illinois". */
export function placeAfterName(tokens: readonly Token[], from: number): boolean {
  const link = tokens[from - 1];
  const name = tokens[from - 2];
  return (
    link !== undefined &&
    link.blank &&
    (link.lower === 'of' || link.lower === 'from') &&
    name !== undefined &&
    name.blank &&
    name.capitalised
  );
}

/** A lower-case plural noun for people or bodies: "groups", "officials", "lawmakers". */
export function describesGroup(next: Token | undefined): boolean {
  if (!next || !LOWER_PLURAL.test(next.word)) return false;
  // "Aid agencies": "agencies" is "agency".
  const singular = next.lower.replace(/ies$/, 'y').replace(/s$/, '');
  return (
    ROLE_NOUNS.has(singular) || ORGANISATION_WORDS.has(singular) || GROUP_NOUNS.has(next.lower)
  );
}

const GROUP_NOUNS = new Set(['groups', 'lawmakers', 'leaders', 'experts', 'officials', 'people']);

/** A plural of a role noun that no one is named ("fishermen", "dealers"), relatives aside. */
export function pluralRole(word: string): boolean {
  const singular = singularOfRole(word);
  return singular !== null && !KIN_NOUNS.has(singular);
}

/** The token at `from` stands inside a bracket opened at most four tokens before it. */
export function insideBrackets(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 4; k--) {
    const gap = (tokens[k] as Token).gap;
    if (gap.includes(')')) return false;
    if (gap.includes('(')) return true;
  }
  return false;
}

/**
 * "Union Minister of State for External Affairs Kirti Vardhan Singh": the preposition belongs to
 * a capitalised title that runs on into the name's own title words, so it governs nothing.
 */
export function insideTitle(tokens: readonly Token[], from: number, titleCount: number): boolean {
  // "Leader of the Opposition V.D. Satheesan": or "the" between.
  const at = tokens[from - 1]?.lower === 'the' ? from - 2 : from - 1;
  const preposition = tokens[at];
  const before = tokens[at - 1];
  return (
    titleCount > 0 && preposition?.blank === true && before?.blank === true && before.capitalised
  );
}

/** "with Xi", "of the far-right National Rally": a preposition governs the name. */
export function isAfterPreposition(tokens: readonly Token[], from: number): boolean {
  // "on yoga guru Ramdev", "to real estate developer Lalit Tekchandani": lower-case words
  // ending in a role noun describe the name after them.
  const head = tokens[from - 1]?.lower ?? '';
  const described =
    ROLE_NOUNS.has(head) ||
    OCCUPATION.test(head) ||
    /^(?:guru|businessman|businesswoman|tycoon)$/.test(head);
  for (let k = from - 1; k >= 0 && k >= from - (described ? 5 : 3); k--) {
    const previous = tokens[k] as Token;
    if (!previous.blank) return false;
    if (PREPOSITIONS.has(previous.lower)) return true;
    // Only a determiner or a hyphenated modifier may stand between ("the", "far-right").
    if (
      !DETERMINERS.has(previous.lower) &&
      !LOWER_COMPOUND.test(previous.word) &&
      !(described && LOWER_WORD.test(previous.word))
    )
      return false;
  }
  return false;
}

/** The first token of the capitalised title that ends right before `from`, over its links. */
export function titlePhraseStart(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k - 1 >= 0 && k > from - 8) {
    const previous = tokens[k - 1] as Token;
    if (!previous.blank) break;
    // "Minister of State for Home Affairs", "Ambassador to China": links inside the title.
    if (!previous.capitalised && !/^(?:of|the|for|to|in)$/.test(previous.lower)) break;
    k--;
  }
  while (k < from && !(tokens[k] as Token).capitalised) k++;
  return k;
}

/** "PM Modi and Chinese President Xi Jinping": the name is one of several subjects. */
export function isCoordinated(tokens: readonly Token[], from: number, to: number): boolean {
  const after = tokens[to + 1];
  const before = tokens[from - 1];
  const joinsNext =
    after !== undefined &&
    (after.lower === 'and' || after.lower === 'or') &&
    (tokens[to] as Token).blank &&
    tokens[to + 2]?.capitalised === true;
  const joinsPrevious =
    before !== undefined && before.lower === 'and' && tokens[from - 2]?.capitalised === true;
  return joinsNext || joinsPrevious;
}
