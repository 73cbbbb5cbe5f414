/**
 * Unnamed subjects ("A man who found a python in his toilet says", "a source familiar with the
 * matter said", "a resident of Buner"): an indefinite person or role noun and what describes it.
 */

import { DETERMINERS, INDEFINITES } from '../lexicon/commonWords.ts';
import { PEOPLE, SPOKESPEOPLE } from '../lexicon/roles.ts';
import { TITLES } from '../lexicon/titles.ts';
import { startsSentence } from '../mentions/tokenTests.ts';
import type { Mention } from '../mentions/mention.ts';
import type { ParagraphNarration } from '../narration.ts';
import type { Token } from '../tokenize.ts';
import type { Subject } from './subject.ts';
import { isRoleNoun, roleStart } from './roleNouns.ts';
import { LONG_LOWER_WORD, LOWER_HYPHENATED } from '../../text/wordShapes.ts';

/** A lower-case participle: "living", "based". */
const PARTICIPLE = /^\p{Ll}+(?:ing|ed)$/u;

/** Prepositions of place and time that put a name inside a subject's description. */
const SETTING = /^(?:off|near|in|at|outside|across|on|by|since)$/;

/**
 * The noun phrase opening the sentence ("The wife", "A United Air Lines stewardess") whose
 * description runs on to the place at token `place`, as a role subject; null unless the sentence
 * starts there with a/an/the and a lower-case noun before "of", "who" or a participle.
 */
export function subjectOpeningBefore(
  tokens: readonly Token[],
  place: number,
  min: number,
): { subject: Subject; from: number } | null {
  if (!SETTING.test(tokens[place - 1]?.lower ?? '') || place - min < OPENING_REACH) return null;
  const determiner = tokens[min] as Token;
  if (!startsSentence(tokens, min) || !/^(?:the|a|an)$/.test(determiner.lower)) return null;
  for (let h = min + 1; h < place - 2 && h <= min + 5; h++) {
    const noun = tokens[h] as Token;
    const next = tokens[h + 1] as Token;
    if (!noun.blank) return null;
    if (noun.capitalised) continue;
    if (!/^(?:of|who|whose)$/.test(next.lower) && !PARTICIPLE.test(next.word)) continue;
    // "A United Air Lines stewardess who …": someone new; "The wife of …": the person meant.
    if (determiner.lower !== 'the') return unnamedRole(tokens, h, min);
    return {
      subject: { kind: 'role', words: [noun.lower], definite: true, at: determiner.start },
      from: min,
    };
  }
  return null;
}

/** How far into its sentence a place must stand to be inside the subject's description. */
const OPENING_REACH = 6;

/**
 * The subject of the verb at `v` is an indefinite person or role noun with a relative clause
 * ("A man who found a python in his toilet says"), opening the sentence or the clause after a
 * quotation; the unnamed person as a subject, or null.
 */
