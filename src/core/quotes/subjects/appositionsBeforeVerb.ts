/**
 * What is set off by commas or brackets between a subject and its verb: a name in apposition that
 * speaks ("Mr Reed's lawyer, Omar Haddad, said"), or appositives and a party's brackets that only
 * describe the name before them ("Smith, the mayor, said", "Rep. Kearns (R., Pa.) said").
 */

import type { Mention } from '../mentions/mention.ts';
import type { ParagraphNarration } from '../narration.ts';
import type { Token } from '../tokenize.ts';
import {
  afterRoleNoun,
  beforeBrackets,
  isAppositive,
  isState,
  relativeClauseStart,
  setOffBefore,
} from './appositives.ts';
import { INITIAL, LOWER_WORD } from '../../text/wordShapes.ts';

/**
 * "Mr Reed's lawyer, Omar Haddad, said", "The plant's owner, Gulfline Chemical Co., said": the
 * name set off by commas that ends at token `k`, right before the verb, is the speaker, not the
 * words before it. Undefined when no such name ends there.
 */
export function nameInApposition(
  paragraph: ParagraphNarration,
  k: number,
  min: number,
): Mention | undefined {
  const { tokens } = paragraph;
  const apposed = paragraph.mentionByLast.get(k);
  if (
    (tokens[k] as Token).gap.includes(',') &&
    // "The plant's owner, Gulfline Chemical Co., said": or the firm in apposition.
    (apposed?.kind === 'person' ||
      apposed?.kind === 'organisation' ||
      // "Her husband, Bhaskar, said": one word no list knows, set off after a kin or role noun.
      // "Its secretary, A Shankar, said": or an initial and such a word.
      (apposed?.kind === 'unknown' &&
        (apposed.first === apposed.last ||
          (apposed.words.length === 2 && INITIAL.test(apposed.words[0] ?? ''))) &&
        afterRoleNoun(tokens, apposed.first))) &&
    !apposed.oblique &&
    // "He attacked Rahul Gandhi, saying": the object of a verb is no apposition.
    setOffBefore(tokens, apposed.first, min)
  )
    return apposed;
  return undefined;
}

/**
 * "Smith, the mayor, said", "Reed, 54, said", "Rep. Kearns (R., Pa.) said": the token where the
 * subject ends once the bracketed party and state or the appositives that end at token `k` are
 * stepped over; `k` when nothing is set off there; -1 when the words set off before the verb are
 * no appositive ("acknowledged the delay, said"), so the verb has no subject before it.
 */
export function beforeAppositives(paragraph: ParagraphNarration, k: number, min: number): number {
  const { tokens } = paragraph;
  const unbracketed = beforeBrackets(tokens, k, min);
  if (unbracketed !== k) {
    // "a probe into the Tamil Nadu State Marketing Corporation (TASMAC), terming it": a name
    // inside a phrase, then a comma, is no subject.
    if ((tokens[k] as Token).gap.includes(',') && paragraph.mentionByLast.get(unbracketed)?.oblique)
      return -1;
    return unbracketed;
  }
  if (!(tokens[k] as Token).gap.includes(',')) return (tokens[k] as Token).blank ? k : -1;
  // Only a role or an age is an appositive; "acknowledged the delay," is not.
  let j = k - 1;
  while (j >= min && j >= k - 10 && !setOffAt(tokens, j)) j--;
  // "A ministry official, who spoke on condition of anonymity because he was not authorised
  // to brief the media, said": a long relative clause is stepped over whole.
  const relative = relativeClauseStart(tokens, k, min);
  if (relative >= 0 && relative < j) j = relative;
  if (j < min || !(tokens[j] as Token).gap.includes(',')) return -1;
  const appositive = tokens.slice(j + 1, k + 1);
  // "Lamb, a youngster from Anniston, Ala., said": a state after its town is stepped over with
  // the appositive that names the town.
  if (j !== relative && (tokens[j] as Token).capitalised && isState(appositive)) {
    const town = beforeAppositives(paragraph, j, min);
    if (town >= 0) return town;
  }
  // ", who requested anonymity," is stepped over like an appositive.
  if (j !== relative && !isAppositive(appositive)) return -1;
  // "Barden (D., N.C.), chairman of the committee, said".
  return earlierAppositives(paragraph, beforeBrackets(tokens, j, min), min);
}

/**
 * "Bea Hall, a consultant at the Royal Free Hospital, who was not involved, said": the person
 * named before a second appositive, or a third ("Jane Walsh, 67, from Stockport, whose husband
 * …, said"), when the first appositive is stepped over to token `k`; "Mrs. Ethel Pauley of
 * Chesapeake, Ohio, who …, said": a state after its town is stepped over too. The token where the
 * subject ends, `k` when no name is set off earlier. (`nameBeforeAppositions` in whoAntecedent.ts
 * reads the same shape for "who"; its tests differ: a blank-separated comma, an oblique place.)
 */
function earlierAppositives(paragraph: ParagraphNarration, k: number, min: number): number {
  const { tokens } = paragraph;
  let at = k;
  const closest = k;
  let town = -1;
  for (let step = 0; step < 4; step++) {
    const reached = paragraph.mentionByLast.get(k);
    if (
      !(tokens[at] as Token).gap.includes(',') ||
      // "W. Va." reads like an initial and a surname.
      (reached?.kind === 'person' && !isState(tokens.slice(reached.first, reached.last + 1)))
    )
      break;
    let i = at - 1;
    while (i >= min && i >= at - 10 && !setOffAt(tokens, i)) i--;
    const segment = tokens.slice(i + 1, at + 1);
    // "Mrs. Ethel Pauley of Chesapeake, Ohio, who …, said": a state after its town, which
    // the name before it is from.
    if (i >= min && (tokens[i] as Token).capitalised && isState(segment)) {
      town = i;
      at = i;
      continue;
    }
    if (i < min || !isAppositive(segment)) break;
    const named = paragraph.mentionByLast.get(i);
    if (named?.kind === 'person' && !named.oblique) k = i;
    at = i;
  }
  // "Ethel Pauley of Chesapeake, Ohio, who …, said": no name set off before the town.
  if (town >= 0 && k === closest) k = town;
  return k;
}

/**
 * Whether the comma after token `at` sets a phrase off; not the comma between two adjectives
 * after an article ("Lamb, a tall, quiet youngster from Anniston, said").
 */
function setOffAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (!token.gap.includes(',')) return false;
  const article = tokens[at - 1];
  const next = tokens[at + 1];
  return !(
    token.gap === ', ' &&
    LOWER_WORD.test(token.word) &&
    article?.blank === true &&
    /^(?:a|an)$/.test(article.lower) &&
    next !== undefined &&
    next.blank &&
    LOWER_WORD.test(next.word)
  );
}
