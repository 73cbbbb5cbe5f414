/**
 * Who "who" stands for before a reporting verb: "Anne Kirkpatrick, who said", "Stanley Wozniak, a
 * 39-year-old real estate man, who charged", "a Cambridge surgeon who … and who testified".
 */

import type { Mention } from '../mentions/mention.ts';
import type { ParagraphNarration } from '../narration.ts';
import type { Token } from '../tokenize.ts';
import { beforeBrackets, isAppositive } from './appositives.ts';

/**
 * The person a "who" at token `k` stands for, before its verb: the name right before its comma
 * ("Anne Kirkpatrick, who said"), or the name before the appositions set off after it ("Stanley
 * Wozniak, a 39-year-old real estate man, who charged", "Rep. Carl Henning of Hays, who argued");
 * after "and", the name the first "who" of the sentence stands for ("a Cambridge surgeon who
 * has practiced for 30 years and who testified").
 */
export function whoAntecedent(
  paragraph: ParagraphNarration,
  k: number,
  min: number,
): Mention | undefined {
  const { tokens } = paragraph;
  if (k - 1 < min) return undefined;
  // "Anne Kirkpatrick, who", "Rep. Noah Pruitt (R-Ill.), who".
  if (/^\.?\)?,\s$/.test((tokens[k - 1] as Token).gap))
    return nameBeforeAppositions(paragraph, k - 1, min);
  if ((tokens[k - 1] as Token).lower !== 'and') return undefined;
  for (let j = k - 2; j > min && j >= k - WHO_REACH; j--) {
    const token = tokens[j] as Token;
    if (/[.!?;:"“”]/.test(token.gap)) return undefined;
    if (token.lower === 'who' && (tokens[j - 1] as Token).blank)
      return nameBeforeAppositions(paragraph, j - 1, min);
  }
  return undefined;
}

/** How far back "and who" looks for the sentence's first "who". */
const WHO_REACH = 25;

/**
 * The person named before the appositions that end at token `end` ("Mrs. Nora Pettigrew, a mother
 * of four", "Dr. Albert Fenn, 58, a Cambridge surgeon"), or named there itself.
 */
function nameBeforeAppositions(
  paragraph: ParagraphNarration,
  end: number,
  min: number,
): Mention | undefined {
  const { tokens } = paragraph;
  let at = end;
  for (let step = 0; step < 3; step++) {
    // "Rep. Noah Pruitt (R-Ill.), who said": a bracketed party and state only describe the name.
    at = beforeBrackets(tokens, at, min);
    const named = paragraph.mentionByLast.get(at);
    // "Rep. Carl Henning of Hays", "Prof. Emil Strand of Yale": the place after a name says where
    // the person is from.
    if (named?.oblique && /^(?:of|from)$/.test(tokens[named.first - 1]?.lower ?? '')) {
      const placed = paragraph.mentionByLast.get(named.first - 2);
      if (placed?.kind === 'person') return placed;
    }
    if (named?.kind === 'person') return named;
    let i = at - 1;
    while (i >= min && i > at - 10 && !/^,\s$/.test((tokens[i] as Token).gap)) {
      if (!(tokens[i] as Token).blank) return undefined;
      i--;
    }
    if (i < min || !/^,\s$/.test((tokens[i] as Token).gap)) return undefined;
    if (!isAppositive(tokens.slice(i + 1, at + 1))) return undefined;
    at = i;
  }
  return undefined;
}
