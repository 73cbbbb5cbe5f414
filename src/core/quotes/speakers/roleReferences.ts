/**
 * Which person a definite role ("the press secretary", "the Congress MP", "the four-time champion")
 * stands for: the roles each entity holds, in every spelling, and those that rule it out.
 */

import { memoised } from '../../text/memoised.ts';
import { mapPacked } from '../../text/mapPacked.ts';
import {
  BENCH_STAFF,
  SEATS,
  SPOKESPEOPLE,
  ROLE_ACRONYMS,
  ROLE_SYNONYMS,
  ROLE_NOUNS,
} from '../lexicon/roles.ts';
import { PARTIES } from '../lexicon/organisations.ts';
import { PLACES } from '../lexicon/places.ts';
import { TITLES } from '../lexicon/titles.ts';
import type { Entity } from '../registry/entity.ts';
import type { SpeakerRegistry } from '../registry/speakerRegistry.ts';

/** Role nouns that never tell two people apart: a minister can also be the party's leader. */
const GENERIC_ROLES = new Set([
  'leader',
  'chief',
  'head',
  'counterpart',
  'official',
  'officer',
  'member',
  'affairs',
  'representative',
]);

/** The article introduced the entity as a coach or a manager. */
export function onTheBench(entity: Entity): boolean {
  return entity.roles.some((role) => BENCH_STAFF.has(role.toLowerCase().split(' ').at(-1) ?? ''));
}

/**
 * The article gave the entity another office than the role `words` name: a Labour MP is not
 * "the prime minister", and nobody but a spokesperson is "the spokesman".
 */
export function contradicts(entity: Entity, words: readonly string[]): boolean {
  const role = words[words.length - 1] ?? '';
  if (otherCount(entity, words)) return true;
  // "the 35-year-old former deputy chief minister" may hold another office today.
  if (words.some((word) => FORMER.has(word))) return false;
  // "the minister said" is not someone introduced as a former minister.
  if (onlyFormerly(entity, role)) return true;
  // "the Deputy CM" is not the Chief Minister.
  const modifiers = words.filter((word) => OFFICE_MODIFIERS.has(word));
  if (
    modifiers.length > 0 &&
    entity.roles.length > 0 &&
    !entity.roles.some((stated) => modifiers.every((word) => stated.toLowerCase().includes(word)))
  )
    return true;
  // "the former Sri Lankan captain" may well be today's head coach.
  if (holdsRole(entity, [role])) return false;
  if (SPOKESPEOPLE.has(role)) return true;
  const heads = mapPacked(entity.roles, (stated) => stated.toLowerCase().split(' ').at(-1) ?? '');
  // "TMC national general secretary Abhishek Banerjee … the Diamond Harbour MP said": a seat in
  // a house is held beside a party's or a government's office.
  // "the Congress MP" is not the CPI(M) state secretary: a holder introduced with a role must
  // have the party the seat's qualifier names in it.
  const stated = entity.roles.flatMap((title) => title.toLowerCase().split(' '));
  const otherParty =
    stated.length > 0 && words.some((word) => PARTIES.has(word) && !stated.includes(word));
  if (SEATS.has(role) && !otherParty && !heads.some((head) => SEATS.has(head))) return false;
  const office = (word: string) => TITLES.has(word) && !GENERIC_ROLES.has(word);
  return office(role) && heads.length > 0 && heads.every(office);
}

/**
 * The role `words` name a party ("the Congress MP", "the Democratic leader") and the article
 * gave the entity another one ("BJP spokesperson", "South Dakota Republican").
 */
export function ofOtherParty(entity: Entity, words: readonly string[]): boolean {
  const named = mapPacked(words, party).filter((word) => word !== '');
  if (named.length === 0) return false;
  const stated = entity.roles.flatMap((role) => role.toLowerCase().split(' ').map(party));
  return stated.some((word) => word !== '') && !named.some((word) => stated.includes(word));
}

/** A party's word in one spelling ("democratic" → "democrat", "trinamool" → "tmc"), or ''. */
function party(word: string): string {
  const spelled = PARTY_SPELLINGS.get(word) ?? word;
  return PARTIES.has(spelled) ? spelled : '';
}

const PARTY_SPELLINGS = new Map([
  ['democratic', 'democrat'],
  ['democrats', 'democrat'],
  ['republicans', 'republican'],
  ['gop', 'republican'],
  ['trinamool', 'tmc'],
  ['samajwadi', 'sp'],
  ['tories', 'tory'],
  ['conservatives', 'conservative'],
  ['cpm', 'cpi(m)'],
  ['jdu', 'jd(u)'],
]);

/**
 * "the four-time champion" is not the seven-time world champion; with `strict`, nor a champion
 * the article gave no count (a count says which holder of the role it means).
 */
function otherCount(entity: Entity, words: readonly string[], strict = false): boolean {
  const counts = words.filter((word) => COUNT.test(word));
  return counts.some((count) =>
    strict
      ? !entity.roles.some((role) => role.toLowerCase().split(' ').includes(count))
      : entity.roles.some((role) => {
          const stated = role.toLowerCase().split(' ');
          return stated.some((word) => COUNT.test(word)) && !stated.includes(count);
        }),
  );
}

/** "four-time", "two-time": how often someone won what the role names. */
const COUNT = /^[\p{L}\d]+-times?$/u;

