/**
 * "According to" and "as per": the source they name (a name, a role or a document's issuer),
 * before a quotation or ending the sentence after it.
 */

import { tokenIndexAt, type ParagraphNarration } from '../narration.ts';
import { institutionAfter } from '../subjects/namedSubjects.ts';
import { subjectAfter } from '../subjects/subjectAfter.ts';
import type { Subject } from '../subjects/subject.ts';
import { DETERMINERS } from '../lexicon/commonWords.ts';
import { DOCUMENT_NOUNS } from '../lexicon/organisations.ts';
import type { Token } from '../tokenize.ts';
import type { CueMatch } from './cueMatch.ts';

/** A pronoun after "according to", as the subject pronoun it stands for. */
const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
]);

/** "according to" or "as per" at token `i`. */
export function isAccordingTo(tokens: readonly Token[], i: number): boolean {
  const pair = `${tokens[i]?.lower ?? ''} ${tokens[i + 1]?.lower ?? ''}`;
  return pair === 'according to' || pair === 'as per';
}

/**
 * The source after "according to": a name or a role, or a document — `a statement issued by the
 * Defence Ministry` speaks for the ministry, `the statement` for whoever issued it.
 */
export function sourceAfter(
  paragraph: ParagraphNarration,
  s: number,
  limit: number,
): Subject | null {
  const { tokens } = paragraph;
  // "According to him, the ties were at "their best ever"": the pronoun's person speaks.
  const pronoun = tokens[s];
  const subjectForm = pronoun && pronoun.start < limit ? OBJECT_PRONOUNS.get(pronoun.lower) : null;
  if (subjectForm && pronoun) return { kind: 'pronoun', word: subjectForm, at: pronoun.start };
  let d = s;
  if (DETERMINERS.has(tokens[d]?.lower ?? '')) d++;
  for (let k = d; k < d + 3 && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.start >= limit) break;
    if (DOCUMENT_NOUNS.has(token.lower)) {
      for (let b = k + 1; b <= k + 3 && b < tokens.length; b++) {
        if (!/^(?:by|from|of)$/.test((tokens[b] as Token).lower)) continue;
        const issuer = subjectAfter(paragraph, b + 1, limit);
        if (issuer) return issuer;
      }
      return { kind: 'role', words: [token.lower], definite: true, at: token.start };
    }
    if (!token.blank || token.capitalised) break;
  }
  return institutionAfter(paragraph, s, limit) ?? subjectAfter(paragraph, s, limit);
}

/**
 * `The girl died of "measles pulmonary failure", according to a statement from UMC Health
 * System.`: an "according to" that ends the sentence, after the quotation, names its source.
 */
export function accordingToLater(
  paragraph: ParagraphNarration,
  outerEnd: number,
  limit: number,
): CueMatch | null {
  const { tokens } = paragraph;
  for (let i = tokenIndexAt(tokens, outerEnd); i < tokens.length - 1; i++) {
    const token = tokens[i] as Token;
    if (token.start >= limit) return null;
    if (!isAccordingTo(tokens, i)) continue;
    const subject = sourceAfter(paragraph, i + 2, limit);
    const to = tokens[i + 1] as Token;
    return subject
      ? {
          verb: `${token.word} ${to.word}`,
          start: token.start,
          end: to.end,
          subject,
          adjacent: false,
        }
      : null;
  }
  return null;
}
