/**
 * The subject named after an inverted reporting verb: `said Kremlin spokesperson Dmitry Peskov`,
 * `said he`, `said a statement from the Chief Minister's Office`.
 */

import { firstNameGender } from '../firstNames.ts';
import { HYPHENED_PARTICLE, NAME_PARTICLES } from '../lexicon/nameParticles.ts';
import { DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS } from '../lexicon/commonWords.ts';
import { DOCUMENT_NOUNS } from '../lexicon/organisations.ts';
import { PEOPLE, ROLE_MODIFIERS, ROLE_NOUNS, SPOKESPEOPLE } from '../lexicon/roles.ts';
import { TITLES } from '../lexicon/titles.ts';
import type { Mention } from '../mentions/mention.ts';
import { firstStartingAt, type ParagraphNarration } from '../narration.ts';
import type { Token } from '../tokenize.ts';
import type { Subject } from './subject.ts';
import { isRoleNoun, roleWords, roleAfterModifiers } from './roleNouns.ts';
import { closingBracket } from './appositives.ts';
import { issuerAfter } from './speaksFor.ts';
import { nameSetOffAfter, nameAfterRolePhrase } from './namesSetOffAfter.ts';
import { isNumberTen, DOWNING_STREET, AGE } from './wordTests.ts';
import { LONG_LOWER_WORD, LOWER_WORD } from '../../text/wordShapes.ts';

/** A lower-case word of four letters or more, hyphens allowed. */
const LONG_LOWER_HYPHENATED = /^\p{Ll}[\p{Ll}-]{3,}$/u;

/**
 * The last of one to three plain lower-case words from token `k` that end the clause ("grower.",
 * "filling station operator,"), no spokesperson or document (which speak for the name), or -1.
 */
function describedNoun(tokens: readonly Token[], k: number, limit: number): number {
  if (!(tokens[k - 1] as Token).blank) return -1;
  for (let j = k; j < k + 3; j++) {
    const token = tokens[j];
    if (!token || token.start >= limit || !LONG_LOWER_WORD.test(token.word)) return -1;
    // "according to an IMD statement": a document speaks for the name, as a spokesperson does.
    if (SPOKESPEOPLE.has(token.lower) || DOCUMENT_NOUNS.has(token.lower)) return -1;
    if (!token.blank) return /^[,.;]/.test(token.gap) ? j : -1;
  }
  return -1;
}

