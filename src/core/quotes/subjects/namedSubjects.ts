/**
 * A name as a subject, and names that are not one: a title's portfolio ("Minister for Housing"),
 * a place after a person ("Rep. Ana Ruiz of Texas"), an institution after its officer or a name.
 */

import { mapPacked } from '../../text/mapPacked.ts';
import { COMMON_CAPITALISED, DETERMINERS } from '../lexicon/commonWords.ts';
import { ORGANISATION_WORDS } from '../lexicon/organisations.ts';
import { ROLE_MODIFIERS } from '../lexicon/roles.ts';
import { TITLES } from '../lexicon/titles.ts';
import { modifierWord } from '../mentions/roleModifiers.ts';
import type { Mention } from '../mentions/mention.ts';
import type { ParagraphNarration } from '../narration.ts';
import type { Token } from '../tokenize.ts';
import { isRoleNoun, leadingDeterminer, roleStart } from './roleNouns.ts';
import type { Subject } from './subject.ts';
import { withoutStop } from './wordTests.ts';

/**
 * The name `mention` completes a title before it, over "for" or "to": "Minister for Housing",
 * "Envoy to Ukraine". It is the title's portfolio or post, not someone who speaks.
 */
export function completesTitle(tokens: readonly Token[], mention: Mention): boolean {
  return mention.kind !== 'person' && linksTitle(tokens, mention.first - 1);
}

/**
 * Token `k` is the "for" or "to" that links a capitalised title to its portfolio or post:
 * "Minister for Housing", "Ambassador to the UN", "Secretary of State for Health".
 */
export function linksTitle(tokens: readonly Token[], k: number): boolean {
  const link = tokens[k];
  const title = tokens[k - 1];
  const next = tokens[k + 1];
  return (
    link !== undefined &&
    /^(?:for|to)$/.test(link.lower) &&
    link.blank &&
    title !== undefined &&
    title.blank &&
    title.capitalised &&
    (isRoleNoun(title.lower) || TITLES.has(title.lower)) &&
    next !== undefined &&
    (next.capitalised || next.lower === 'the')
  );
}

/** The organisation named among tokens `[from, to)`, if any. */
export function organisationIn(
  paragraph: ParagraphNarration,
  from: number,
  to: number,
): Mention | null {
  for (let t = from; t < to; t++) {
    const mention = paragraph.mentionByFirst.get(t);
    if (mention?.kind === 'organisation' && mention.last < to) return mention;
  }
  return null;
}

/**
 * "according to the Russian foreign ministry": an institution named in lower case after a name
 * or an adjective of place, read forward from token `s`.
 */
export function institutionAfter(
  paragraph: ParagraphNarration,
  s: number,
  limit: number,
): Subject | null {
  const { tokens } = paragraph;
  let k = DETERMINERS.has(tokens[s]?.lower ?? '') ? s + 1 : s;
  const phrase: Token[] = [];
  while (k < tokens.length && phrase.length < 6) {
    const token = tokens[k] as Token;
    if (token.start >= limit) break;
    const fits =
      token.capitalised ||
      TITLES.has(token.lower) ||
      ROLE_MODIFIERS.has(token.lower) ||
      ORGANISATION_WORDS.has(token.lower);
    if (!fits) break;
    phrase.push(token);
    if (!token.blank) break;
    k++;
  }
  const last = phrase[phrase.length - 1];
  if (!last || last.capitalised || !ORGANISATION_WORDS.has(last.lower)) return null;
  if (!phrase.some((part) => part.capitalised && !COMMON_CAPITALISED.has(part.lower))) return null;
  return { kind: 'organisation', words: spelled(phrase), at: (phrase[0] as Token).start };
}

/** A phrase's words as written, possessives kept inside it: "Saudi Arabia's delegation". */
export function spelled(phrase: readonly Token[]): string[] {
  return mapPacked(phrase, (part, index) =>
    part.possessive && index < phrase.length - 1 ? `${part.word}'s` : part.word,
  );
}

