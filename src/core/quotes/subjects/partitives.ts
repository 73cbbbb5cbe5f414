/**
 * A part of a group as the subject: "one of them said", "two of the diplomats told Reuters", "one
 * of Modi's aides said". It names nobody.
 */

import type { Token } from '../tokenize.ts';
import type { SubjectAt } from './subject.ts';
import { CLAUSE_LINKS } from './roleNouns.ts';

/**
 * "one of them said", "two of the diplomats told Reuters": the quantifier, as someone unnamed, when
 * a part of a group is the whole subject that ends at token `k`; otherwise null.
 */
export function partOfGroup(tokens: readonly Token[], k: number, min: number): SubjectAt | null {
  const part = partitiveStart(tokens, k, min);
  if (part < 0) return null;
  const quantifier = tokens[part] as Token;
  return {
    subject: { kind: 'role', words: [quantifier.lower], definite: false, at: quantifier.start },
    from: part,
  };
}

const QUANTIFIERS = new Set(
  'one two three four five some many several most few both all none each another either neither'.split(
    ' ',
  ),
);

/**
 * The quantifier that opens "one of them", "two of the officials", "one of Modi's aides" ending
 * at token `k`, or -1.
 */
function partitiveStart(tokens: readonly Token[], k: number, min: number): number {
  // "a lawyer for one of the families, said": only a phrase that is the whole subject counts.
  if (k < min || !(tokens[k] as Token).blank) return -1;
  for (let j = k - 1; j >= min + 1 && j >= k - 4; j--) {
    const token = tokens[j] as Token;
    if (!token.blank) return -1;
    const quantifier = tokens[j - 1] as Token;
    const opener = tokens[j - 2];
    if (
      token.lower === 'of' &&
      quantifier.blank &&
      QUANTIFIERS.has(quantifier.lower) &&
      (j - 1 === min || !opener?.blank || CLAUSE_LINKS.has(opener.lower))
    )
      return j - 1;
  }
  return -1;
}
