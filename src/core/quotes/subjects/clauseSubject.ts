/**
 * The subject of the clause a participle hangs on (`Peskov acknowledged it, stating, "…"`), and a
 * definite institution with its verb ("the company said").
 */

import { CUE_ADVERBS } from '../lexicon/speechVerbs.ts';
import { DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS } from '../lexicon/commonWords.ts';
import { ORGANISATION_WORDS, SECTOR_NOUNS } from '../lexicon/organisations.ts';
import type { Mention } from '../mentions/mention.ts';
import type { ParagraphNarration } from '../narration.ts';
import type { Token } from '../tokenize.ts';
import type { Subject } from './subject.ts';
import { definiteRoleAt, isRoleNoun } from './roleNouns.ts';
import { LOWER_ED, LOWER_WORD } from '../../text/wordShapes.ts';

/** A capitalised participle: "Asked", "Speaking". */
const CAPITALISED_PARTICIPLE = /^\p{Lu}\p{Ll}+(?:ed|ing)$/u;

/** The subject of the clause a participle hangs on: `Peskov acknowledged it, stating, "…"`. */
export function clauseSubject(
  paragraph: ParagraphNarration,
  from: number,
  v: number,
): Subject | null {
  const { tokens } = paragraph;
  // "The Supreme Court refused …, saying …": an institution speaks through a participle when no
  // person is the subject.
  let institution: Mention | undefined;
  // "The Supreme Court pulled up the Centre over the delay, observing": once the institution
  // opening the clause has its verb, the names after it are objects.
  let verbAfterInstitution = false;
  for (let k = afterFrontedParticiple(paragraph, from, v); k < v; k++) {
    const token = tokens[k] as Token;
    const mention = paragraph.mentionByFirst.get(k);
    // "welcomed the U-turn but said", "told NDTV that … but said": a name after a verb is its
    // object, and the subject was before it.
    if (mention && (objectOfVerb(tokens, k, from) || verbAfterInstitution)) break;
    if (institution && k > institution.last && LOWER_ED.test(token.word))
      verbAfterInstitution = true;
    // "Ahmedabad: Gujarat Chief Minister … inaugurated": a dateline before a colon is no subject.
    if (mention && /^:/.test((tokens[mention.last] as Token).gap)) continue;
    // "Industry body FICCI welcomed the move and said": a capitalised word before a noun and a
    // name describes the name.
    if (mention && modifiesNameAfter(paragraph, mention)) continue;
    if (mention && !mention.oblique && mention.kind !== 'organisation')
      return { kind: 'mention', mention };
    // Only an institution that opens the clause is its subject: in "groups sued the EPA,
    // calling …" the EPA is the object.
    if (mention && !mention.oblique && !institution && k - from <= 2) institution = mention;
    // "Market regulator Securities and Exchange Board of India": the name after the kind.
    else if (
      mention?.kind === 'organisation' &&
      institution &&
      !verbAfterInstitution &&
      k - institution.last <= 2
    )
      institution = mention;
    const governed = k > from && PREPOSITIONS.has((tokens[k - 1] as Token).lower);
    if (SUBJECT_PRONOUNS.has(token.lower) && !governed)
      return { kind: 'pronoun', word: token.lower, at: token.start };
  }
  const participle = /ing$/.test((tokens[v] as Token | undefined)?.lower ?? '');
  // "China raised tariffs on Friday and said", "The CBI welcomed the cut but said": or a second
  // verb joined to the first.
  const joined = tokens[v - 1]?.lower === 'and' || tokens[v - 1]?.lower === 'but';
  if (institution && (participle || joined)) return { kind: 'mention', mention: institution };
  // "The director was also quoted as saying:": a definite role is the clause's subject, also
  // after an opening phrase ("Earlier this week, the company said … and warned").
  const start = afterOpeningPhrase(tokens, from, v);
  const end = (tokens[v] as Token).start;
  const at = (tokens[start] as Token).start;
  const role = definiteRoleAt(tokens, start, end);
  if (role) return { kind: 'role', words: role, definite: true, at };
  // An institution is never resolved like a pronoun: "The jury heard a call in which …".
  const body = definiteInstitutionAt(tokens, start, end);
  return body ? { kind: 'role', words: body, definite: false, at } : null;
}

