/**
 * The subject phrase that ends right before a reporting verb ("Peskov said", "the spokesperson
 * said", "A man who found a python says"): a pronoun, a name, a role or an organisation.
 *
 * The stages, read backwards from the verb: adverbs and a "who" (whoAntecedent.ts), a document's
 * issuer or someone described by a relative clause, a place after the subject
 * (placesAfterSubject.ts), a part of a group (partitives.ts), a time phrase, what is set off by
 * commas or brackets (appositionsBeforeVerb.ts), a pronoun, a name (nameBeforeVerb.ts), and
 * otherwise a phrase of role words and capitalised words (subjectPhrase.ts, phraseHead.ts).
 */

import { SUBJECT_PRONOUNS } from '../lexicon/commonWords.ts';
import { SPOKESPEOPLE } from '../lexicon/roles.ts';
import { CUE_ADVERBS } from '../lexicon/speechVerbs.ts';
import type { ParagraphNarration } from '../narration.ts';
import type { Token } from '../tokenize.ts';
import type { SubjectAt } from './subject.ts';
import { issuerBefore, principalOf } from './speaksFor.ts';
import { describedUnnamed } from './unnamedSubjects.ts';
import { beforeTimePhrase } from './appositives.ts';
import { completesTitle } from './namedSubjects.ts';
import { whoAntecedent } from './whoAntecedent.ts';
import { nameInApposition, beforeAppositives } from './appositionsBeforeVerb.ts';
import { partOfGroup } from './partitives.ts';
import {
  bodyBeforeKnownPlace,
  spokespersonBeforePlace,
  beforeLocation,
  crowdBeforePlace,
  unnamedBeforePlace,
  bodyBeforePlace,
} from './placesAfterSubject.ts';
import { subjectOfName } from './nameBeforeVerb.ts';
import { subjectPhraseStart, phraseSubject } from './subjectPhrase.ts';

const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor', 'yet']);

const INDEFINITE_PRONOUNS = new Set(
  'anybody anyone somebody someone everybody everyone nobody whoever another'.split(' '),
);

/**
 * An adverb or auxiliary between a subject and its verb ("also", "would"), stepped over; never a
 * name's last word ("Theresa May said"). A module function, not a closure per call: under tsx each
 * closure also costs a `__name` call.
 */
function adverbAt(paragraph: ParagraphNarration, at: number): boolean {
  const token = paragraph.tokens[at] as Token;
  return CUE_ADVERBS.has(token.lower) && token.blank && !paragraph.mentionByLast.get(at);
}

/**
 * The subject phrase that ends right before the verb at `v` (adverbs and an appositive may sit
 * between): a pronoun, a name, a role ("the spokesperson") or an organisation.
 */
export function subjectBefore(
  paragraph: ParagraphNarration,
  v: number,
  min: number,
): SubjectAt | null {
  const { tokens } = paragraph;
  let k = v - 1;
  while (k >= min && adverbAt(paragraph, k)) {
    // "The mayor was joined by Anne Kirkpatrick, who said": "who" stands for the person named
    // right before its comma, wherever that name sits in the sentence.
    const antecedent =
      (tokens[k] as Token).lower === 'who' ? whoAntecedent(paragraph, k, min) : undefined;
    if (antecedent)
      return { subject: { kind: 'mention', mention: antecedent }, from: antecedent.first };
    k--;
  }
  // "a statement from the Prime Minister's Office said": the office issuing it speaks.
  const issuer = issuerBefore(paragraph, k, min);
  if (issuer) return issuer;
  // "A grandmother who waited 13 hours for an ambulance has said", "a passenger who was at the
  // station told PTI": someone unnamed, described by a relative clause.
  const described = describedUnnamed(tokens, v, min);
  if (described) return described;
  // A place between the subject and the verb only says where the subject is.
  k = bodyBeforeKnownPlace(paragraph, k, min);
  k = spokespersonBeforePlace(tokens, k, min);
  const location = beforeLocation(paragraph, k, min);
  if (typeof location !== 'number') return location;
  k = crowdBeforePlace(paragraph, location, min);
  // "one of them said", "two of the diplomats told Reuters": a part of a group names nobody.
  const part = partOfGroup(tokens, k, min);
  if (part) return part;
  const unnamedWho = nounBeforeWho(paragraph, k, v, min);
  if (unnamedWho) return unnamedWho;
  // "the Council in 1949 declared", "Reed last week said": a time phrase sits between them
  // ("Sgt. Joe Friday said" ends in a surname).
  if (!paragraph.mentionByLast.get(k)) k = beforeTimePhrase(tokens, k, min);
  while (k >= min && adverbAt(paragraph, k)) k--;
  if (k < min) return null;
  // "Mr Reed's lawyer, Omar Haddad, said": the name in apposition is the speaker.
  const apposed = nameInApposition(paragraph, k, min);
  if (apposed) return { subject: { kind: 'mention', mention: apposed }, from: apposed.first };
  // "Smith, the mayor, said", "Rep. Kearns (R., Pa.) said": what is set off before the verb only
  // describes the name before it.
  k = beforeAppositives(paragraph, k, min);
  if (k < 0) return null;
  // "A Belgian businessman in Elisabethville, who declined to be named, said": after the clause
  // set off before the verb, the place only says where someone unnamed is.
  const unnamed = unnamedBeforePlace(paragraph, k, min);
  if (unnamed >= 0) k = unnamed;
  // "A spokesman for the Ford Motor Co. at Dearborn, Mich., said": the town after a body only
  // says where it is.
  else k = bodyBeforePlace(paragraph, k);
  // "presented the estimates in the Assembly and said": a second verb shares the clause's subject.
  if (CONJUNCTIONS.has((tokens[k] as Token).lower)) return null;
  const antecedent = relativeAntecedent(paragraph, k, min);
  if (antecedent) return antecedent;
  const pronoun = pronounSubject(tokens, k);
  if (pronoun) return pronoun;
  // "Manchin's office said", "his spokesman said": the proxy speaks for its owner.
  const principal = principalOf(paragraph, k, min);
  if (principal) return principal;
  const body = bodyBeforeSpokesperson(paragraph, k, min);
  if (body) return body;
  const atK = paragraph.mentionByLast.get(k);
  // "The Minister for Housing said", "the Secretary of State for Health said": a name after a
  // title's "for" or "to" completes the title, which is read below as a role.
  if (atK && !completesTitle(tokens, atK)) return subjectOfName(paragraph, atK, min);
  // A phrase of role words and capitalised words: "the new U.S. Assistant Secretary of State".
  return phraseSubject(paragraph, subjectPhraseStart(tokens, k, min), k, min);
}

