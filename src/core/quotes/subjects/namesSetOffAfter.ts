/**
 * A name set off by a comma after the description of the subject of an inverted verb: "said a
 * spokesman for the railroad, Wallace J. Pruett.", "said Brook's deputy, Ivo Varga". (Before the
 * verb, `nameInApposition` in appositionsBeforeVerb.ts reads "Mr Reed's lawyer, Omar Haddad,
 * said".)
 *
 * Two readers, not one: `nameSetOffAfter` reads a lower-case description of up to eight words
 * before `subjectAfter` reads its phrase, and wants the name to end its clause; `nameAfterRolePhrase`
 * reads the comma after the phrase of capitalised and role words that `subjectAfter` has read. They
 * also step over titles differently ("the" before a title, up to four titles, each tried as a
 * name's start; or up to three titles, then one name), so one function for both could change
 * what some texts are read as.
 */

import type { Mention } from '../mentions/mention.ts';
import type { ParagraphNarration } from '../narration.ts';
import type { Token } from '../tokenize.ts';
import { TITLES } from '../lexicon/titles.ts';
import { isRoleNoun } from './roleNouns.ts';
import { withoutStop } from './wordTests.ts';

/** How many words a description before a name set off after it may have. */
const DESCRIPTION_WORDS = 8;

/**
 * The person named right after a description that opens at token `k` and ends with a comma: "a
 * spokesman for the railroad, Wallace J. Pruett", "one of the customers, Frank Janik, 63", "the
 * pastor, the Rev. Jack Billings"; undefined unless the description is a role or a part of a
 * group and the name ends its clause.
 */
export function nameSetOffAfter(
  paragraph: ParagraphNarration,
  k: number,
  limit: number,
): Mention | undefined {
  const { tokens } = paragraph;
  const head = tokens[k];
  if (
    !head ||
    head.capitalised ||
    !(isRoleNoun(head.lower) || (head.lower === 'one' && tokens[k + 1]?.lower === 'of'))
  )
    return undefined;
  let comma = -1;
  for (let j = k; j < k + DESCRIPTION_WORDS && j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (token.start >= limit) return undefined;
    if (/^,\s$/.test(token.gap)) {
      comma = j;
      break;
    }
    if (!token.blank) return undefined;
  }
  if (comma < 0) return undefined;
  let n = comma + 1;
  if (tokens[n]?.lower === 'the' && TITLES.has(withoutStop(tokens[n + 1]?.lower ?? ''))) n++;
  let named = paragraph.mentionByFirst.get(n);
  for (let t = n; !named && t < n + 4 && TITLES.has(withoutStop(tokens[t]?.lower ?? '')); t++)
    named = paragraph.mentionByFirst.get(t + 1);
  if (!named || named.start >= limit || named.kind === 'organisation') return undefined;
  if (named.kind === 'unknown' && named.words.length < 2) return undefined;
  // The name ends its clause: a stop, a comma (an age, a town) or the quotation after it.
  const gap = (tokens[named.last] as Token).gap;
  return /^[,.;]/.test(gap) || named.last === tokens.length - 1 ? named : undefined;
}

/**
 * "said Brook's deputy, Ivo Varga", "said the study's lead author, Professor Nita Forouhi": the
 * name, after up to three titles, that opens at token `k` right after the comma that ends the
 * role phrase whose last word is `last`; undefined for a body's name or one past `limit`.
 */
export function nameAfterRolePhrase(
  paragraph: ParagraphNarration,
  k: number,
  last: Token,
  limit: number,
): Mention | undefined {
  const { tokens } = paragraph;
  // "said the study's lead author, Professor Nita Forouhi": after the title too.
  let titled = k;
  while (TITLES.has(withoutStop(tokens[titled]?.lower ?? '')) && titled < k + 3) titled++;
  const appositive = last.gap.includes(',') ? paragraph.mentionByFirst.get(titled) : undefined;
  return appositive && appositive.kind !== 'organisation' && (tokens[k] as Token).start < limit
    ? appositive
    : undefined;
}