/**
 * "Asked whether he would run again, Gov. Price Daniel smiled and said": a participle clause
 * opening the sentence, and a pronoun inside it, come before the clause's subject. The token after
 * its comma, or `from`.
 */
function afterFrontedParticiple(paragraph: ParagraphNarration, from: number, v: number): number {
  const { tokens } = paragraph;
  // "Outgoing premier Steven Miles conceded …, but said": an adjective before a noun is no clause.
  if (
    !CAPITALISED_PARTICIPLE.test((tokens[from] as Token | undefined)?.word ?? '') ||
    !FRONTED_LINKS.has(tokens[from + 1]?.lower ?? '')
  )
    return from;
  for (let k = from; k < v - 1 && k < from + 20; k++) {
    if (paragraph.mentionByFirst.get(k)) return from;
    if ((tokens[k] as Token).gap.includes(',')) return k + 1;
  }
  return from;
}

/** Words after a fronted participle: "Asked whether", "Speaking to", "Pressed on". */
const FRONTED_LINKS = new Set(
  'whether if about why how what when to by on for at in after during'.split(' '),
);

/** The name at token `k` follows a past-tense or reporting verb (and a determiner). */
function objectOfVerb(tokens: readonly Token[], k: number, from: number): boolean {
  let j = k - 1;
  if (j >= from && DETERMINERS.has((tokens[j] as Token).lower)) j--;
  const verb = tokens[j];
  return (
    j >= from &&
    verb !== undefined &&
    verb.blank &&
    LOWER_WORD.test(verb.word) &&
    !PREPOSITIONS.has(verb.lower) &&
    !CUE_ADVERBS.has(verb.lower) &&
    // "Reuters quoted Nolan as saying": the one quoted speaks.
    !/^(?:quoted|cited)$/.test(verb.lower) &&
    (/ed$/.test(verb.lower) || verb.mayReport)
  );
}

/** The token after a short opening phrase and its comma ("Earlier this week,"), or `from`. */
function afterOpeningPhrase(tokens: readonly Token[], from: number, v: number): number {
  for (let k = from; k < v && k < from + 5; k++) {
    const token = tokens[k] as Token;
    if (token.gap.includes(',')) return k + 1 < v ? k + 1 : from;
    if (!token.blank) return from;
  }
  return from;
}

/** "the company said", "the union warned": a definite institution noun and its verb. */
function definiteInstitutionAt(
  tokens: readonly Token[],
  first: number,
  end: number,
): string[] | null {
  const noun = tokens[first + 1];
  const next = tokens[first + 2];
  if (tokens[first]?.lower !== 'the' || !noun || !next || next.start >= end) return null;
  return ORGANISATION_WORDS.has(noun.lower) &&
    !noun.capitalised &&
    noun.blank &&
    LOWER_WORD.test(next.word)
    ? [noun.lower]
    : null;
}

/**
 * "Industry body FICCI", "Rights group Amnesty", "Opposition leader Raila Odinga": one capitalised
 * word no list knows, then a lower-case noun for a body or a role and a name, describes the name
 * after it ("Modi thanked Xi" is no such noun).
 */
function modifiesNameAfter(paragraph: ParagraphNarration, mention: Mention): boolean {
  const { tokens } = paragraph;
  const noun = tokens[mention.last + 1];
  return (
    mention.kind === 'unknown' &&
    mention.first === mention.last &&
    (tokens[mention.last] as Token).blank &&
    noun !== undefined &&
    noun.blank &&
    (ORGANISATION_WORDS.has(noun.word) || SECTOR_NOUNS.has(noun.word) || isRoleNoun(noun.word)) &&
    paragraph.mentionByFirst.get(mention.last + 2) !== undefined
  );
}