/**
 * "another minister, a modest Methodist, who said": the noun at token `k`, before a "who" whose
 * verb is `v`, stands for someone unnamed when no name ends there; otherwise null.
 */
function nounBeforeWho(
  paragraph: ParagraphNarration,
  k: number,
  v: number,
  min: number,
): SubjectAt | null {
  const { tokens } = paragraph;
  const relative = tokens[k + 1]?.lower === 'who' && k + 1 < v;
  if (relative && k >= min && !paragraph.mentionByLast.get(k)) {
    const noun = tokens[k] as Token;
    return {
      subject: { kind: 'role', words: [noun.lower], definite: false, at: noun.start },
      from: k,
    };
  }
  return null;
}

/**
 * "in the New English Bible, which reads:", "a statement by the ministry that said": the
 * relative pronoun at token `k` stands for the name just before it, even one inside a phrase.
 */
function relativeAntecedent(
  paragraph: ParagraphNarration,
  k: number,
  min: number,
): SubjectAt | null {
  if (/^(?:who|which|that)$/.test((paragraph.tokens[k] as Token).lower) && k - 1 >= min) {
    const antecedent = paragraph.mentionByLast.get(k - 1);
    if (antecedent)
      return { subject: { kind: 'mention', mention: antecedent }, from: antecedent.first };
  }
  return null;
}

/**
 * "he said", "I told them": a personal pronoun at token `k`, resolved later; "anybody who said",
 * "someone told me": an indefinite one, which names nobody.
 */
function pronounSubject(tokens: readonly Token[], k: number): SubjectAt | null {
  const token = tokens[k] as Token;
  if (INDEFINITE_PRONOUNS.has(token.lower)) {
    return {
      subject: { kind: 'role', words: [token.lower], definite: false, at: token.start },
      from: k,
    };
  }
  if (SUBJECT_PRONOUNS.has(token.lower) || token.lower === 'i') {
    return { subject: { kind: 'pronoun', word: token.lower, at: token.start }, from: k };
  }
  return null;
}

/**
 * "a Department for Environment, Food and Rural Affairs spokeswoman said": an indefinite
 * spokesperson at token `k`, after an institution's whole name, commas and all, speaks for it.
 */
function bodyBeforeSpokesperson(
  paragraph: ParagraphNarration,
  k: number,
  min: number,
): SubjectAt | null {
  const { tokens } = paragraph;
  const token = tokens[k] as Token;
  const body = SPOKESPEOPLE.has(token.lower) ? paragraph.mentionByLast.get(k - 1) : undefined;
  if (
    body?.kind === 'organisation' &&
    body.first - 1 >= min &&
    (tokens[k - 1] as Token).blank &&
    /^an?$/.test((tokens[body.first - 1] as Token).lower)
  )
    return { subject: { kind: 'mention', mention: body }, from: body.first - 1 };
  return null;
}
