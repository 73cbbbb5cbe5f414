/**
 * Subjects that speak for someone else: a spokesperson for a role, an office or campaign for its
 * owner ("Manchin's office"), a statement for its issuer.
 */

import { DETERMINERS } from '../lexicon/commonWords.ts';
import {
  DOCUMENT_NOUNS,
  FIRM_NOUNS,
  ORGANISATION_WORDS,
  SECTOR_NOUNS,
} from '../lexicon/organisations.ts';
import { SPOKESPEOPLE } from '../lexicon/roles.ts';
import type { ParagraphNarration } from '../narration.ts';
import type { Token } from '../tokenize.ts';
import type { Subject } from './subject.ts';
import { isRoleNoun, roleWords, leadingDeterminer } from './roleNouns.ts';

/**
 * "A spokesperson for the minister said", "a spokesman for the governor", "a spokesman for the
 * airline": the spokesperson speaks for whoever holds the role `phrase` (from token `from`, "the"
 * first) names, or for the organisation of that kind; null for any
 * other phrase after a preposition ("The family of the victim said").
 */
export function spokespersonForRole(
  tokens: readonly Token[],
  phrase: readonly Token[],
  from: number,
  min: number,
): { subject: Subject; from: number } | null {
  const spokesperson = tokens[from - 2];
  const head = phrase[phrase.length - 1] as Token;
  if (
    tokens[from - 1]?.lower !== 'for' ||
    tokens[from]?.lower !== 'the' ||
    from - 2 < min ||
    !spokesperson?.blank ||
    !SPOKESPEOPLE.has(spokesperson.lower) ||
    // "A spokesperson for the company said": or for an organisation named by its kind, in
    // lower case (a capitalised one is named).
    !(
      (isRoleNoun(head.lower) && !ORGANISATION_WORDS.has(head.lower)) ||
      (!head.capitalised && (FIRM_NOUNS.has(head.lower) || SECTOR_NOUNS.has(head.lower)))
    )
  )
    return null;
  const words = roleWords(phrase.filter((token) => !DETERMINERS.has(token.lower)));
  return {
    subject: { kind: 'role', words, definite: true, at: (tokens[from] as Token).start },
    from: leadingDeterminer(tokens, from - 2, min),
  };
}

/**
 * Institutions that speak in someone's name: "Manchin's office", "the senator's campaign". A
 * spokesperson after an owner does too ("Adams's spokesman", "her spokeswoman"), as "a spokesman
 * for Adams" does; "a spokesman" alone stays unnamed.
 */
const PROXIES = new Set(['office', 'campaign', 'camp']);

const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
]);

/**
 * "Manchin's office said", "the senator's campaign said", "his spokesman said": the one they
 * speak for, as a name, a role or a pronoun, when token `k` is such a proxy after its owner.
 */
export function principalOf(
  paragraph: ParagraphNarration,
  k: number,
  min: number,
): { subject: Subject; from: number } | null {
  const { tokens } = paragraph;
  const owner = tokens[k - 1];
  const proxy = (tokens[k] as Token).lower;
  // "the commission's report said", "his statement said": a document speaks for its owner.
  const document = DOCUMENT_NOUNS.has(proxy);
  if (k - 1 < min || !owner?.blank || !(PROXIES.has(proxy) || SPOKESPEOPLE.has(proxy) || document))
    return null;
  const pronoun = POSSESSIVE_PRONOUNS.get(owner.lower);
  if (pronoun) return { subject: { kind: 'pronoun', word: pronoun, at: owner.start }, from: k - 1 };
  if (!owner.possessive) return null;
  const named = paragraph.mentionByLast.get(k - 1);
  // "Boeing's statement said": a firm's document speaks for the firm, as its office would not.
  if (named && (named.kind !== 'organisation' || document))
    return { subject: { kind: 'mention', mention: named }, from: named.first };
  if (named || !(isRoleNoun(owner.lower) || (document && ORGANISATION_WORDS.has(owner.lower))))
    return null;
  const definite = tokens[k - 2]?.lower === 'the';
  return {
    subject: { kind: 'role', words: [owner.lower], definite, at: owner.start },
    from: definite ? k - 2 : k - 1,
  };
}

/**
 * "a statement from the Prime Minister's Office", "a statement issued by IndiGo" ending at token
 * `k`: the organisation named after the document noun.
 */
export function issuerBefore(
  paragraph: ParagraphNarration,
  k: number,
  min: number,
): { subject: Subject; from: number } | null {
  const { tokens } = paragraph;
  const mention = paragraph.mentionByLast.get(k);
  if (mention?.kind !== 'organisation') return null;
  let j = mention.first - 1;
  if (tokens[j]?.lower === 'the') j--;
  if (!/^(?:from|by)$/.test(tokens[j]?.lower ?? '')) return null;
  j--;
  if (tokens[j]?.lower === 'issued') j--;
  if (j < min || !DOCUMENT_NOUNS.has((tokens[j] as Token).lower)) return null;
  return { subject: { kind: 'mention', mention }, from: leadingDeterminer(tokens, j, min) };
}

/** `said a statement from the Chief Minister's Office`: the issuer after a document noun at `k`. */
export function issuerAfter(
  paragraph: ParagraphNarration,
  k: number,
  limit: number,
): Subject | null {
  const { tokens } = paragraph;
  if (!DOCUMENT_NOUNS.has(tokens[k]?.lower ?? '')) return null;
  let j = k + 1;
  if (tokens[j]?.lower === 'issued') j++;
  if (!/^(?:from|by)$/.test(tokens[j]?.lower ?? '')) return null;
  j++;
  if (tokens[j]?.lower === 'the') j++;
  const mention = paragraph.mentionByFirst.get(j);
  return mention?.kind === 'organisation' && mention.start < limit
    ? { kind: 'mention', mention }
    : null;
}