export function describedUnnamed(
  tokens: readonly Token[],
  v: number,
  min: number,
): { subject: Subject; from: number } | null {
  // "A resident whose fence was pulled down, Chinedu Okoro, said", "A nurse at the clinic, Mrs.
  // Harriet Dunbar, said": the name set off before the verb speaks, whatever describes it.
  const apposed = tokens[v - 1];
  if (apposed?.capitalised && /^,\s$/.test(apposed.gap)) return null;
  let who = -1;
  for (let j = v - 1; j >= min && j >= v - 30; j--) {
    const token = tokens[j] as Token;
    // "A mother whose son died …": or whose.
    if (
      (token.lower === 'who' || token.lower === 'whose') &&
      (tokens[j - 1] as Token | undefined)?.blank
    )
      who = j;
    if (j === min || /[.!?:"“”]\s*$/.test((tokens[j - 1] as Token).gap)) break;
  }
  if (who < 0 || who > v - 2) return postModified(tokens, v, min);
  if (newClauseBefore(tokens, who, v)) return null;
  const noun = tokens[who - 1] as Token;
  // "A coal miner who was trapped …", "A United Air Lines stewardess who survived …": "who"
  // says the noun before it is someone, whatever the noun.
  if (noun.capitalised || !LONG_LOWER_WORD.test(noun.word)) return null;
  const opener = indefiniteOpener(tokens, who - 1, min, 4, false);
  // Not "Lee Gelernt, an ACLU lawyer who represents the migrants, called": an apposition.
  if (opener < 0 || !(opener === min || /[.!?:"“”]\s*$/.test((tokens[opener - 1] as Token).gap)))
    return null;
  return unnamedRole(tokens, who - 1, opener);
}

/**
 * "A businessman who fled Cuba asked for asylum, and his lawyer said": a clause of its own, with a
 * subject of a few lower-case words after ", and" or ", but", opens between `who` and the verb at
 * `v`.
 */
function newClauseBefore(tokens: readonly Token[], who: number, v: number): boolean {
  for (let c = v - 2; c > who && c >= v - 5; c--) {
    const link = tokens[c] as Token;
    if (
      (link.lower === 'and' || link.lower === 'but') &&
      /^,\s$/.test((tokens[c - 1] as Token).gap) &&
      DETERMINERS.has((tokens[c + 1] as Token).lower)
    )
      return tokens.slice(c, v).every((token) => token.blank && !token.capitalised);
  }
  return false;
}

/**
 * `"…," a source familiar with the matter said`, `a worker at the plant told Reuters`: an
 * indefinite person or role noun opening the clause before the verb at `v`, with words after it
 * that only say which one; the unnamed person as a subject, or null.
 */
function postModified(
  tokens: readonly Token[],
  v: number,
  min: number,
): { subject: Subject; from: number } | null {
  if (v - 3 < min) return null;
  let start = v - 1;
  while (start > min && start > v - 16 && !/[.!?:;"“”]\s*$/.test((tokens[start - 1] as Token).gap))
    start--;
  if (start !== min && !/[.!?:;"“”]\s*$/.test((tokens[start - 1] as Token).gap)) return null;
  const definite = (tokens[start] as Token).lower === 'the';
  if (!definite && !INDEFINITES.has((tokens[start] as Token).lower)) return null;
  // "a resident of Buner named Ali Khan told AFP": the name given after the noun speaks.
  for (let n = start + 1; n < v - 1; n++)
    if (NAMING.has((tokens[n] as Token).lower) && (tokens[n + 1] as Token).capitalised) return null;
  for (let n = start + 1; n <= start + 3 && n < v - 2; n++) {
    const noun = tokens[n] as Token;
    if (noun.capitalised || !noun.blank) return null;
    const link = tokens[n + 1]?.lower ?? '';
    if (!POST_MODIFIERS.has(link) || (definite && link !== 'of')) continue;
    if (!PEOPLE.has(noun.lower) && !isRoleNoun(noun.lower)) return null;
    if (SPOKESPEOPLE.has(noun.lower)) return null;
    // "The head of the nation's largest steel company said", "The widow of a slain patrolman
    // told": the one that role describes, as "the chief of police" is; not "the mother of
    // three", someone named before, or "The engineer of the train, Fred Olson, said".
    if (definite) {
      if (COUNT.test(tokens[n + 2]?.lower ?? '') || apposesName(tokens, n + 2, v)) return null;
      const at = (tokens[start] as Token).start;
      return { subject: { kind: 'role', words: [noun.lower], definite, at }, from: start };
    }
    return unnamedRole(tokens, n, start);
  }
  return null;
}

/** "of three", "of 12": how many children a parent has, not whose the role is. */
const COUNT = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/;

/** A capitalised word set off by a comma between tokens `from` and `to`: a name in apposition. */
function apposesName(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    if ((tokens[k] as Token).capitalised && /,\s$/.test((tokens[k - 1] as Token).gap)) return true;
  return false;
}

/** Participles that give the name of someone just described: "a resident named Ali Khan". */
export const NAMING = new Set(['named', 'called', 'identified']);

/**
 * Words that open what follows a noun to say which one: "familiar with", "close to", "at"; "of"
 * ("A survivor of the Auschwitz death camp told the court").
 */
const POST_MODIFIERS = new Set(
  'familiar close with at in from on of involved briefed knowledgeable aware working'.split(' '),
);

/**
 * "a resident of Buner", "one farmer from Swat", "a shopkeeper in Mingora": an indefinite person
 * or role noun before "of", "from" or "in" and a place; the unnamed person as a subject, or null.
 */
export function unnamedFrom(
  tokens: readonly Token[],
  mention: Mention,
  min: number,
): { subject: Subject; from: number } | null {
  if (mention.kind === 'person' || mention.kind === 'organisation') return null;
  const first = placeBeforeComma(tokens, mention.first, min);
  const link = first - (tokens[first - 1]?.lower === 'the' ? 2 : 1);
  if (!/^(?:of|from|in|on|at)$/.test(tokens[link]?.lower ?? '') || !tokens[link - 1]?.blank)
    return null;
  const at = link - 1;
  const noun = tokens[at] as Token | undefined;
  if (!noun || SPOKESPEOPLE.has(noun.lower) || at < min) return null;
  // "Islanders on Mull have accused", "Traders in Midleton, Co Cork, have said": a group of
  // people the place only describes, opening the sentence.
  if (noun.capitalised)
    return startsSentence(tokens, at) && PLURAL_PEOPLE.test(noun.lower)
      ? unnamedRole(tokens, at, at)
      : null;
  if (!PEOPLE.has(noun.lower) && !isRoleNoun(noun.lower)) return null;
  // "a resident of Buner", "a shopkeeper in Mingora", "a white senior at Central".
  const opener = indefiniteOpener(tokens, at, min, 3, true);
  return opener < 0 ? null : unnamedRole(tokens, at, opener);
}

/** Plural nouns for people of a place: "residents", "traders", "islanders", "families". */
const PLURAL_PEOPLE = /^\p{Ll}{3,}(?:ers|ants|ents|ies|ians|ors)$/u;

/**
 * "Midleton, Co Cork": the first token of a place set off before the mention's place (a town
 * before its county), or `first` when there is none.
 */
function placeBeforeComma(tokens: readonly Token[], first: number, min: number): number {
  if (!/^,\s$/.test(tokens[first - 1]?.gap ?? '')) return first;
  let k = first - 1;
  while (k - 1 >= min && (tokens[k - 1] as Token).blank && (tokens[k - 1] as Token).capitalised)
    k--;
  return (tokens[k] as Token).capitalised && k >= first - 3 ? k : first;
}

/**
 * The index of "a", "an", "one" or "another" at most `reach` words before the noun at `noun`,
 * across words in one phrase (with `plain`, lower-case words only: "a resident of", "an elderly
 * farmer from"); -1 when there is none.
 */
export function indefiniteOpener(
  tokens: readonly Token[],
  noun: number,
  min: number,
  reach: number,
  plain: boolean,
): number {
  for (let j = noun - 1; j >= min && j >= noun - reach; j--) {
    const token = tokens[j] as Token;
    if (!token.blank) return -1;
    if (INDEFINITES.has(token.lower)) return j;
    if (plain && (token.capitalised || !LOWER_HYPHENATED.test(token.word))) return -1;
  }
  return -1;
}

/** Someone unnamed, the noun at `noun` introduced by the indefinite article at `opener`. */
function unnamedRole(
  tokens: readonly Token[],
  noun: number,
  opener: number,
): { subject: Subject; from: number } {
  const article = tokens[opener] as Token;
  return {
    subject: {
      kind: 'role',
      words: [(tokens[noun] as Token).lower],
      definite: false,
      at: article.start,
      fresh: true,
    },
    from: opener,
  };
}

/**
 * The plain noun a name completes through "of" ("the family of …", "a bench of Justices … and
 * …"), as an unnamed role; null when the name stands on its own.
 */
export function ownerBefore(
  paragraph: ParagraphNarration,
  mention: Mention,
  min: number,
): Subject | null {
  const { tokens, mentionByLast } = paragraph;
  let first = roleStart(tokens, mention.first, min);
  // "Misra and Bhatti": the phrase starts with the first name of a coordination.
  if (mention.coordinated && tokens[first - 1]?.lower === 'and') {
    const previous = mentionByLast.get(first - 2);
    if (previous) first = roleStart(tokens, previous.first, min);
  }
  const of = tokens[first - 1];
  const noun = tokens[first - 2];
  if (first - 2 < min || of?.lower !== 'of' || !of.blank || !noun?.blank) return null;
  // "A Division Bench of Justices …": The Hindu capitalises the bench.
  const bench = noun.lower === 'bench';
  if (!bench && (noun.capitalised || isRoleNoun(noun.lower) || TITLES.has(noun.lower))) return null;
  if (!LONG_LOWER_WORD.test(noun.lower) || DETERMINERS.has(noun.lower)) return null;
  // Never definite: "the family" is not resolved like a pronoun to the last person quoted.
  return { kind: 'role', words: [noun.lower], definite: false, at: noun.start };
}