/** The subject named after an inverted verb: `said Kremlin spokesperson Dmitry Peskov`, `said he`. */
export function subjectAfter(
  paragraph: ParagraphNarration,
  s: number,
  limit: number,
): Subject | null {
  const { tokens, mentions } = paragraph;
  let k = s;
  const start = tokens[k];
  if (!start || start.start >= limit) return null;
  if (SUBJECT_PRONOUNS.has(start.lower))
    return { kind: 'pronoun', word: start.lower, at: start.start };
  // "said a Wilson County grower", "said one Pitt County tobacco farmer", "said a Lane
  // supporter": a name before a common noun only describes someone unnamed.
  const described = /^(?:a|an|one)$/.test(start.lower) ? paragraph.mentionByFirst.get(s + 1) : null;
  const noun = described ? describedNoun(tokens, described.last + 1, limit) : -1;
  if (noun > 0) {
    const words = [(tokens[noun] as Token).lower];
    return { kind: 'role', words, definite: false, at: start.start, fresh: true };
  }
  if (DETERMINERS.has(start.lower)) k++;
  // "said a visibly emotional Kumar", "said an emotional Sarah Lane": words describing the name.
  if (/^(?:a|an|the)$/.test(start.lower)) {
    let j = k;
    while (
      j < k + 3 &&
      LOWER_WORD.test(tokens[j]?.word ?? '') &&
      !isRoleNoun(tokens[j]?.lower ?? '') &&
      // "said a grocer on Greene Street": a place after a preposition describes no name.
      !PREPOSITIONS.has(tokens[j]?.lower ?? '')
    )
      j++;
    const described = paragraph.mentionByFirst.get(j);
    // "said an elderly Galveston man": the name only describes someone unnamed.
    const person = described ? tokens[described.last + 1] : undefined;
    if (
      start.lower !== 'the' &&
      person &&
      PEOPLE.has(person.lower) &&
      (tokens[described?.last ?? 0] as Token).blank
    )
      return { kind: 'role', words: [person.lower], definite: false, at: start.start };

    if (
      j > k &&
      described?.kind !== 'organisation' &&
      described &&
      described.start < limit &&
      // "said the former Middlesbrough midfielder": the name only says whose role.
      !isRoleNoun(tokens[described.last + 1]?.lower ?? '')
    )
      return { kind: 'mention', mention: described };
  }
  const issuer = issuerAfter(paragraph, k, limit);
  if (issuer) return issuer;
  // "said a spokesman for the railroad, Wallace J. Pruett.", "said the pastor, the Rev. Jack
  // Billings.": the name set off after the description speaks.
  const setOff = nameSetOffAfter(paragraph, k, limit) ?? nameSetOffAfter(paragraph, s, limit);
  if (setOff) return { kind: 'mention', mention: setOff };
  // "said a spokesman for the Department of Labor": the body, as "A spokesman for X said" is.
  const body = SPOKESPEOPLE.has(tokens[k]?.lower ?? '') ? bodyAfterFor(paragraph, k + 1) : null;
  if (body && body.start < limit) return { kind: 'mention', mention: body };
  // "said a No 10 spokeswoman".
  const spokesperson = tokens[k + 2];
  if (
    k > s &&
    spokesperson &&
    SPOKESPEOPLE.has(spokesperson.lower) &&
    isNumberTen(tokens.slice(k, k + 2))
  )
    return { kind: 'organisation', words: DOWNING_STREET, at: start.start };
  const phrase: Token[] = [];
  while (k < tokens.length && (tokens[k] as Token).start < limit && phrase.length < 12) {
    const token = tokens[k] as Token;
    if (!(
      token.capitalised ||
      // "says Zepto co-founder Aadit Palicha".
      isRoleNoun(token.lower) ||
      TITLES.has(token.lower) ||
      NAME_PARTICLES.has(token.lower) ||
      // "said Khalil al-Hayya", "said Abdel Fattah el-Sisi".
      HYPHENED_PARTICLE.test(token.word) ||
      // "said 19-year-old activist Txai Surui", "said veteran lawmaker Ada Brook".
      (phrase.length === 0 && (AGE.test(token.lower) || ROLE_MODIFIERS.has(token.lower))) ||
      // "said pensioner Brenda Walsh", "said mother-of-two Kelly Moore": a description right
      // before a given name.
      (phrase.length === 0 &&
        token.blank &&
        LONG_LOWER_HYPHENATED.test(token.word) &&
        tokens[k + 1]?.capitalised === true &&
        firstNameGender((tokens[k + 1] as Token).word) !== undefined) ||
      // "recalled farm union leader Balbir Rajewal": nouns that say which role.
      modifiesRole(tokens, k) ||
      // "said Minister of State for External Affairs Kirti Vardhan Singh".
      (/^(?:of|for)$/.test(token.lower) &&
        (phrase[phrase.length - 1]?.capitalised ?? false) &&
        tokens[k + 1]?.capitalised === true)
    ))
      break;
    phrase.push(token);
    k++;
    // "Brook's deputy": a possessive owner is followed by the role that names the speaker.
    const owned = tokens[k]?.lower ?? '';
    // "said Australia's Steve Smith": the owner is followed by the speaker's name.
    const continuesWithRole =
      token.possessive &&
      (isRoleNoun(owned) ||
        TITLES.has(owned) ||
        tokens[k]?.capitalised === true ||
        // "said Tuvalu's climate minister Maina Talia".
        modifiesRole(tokens, k));
    // "said Shiv Sena (UBT) leader Aaditya Thackeray": a short bracketed acronym inside the phrase.
    const bracketed = /^ \($/.test(token.gap) ? closingBracket(tokens, k) : -1;
    // "said Col (retd) Rajesh Sharma": or a retired officer's mark.
    const retired = /^(?:retd|retired|rtd)$/.test(tokens[k]?.lower ?? '');
    if (
      bracketed > 0 &&
      (isRoleNoun(tokens[bracketed]?.lower ?? '') || (retired && tokens[bracketed]?.capitalised))
    ) {
      k = bracketed;
      continue;
    }
    if (!token.blank || (token.possessive && !continuesWithRole)) break;
  }
  if (phrase.length === 0) return null;
  const first = phrase[0] as Token;
  const last = phrase[phrase.length - 1] as Token;
  const inside: Mention[] = [];
  for (let m = firstStartingAt(mentions, first.start); m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    if (mention.end > last.end + 2) break;
    if (!(tokens[mention.last] as Token).possessive) inside.push(mention);
  }
  // "said Kremlin spokesperson Dmitry Peskov", "said Shiv Sena leader Aaditya Thackeray": the
  // name after the role is the speaker, the names before it say whose role it is.
  const lastRole = phrase.findLastIndex(
    (token) => isRoleNoun(token.lower) || TITLES.has(token.lower),
  );
  const afterRole = lastRole >= 0 ? (phrase[lastRole] as Token).end : -1;
  const named = inside.filter((mention) => mention.kind !== 'organisation');
  // "said one Fed official": a phrase that ends with its role names no one; "Fed" only says whose.
  const endsWithRole = lastRole === phrase.length - 1 && isRoleNoun(last.lower);
  const person =
    named.find((mention) => mention.start > afterRole && mention.kind === 'person') ??
    named.find((mention) => mention.start > afterRole) ??
    (endsWithRole
      ? undefined
      : (inside.find((mention) => mention.kind === 'person') ??
        inside.find((mention) => mention.kind === 'unknown')));
  if (person) return { kind: 'mention', mention: person };
  // "said Brook's deputy, Ivo Varga": the name in apposition after the role.
  const appositive = nameAfterRolePhrase(paragraph, k, last, limit);
  if (appositive) return { kind: 'mention', mention: appositive };
  const organisation = inside.find((mention) => mention.kind === 'organisation');
  if (organisation && !ROLE_NOUNS.has(last.lower))
    return { kind: 'mention', mention: organisation };
  // "said the 24-year-old": an age alone describes the person too.
  if (ROLE_NOUNS.has(last.lower) || (phrase.length === 1 && AGE.test(last.lower)))
    return {
      kind: 'role',
      words: roleWords(phrase),
      definite: start.lower === 'the',
      at: first.start,
    };
  return null;
}

/** Token `k` is a plain word before a role noun one or two words on, with a name after it. */
function modifiesRole(tokens: readonly Token[], k: number): boolean {
  // "said Tamas Varga of oil broker PVM": a preposition opens an affiliation, not a role.
  if (PREPOSITIONS.has(tokens[k]?.lower ?? '')) return false;
  const role = roleAfterModifiers(tokens, k);
  return role > 0 && tokens[role + 1]?.capitalised === true;
}

/** The organisation named after "for" at token `k` ("for the Department of Labor"). */
function bodyAfterFor(paragraph: ParagraphNarration, k: number): Mention | null {
  const { tokens } = paragraph;
  if (tokens[k]?.lower !== 'for' || !(tokens[k] as Token).blank) return null;
  const at = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  const body = paragraph.mentionByFirst.get(at);
  return body?.kind === 'organisation' ? body : null;
}
