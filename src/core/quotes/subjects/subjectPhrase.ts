/**
 * A subject phrase of role words and capitalised words that ends right before the verb ("the new
 * U.S. Assistant Secretary of State said", "A Home Office spokesperson said", "the jury said"):
 * where it starts, and who it names.
 */

import { DETERMINERS, PREPOSITIONS } from '../lexicon/commonWords.ts';
import { ROLE_MODIFIERS, SPOKESPEOPLE } from '../lexicon/roles.ts';
import { ORGANISATION_WORDS, SECTOR_NOUNS } from '../lexicon/organisations.ts';
import { NAME_PARTICLES } from '../lexicon/nameParticles.ts';
import { TITLES } from '../lexicon/titles.ts';
import { startsSentence } from '../mentions/tokenTests.ts';
import type { ParagraphNarration } from '../narration.ts';
import type { Token } from '../tokenize.ts';
import type { SubjectAt } from './subject.ts';
import { spokespersonForRole } from './speaksFor.ts';
import { indefiniteOpener } from './unnamedSubjects.ts';
import { isRoleNoun, leadingDeterminer, isModifierNoun } from './roleNouns.ts';
import { mentionSubject, linksTitle } from './namedSubjects.ts';
import { AGE } from './wordTests.ts';
import { headSubject } from './phraseHead.ts';

/**
 * "the new U.S. Assistant Secretary of State", "a senior police officer", "A Department for
 * Education spokesperson", "the JD(S) leader": the first token of the phrase of role words and
 * capitalised words that ends at token `k`, right before the verb.
 */
export function subjectPhraseStart(tokens: readonly Token[], k: number, min: number): number {
  const token = tokens[k] as Token;
  let j = k;
  while (j - 1 >= min) {
    const previous = tokens[j - 1] as Token;
    const before = tokens[j - 2];
    // "the JD(S) leader": a party's bracketed letter is part of its name.
    if (
      /^\) $/.test(previous.gap) &&
      before?.gap === '(' &&
      before.capitalised &&
      previous.capitalised &&
      j - 2 >= min
    ) {
      j -= 2;
      continue;
    }
    const joinable =
      previous.blank &&
      (previous.capitalised ||
        isRoleNoun(previous.lower) ||
        TITLES.has(previous.lower) ||
        ROLE_MODIFIERS.has(previous.lower) ||
        NAME_PARTICLES.has(previous.lower) ||
        // "the 35-year-old former deputy chief minister said".
        AGE.test(previous.lower) ||
        // "a No 10 spokeswoman", "a Channel 4 spokesperson": a number completes the name before it.
        (/^\d+$/.test(previous.lower) &&
          before !== undefined &&
          before.capitalised &&
          before.blank) ||
        (previous.lower === 'of' &&
          before !== undefined &&
          before.blank &&
          (before.capitalised || isRoleNoun(before.lower))) ||
        // "the Minister for Housing", "the Commissioner for Trade": a title and its portfolio.
        linksTitle(tokens, j - 1) ||
        // "A Department for Education spokesperson", "A Department of Health and Social Care
        // spokesperson": an institution's name with "for" or "and" inside.
        ((previous.lower === 'for' || previous.lower === 'and') &&
          SPOKESPEOPLE.has(token.lower) &&
          before !== undefined &&
          before.blank &&
          before.capitalised &&
          (tokens[j] as Token).capitalised) ||
        // "a senior police officer", "a defence ministry official": nouns modifying the role.
        // "the poll body": and nouns modifying an institution's.
        // "the water utility", "the state airline": and a firm's kind.
        ((isRoleNoun(token.lower) ||
          ORGANISATION_WORDS.has(token.lower) ||
          SECTOR_NOUNS.has(token.lower) ||
          // "a motel clerk", "A former county tax assessor": after "a", any noun's.
          (!token.capitalised && indefiniteOpener(tokens, k, min, 4, true) >= 0)) &&
          k - j < 3 &&
          isModifierNoun(previous.lower)));
    if (!joinable) break;
    j--;
  }
  return j;
}

/**
 * Who the phrase of role words and capitalised words `[j, k]` names, right before the verb: a
 * person before "of" ("Rep. Jim Jordan of Ohio said"), someone the phrase's role stands for ("The
 * family of the victim said"), no one ("Israel and the United States condemned"), or what its
 * head noun makes of it (`headSubject`).
 */
export function phraseSubject(
  paragraph: ParagraphNarration,
  j: number,
  k: number,
  min: number,
): SubjectAt | null {
  const { tokens } = paragraph;
  const token = tokens[k] as Token;
  // "Rep. Jim Jordan of Ohio said", "Mayor Eric Adams of New York said": the person named before
  // "of" speaks; the place only says where from.
  for (let p = j + 1; p < k; p++) {
    if ((tokens[p] as Token).lower !== 'of') continue;
    const person = paragraph.mentionByLast.get(p - 1);
    if (person?.kind === 'person') {
      return mentionSubject(tokens, person, min);
    }
  }
  const phrase = tokens.slice(j, k + 1);
  // "the city's water utility": a possessive noun after "the" is the phrase's determiner.
  const owner = tokens[j - 1];
  const owned =
    j - 2 >= min &&
    owner?.possessive === true &&
    owner.blank &&
    !owner.capitalised &&
    tokens[j - 2]?.lower === 'the' &&
    SECTOR_NOUNS.has(token.lower);
  const from = owned ? j - 2 : leadingDeterminer(tokens, j, min);
  // "The family of the victim said": the phrase only completes a larger subject.
  const governing = tokens[from - 1];
  if (from - 1 >= min && governing?.blank && PREPOSITIONS.has(governing.lower))
    return spokespersonForRole(tokens, phrase, from, min);
  // "Israel and the United States condemned": a subject of several names no one speaks for.
  if (
    from - 2 >= min &&
    (governing?.lower === 'and' || governing?.lower === 'or') &&
    tokens[from - 2]?.capitalised
  )
    return null;
  const determiner = from < j ? (tokens[from] as Token).lower : (phrase[0] as Token).lower;
  const at = (phrase[0] as Token).start;
  const named = phrase.filter((part) => !DETERMINERS.has(part.lower));
  if (named.length === 0) return null;
  const definite = determiner === 'the' || determiner === 'this';
  // "Gary Player won. … "…," Player said.": a capitalised common word or role noun alone inside
  // a sentence may be the surname of someone named before ("Player", "Rice", "Home").
  const surname =
    phrase.length === 1 &&
    from === j &&
    token.capitalised &&
    // right after a quotation ("…," Player said) or inside a sentence
    (k === min || !startsSentence(tokens, k))
      ? {
          subject: {
            kind: 'role' as const,
            words: [token.lower],
            definite,
            at,
            surname: true as const,
          },
          from,
        }
      : null;
  // "one rescuer said": or "one" ("no one", "the one" are no one new).
  const fresh =
    /^(?:a|an|another)$/.test(determiner) ||
    (determiner === 'one' &&
      from < j &&
      !DETERMINERS.has(tokens[from - 1]?.lower ?? '') &&
      tokens[from - 1]?.lower !== 'no')
      ? { fresh: true as const }
      : {};
  return headSubject({ paragraph, j, k, from, head: token, named, definite, at, fresh, surname });
}