/** One of the entity's stated roles names `words` (or their acronym or expansion), in order. */
export function holdsRole(entity: Entity, words: readonly string[]): boolean {
  return (
    words.length > 0 && spellings(words).some((spelling) => holdsPlainly(entity, spelling, words))
  );
}

/**
 * `entity` was introduced with `spelling` and no office modifier before it that `words` lacks:
 * "Vice President JD Vance" does not hold "the president".
 */
function holdsPlainly(
  entity: Entity,
  spelling: readonly string[],
  words: readonly string[],
): boolean {
  return entity.roles.some((stated) => {
    const lower = ` ${stated.toLowerCase()} `;
    const at = lower.indexOf(` ${spelling.join(' ')} `);
    const before = lower.slice(0, at).trim().split(' ').at(-1) ?? '';
    return at >= 0 && !(OFFICE_MODIFIERS.has(before) && !words.includes(before));
  });
}

/** "the officials" stands for several people; "the MoS" or "the boss" for one. */
export function isPlural(role: string): boolean {
  return /s$/.test(role) && !ROLE_NOUNS.has(role) && !TITLES.has(role) && !/ss$/.test(role);
}

const FORMER = new Set(['former', 'ex', 'erstwhile', 'then']);

/** Every role of `entity` that names `noun` says it was held before: "former minister". */
function onlyFormerly(entity: Entity, noun: string): boolean {
  const naming = entity.roles.filter((role) =>
    role
      .toLowerCase()
      .split(/[\s-]+/)
      .includes(noun),
  );
  return (
    naming.length > 0 &&
    naming.every((role) =>
      role
        .toLowerCase()
        .split(/[\s-]+/)
        .some((word) => FORMER.has(word)),
    )
  );
}

/** "the Press Secretary" → the person introduced with that role; longest role match first. */
export function byRole(
  registry: SpeakerRegistry,
  words: readonly string[],
  at: number,
): Entity | null {
  // "the former Chief Minister" is not the Chief Minister.
  const former = words.some((word) => FORMER.has(word));
  // "the Egyptian minister" is not the Russian one: a stated nationality must be in the role.
  const places = words.filter((word) => PLACES.has(word));
  // "the four-time champion" is not the seven-time world champion.
  const fits = (entity: Entity) =>
    entity.firstAt <= at &&
    !otherCount(entity, words, true) &&
    (!former || entity.roles.some((role) => /\b(?:former|ex)\b/i.test(role))) &&
    // "the minister said" is not the former minister named since.
    (former || !onlyFormerly(entity, words.at(-1) ?? '')) &&
    places.every((place) =>
      entity.roles.some((role) => role.toLowerCase().split(' ').includes(place)),
    ) &&
    // "the TMC leader" is not the BJP leader.
    !ofOtherParty(entity, words);
  for (let from = 0; from < words.length; from++) {
    // "the Deputy CM" is not the CM.
    if (from > 0 && OFFICE_MODIFIERS.has(words[from - 1] ?? '')) break;
    for (const role of spellings(words.slice(from))) {
      const matches = registry.withRole(role).filter(fits);
      // "the chief minister said" after "Chief Minister Siddaramaiah and Deputy Chief Minister
      // D K Shivakumar": the holder without a modifier the role lacks.
      const plain = matches.filter((entity) => holdsPlainly(entity, role, words));
      const chosen = plain.length > 0 ? plain : matches;
      if (chosen.length > 0) return chosen[chosen.length - 1] ?? null;
    }
  }
  return null;
}

/** A role as written and as its acronym or expansion: "CM" and "chief minister" are one role. */
function spellings(words: readonly string[]): ReadonlyArray<readonly string[]> {
  // Kept by the words (joined by a character no word holds): every role reference asks again
  // for each of its tails, and each answer reads both role lists whole.
  return spellingsByWords(words.join('\u0001'));
}

const spellingsByWords = memoised((key): ReadonlyArray<readonly string[]> =>
  roleSpellings(key.split('\u0001')),
);

function roleSpellings(words: readonly string[]): Array<readonly string[]> {
  const wanted = words.join(' ');
  const alternatives: Array<readonly string[]> = [words];
  for (const names of [ROLE_ACRONYMS, ROLE_SYNONYMS]) {
    for (const [acronym, expansions] of names) {
      if (wanted === acronym) alternatives.push(...expansions.map((role) => role.split(' ')));
      else if (expansions.includes(wanted)) alternatives.push([acronym]);
    }
  }
  // "the commerce chief", "the police chief", "the union boss": the head of what the word
  // before names.
  const last = words[words.length - 1] ?? '';
  if (HEADS.has(last) && words.length > 1)
    for (const head of HEADED_BY) alternatives.push([...words.slice(0, -1), ...head.split(' ')]);
  // "the Deputy CM": an acronym inside a longer role.
  if (words.length > 1)
    for (const expansion of ROLE_ACRONYMS.get(last) ?? [])
      alternatives.push([...words.slice(0, -1), ...expansion.split(' ')]);
  return alternatives;
}

/** Words for the head of a body, and the offices they stand for. */
const HEADS = new Set(['chief', 'boss', 'head']);

const HEADED_BY = [
  'secretary',
  'minister',
  'commissioner',
  'president',
  'chairman',
  'general secretary',
  'chief executive',
];

/** Words that make a different office of the role after them. */
const OFFICE_MODIFIERS = new Set([
  'deputy',
  'vice',
  'assistant',
  'junior',
  'associate',
  'additional',
  'joint',
  'under',
]);