/** A name as the subject, from its determiner and the role words before it ("the Kremlin spokesperson Dmitry Peskov"). */
export function mentionSubject(
  tokens: readonly Token[],
  mention: Mention,
  min: number,
): { subject: Subject; from: number } {
  const from = Math.max(min, leadingDeterminer(tokens, mention.first, min));
  return { subject: { kind: 'mention', mention }, from: roleStart(tokens, from, min) };
}

/** The title before "of" and the place `mention`: "Duke" in "The Duke of Sussex". */
export function titleBeforePlace(
  tokens: readonly Token[],
  mention: Mention,
  min: number,
): { token: Token; index: number } | undefined {
  const link = tokens[mention.first - 1];
  const title = tokens[mention.first - 2];
  if (mention.first - 2 < min || link?.lower !== 'of' || !link.blank || !title?.blank) return;
  return title.capitalised && TITLES.has(title.lower)
    ? { token: title, index: mention.first - 2 }
    : undefined;
}

/** The person named just before "of" or "from" and the name `mention`: "Rep. Ana Ruiz of Texas". */
export function personBeforePlace(
  paragraph: ParagraphNarration,
  mention: Mention,
  min: number,
): Mention | null {
  const { tokens } = paragraph;
  // "R Ashoka of the BJP said": the institution may take an article.
  const first = tokens[mention.first - 1]?.lower === 'the' ? mention.first - 1 : mention.first;
  const link = tokens[first - 1];
  if (first - 2 < min || !link?.blank) return null;
  if (link.lower !== 'of' && link.lower !== 'from') return null;
  const person = paragraph.mentionByLast.get(first - 2);
  if (person?.kind === 'person' && (tokens[first - 2] as Token).blank) return person;
  return null;
}

/**
 * "Economist Bhima Yudhistira of the Center of Economic and Law Studies said", "Wen-Ti Sung of the
 * Atlantic Council's Global China Hub said": the person before "of" and a long institution's
 * name, whose last words the mention reader took for a name of their own.
 */
export function personBeforeInstitution(
  paragraph: ParagraphNarration,
  mention: Mention,
  min: number,
): Mention | null {
  const { tokens } = paragraph;
  for (let k = mention.first - 1; k - 1 >= min && k >= mention.first - 10; k--) {
    const token = tokens[k] as Token;
    if (token.lower === 'of' || token.lower === 'from') {
      const person = paragraph.mentionByLast.get(k - 1);
      const before = tokens[k - 1] as Token;
      // "Chief Electoral Officer of Delhi R Alice Vaz": a title before "of" is no person.
      const titled = isRoleNoun(before.lower) || TITLES.has(before.lower);
      if (person?.kind === 'person' && before.blank && !titled) return person;
    }
    if (!token.capitalised && !/^(?:of|and|the|for|on|&)$/.test(token.lower)) return null;
  }
  return null;
}

/**
 * "the president of the Chamber of Commerce", "the head of the Retail Council": a definite role
 * noun and "of" before an organisation; the role, the organisation's words in it, or null.
 */
export function officerOf(
  tokens: readonly Token[],
  mention: Mention,
  min: number,
): { subject: Subject; from: number } | null {
  const link = mention.first - (tokens[mention.first - 1]?.lower === 'the' ? 2 : 1);
  const noun = tokens[link - 1];
  if (tokens[link]?.lower !== 'of' || !noun || noun.capitalised || !isRoleNoun(noun.lower))
    return null;
  // "The chief executive of Thames Water", "The new chairman of the FCC": up to two lower-case
  // words between the article and the noun only describe the role.
  let the = link - 2;
  while (the >= link - 3 && the >= min && modifierWord(tokens[the] as Token)) the--;
  const article = tokens[the];
  if (the < min || article?.lower !== 'the' || !article.blank || !noun.blank) return null;
  return {
    subject: {
      kind: 'role',
      words: [...mapPacked(spelled(tokens.slice(link, mention.last + 1)), withoutStop), noun.lower],
      definite: true,
      at: article.start,
    },
    from: the,
  };
}
