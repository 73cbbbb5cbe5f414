/**
 * Reads one capitalised run as a mention: where the name starts and ends, its kind (person,
 * organisation or unknown), its role, gender and grammatical hints.
 *
 * The stages, in order: where the name starts (nameStart.ts), the titles before it
 * (splitTitles.ts), its words (spellName.ts), the runs that name no one (namesNoOne.ts), an
 * organisation's words (organisationNames.ts), the kind (nameKind.ts), then the mention itself.
 */

import { nationalityBefore } from '../nationalities.ts';
import { partyTag } from '../partyTags.ts';
import type { Token } from '../tokenize.ts';
import { PORTFOLIO_WORDS } from '../lexicon/titles.ts';
import { firstNameGender } from '../firstNames.ts';
import type { Mention } from './mention.ts';
import { MALE_HONORIFICS, FEMALE_HONORIFICS } from './nameWords.ts';
import { bare, homeTown } from './tokenTests.ts';
import { peerTitle, surnameTitle } from './peerTitles.ts';
import { nameStart, type NameStart } from './nameStart.ts';
import { splitTitles } from './splitTitles.ts';
import { spellName } from './spellName.ts';
import {
  officerAfterArticle,
  namesNoOne,
  institutionLetters,
  onlyRoles,
  describesOpening,
} from './namesNoOne.ts';
import { joinPartyLetter, namesOrganisation, dropDatelinePlace } from './organisationNames.ts';
import { nameKind } from './nameKind.ts';
import type { RunReading } from './runReading.ts';
import {
  isAfterPreposition,
  insideBrackets,
  insideTitle,
  titlePhraseStart,
  isCoordinated,
} from './runContext.ts';
import { modifiesRole } from './roleModifiers.ts';
import { roleOf, electedRole } from './roleOf.ts';

/** The mention the capitalised run `[from, to]` makes, or null when it names no one. */
export function readRun(tokens: readonly Token[], from: number, to: number): Mention | null {
  const start = nameStart(tokens, from, to);
  if (!start) return null;
  const peer = peerTitle(tokens, from, start.first, to);
  if (peer) return peer;
  const { first, titles, institution } = splitTitles(tokens, from, start.first, to);
  if (officerAfterArticle(tokens, from, first, to, titles)) return null;
  const name = spellName(tokens, first, to, titles);
  if (namesNoOne(tokens, from, name)) return null;
  // "Deputy Director Agriculture (Extension) Rana Muhammad Arshad": a portfolio after a title
  // ends the title; it is no one's name.
  if (titles.length > 0 && name.words.length === 1 && PORTFOLIO_WORDS.has(name.lastLower))
    return null;
  const titleSurname = surnameTitle(tokens, first, to);
  const letters = institutionLetters(tokens, from, name);
  if (!titleSurname && !letters && onlyRoles(name)) return null;
  if (describesOpening(tokens, from, to, name)) return null;
  // Read before a dateline's place leaves the words ("Moscow TASS").
  const givenFirst = name.words.length >= 2 && firstNameGender(name.words[0] ?? '') !== undefined;
  const party = joinPartyLetter(tokens, name);
  const organisation = party || institution || namesOrganisation(tokens, first, name, givenFirst);
  dropDatelinePlace(name);
  const run: RunReading = { tokens, from, to, first, titles, name };
  const kind = nameKind(run, {
    organisation,
    givenFirst,
    titleSurname,
    letters,
    initialA: start.initialA,
  });
  if (!kind) return null;
  return mentionOf(run, kind, start);
}

/** The mention of a run whose kind is known. */
function mentionOf(run: RunReading, kind: Mention['kind'], start: NameStart): Mention {
  const { tokens, from, to, first, titles } = run;
  const { words, lone, last, suffixEnd } = run.name;
  // Read before a generational suffix joins the words.
  const givenName = words.length >= 2 ? firstNameGender(words[0] ?? '') : undefined;
  // "Marvin Harrison Jr.", "Ronald Pruitt Sr.": a person's generational suffix stays in the name,
  // which tells a son from his father.
  if (kind === 'person')
    for (let k = last + 1; k <= suffixEnd; k++) words.push((tokens[k] as Token).word);
  const { placeLed } = start;
  // "Rep. Alma Reedy of Gary, a Democrat,": what follows a home town describes the person.
  const described = kind === 'person' && !homeTown(tokens, first);
  return {
    start: (tokens[first] as Token).start,
    end: (tokens[to] as Token).start + (tokens[to] as Token).word.length,
    name: words.join(' '),
    words,
    kind,
    role: described
      ? roleOf(tokens, placeLed > from ? tokens.slice(from, placeLed) : [], titles, from, to)
      : null,
    office: kind === 'person' ? electedRole(tokens, to) : null,
    gender:
      honorificGender(titles) ??
      (kind === 'person'
        ? ((words.length === 1 ? firstNameGender(lone) : givenName) ?? null)
        : null),
    first,
    last: to,
    oblique: isOblique(run, start),
    coordinated: isCoordinated(tokens, from, to),
    descriptors: described
      ? [...partyTag(tokens, to, titles.at(-1)?.word ?? ''), ...nationalityBefore(tokens, from)]
      : [],
  };
}

/** The gender an honorific among the titles gives ("Mr", "Mrs"), or null. */
function honorificGender(titles: readonly Token[]): 'male' | 'female' | null {
  const honorific = titles.find(
    (token) => MALE_HONORIFICS.has(bare(token)) || FEMALE_HONORIFICS.has(bare(token)),
  );
  return honorific ? (MALE_HONORIFICS.has(bare(honorific)) ? 'male' : 'female') : null;
}

/** Inside a prepositional phrase, a possessive or brackets: not the subject of its sentence. */
function isOblique(run: RunReading, start: NameStart): boolean {
  const { tokens, from, to, titles } = run;
  return (
    (tokens[to] as Token).possessive ||
    // "Williams' cousin": a plural possessive.
    (/^['’] /.test((tokens[to] as Token).gap) && /s$/.test((tokens[to] as Token).lower)) ||
    // "(NC)", "(D., N.C.)": a bracketed acronym only restates or places the name before it.
    insideBrackets(tokens, from) ||
    ((start.governed || isAfterPreposition(tokens, from)) &&
      !insideTitle(tokens, from, titles.length) &&
      start.placeLed < 0) ||
    // "an attack on Lok Sabha Leader of Opposition Rahul Gandhi": the title is governed.
    (insideTitle(tokens, from, titles.length) &&
      isAfterPreposition(tokens, titlePhraseStart(tokens, from))) ||
    modifiesRole(tokens, to)
  );
}
