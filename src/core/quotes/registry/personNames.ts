/**
 * The article's people by the parts of their names (surname, given name, middle name, the words
 * that open or close a longer name), and which of them a short name stands for.
 */

import { mapPacked } from '../../text/mapPacked.ts';
import { HYPHENED_PARTICLE } from '../lexicon/nameParticles.ts';
import type { Mention } from '../mentions/mention.ts';
import type { Entity } from './entity.ts';
import {
  GENERATIONS,
  kinRole,
  otherThan,
  particledSurname,
  suffixKey,
  surnameIndex,
} from './namesakes.ts';
import { index, indexAt, lowerCase } from './registryIndexes.ts';

/** One to three initials: "J.", "JFK", "J.R." */
const INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;
/** A capitalised word of three letters or more. */
const CAPITALISED_NAME = /^\p{Lu}\p{Ll}{2,}$/u;

/** The registry's people by the parts of their names, and what tells namesakes apart. */
export type PersonNames = {
  /** Full personal names by their last and by their first word, lower-case. */
  readonly bySurname: Map<string, Entity[]>;
  readonly byFirstName: Map<string, Entity[]>;
  /** "Lula" after "Luiz Inacio Lula da Silva": middle names the article may use alone. */
  readonly byMiddleName: Map<string, Entity[]>;
  /**
   * Every person of three words or more by each run of two words or more that opens or closes
   * the name short of its whole (lower-case, joined by a character no word holds), so that
   * `longerPerson` reads only the people a name may stand for, not every person so far.
   */
  readonly byPart: Map<string, Entity[]>;
  /** Where each person is first named in full as no phrase's object: a sentence's subject. */
  readonly firstSubjectAt: Map<Entity, number>;
  /** People named only inside quotations. */
  readonly quotedOnly: Set<Entity>;
};

/** Indexes a person just added to the registry under the short forms of the name. */
export function indexPerson(names: PersonNames, entity: Entity): void {
  indexParts(names.byPart, entity);
  const { words } = entity;
  if (words.length < 2) return;
  index(names.bySurname, words[surnameIndex(words)], entity);
  index(names.byFirstName, words[0], entity);
  // "YS Jagan Mohan Reddy" is also "Jagan": the given name after leading initials.
  const given = words.findIndex((word) => !INITIALS.test(word));
  if (given > 0 && given < words.length - 1) index(names.byFirstName, words[given], entity);
  // "Erik ten Hag" is also "ten Hag" and "Ten Hag"; "Louis van Gaal" is "Van Gaal".
  const particled = particledSurname(words);
  if (particled) index(names.bySurname, particled, entity);
  // "Majed al-Ansari" is also "Ansari".
  const surname = words[surnameIndex(words)] ?? '';
  if (HYPHENED_PARTICLE.test(surname))
    index(names.bySurname, surname.replace(/^[^-]+-/, ''), entity);
  // "Lula" after "Luiz Inacio Lula da Silva": a middle name the article may use alone.
  for (const middle of words.slice(1, -1))
    if (CAPITALISED_NAME.test(middle)) index(names.byMiddleName, middle, entity);
}

/** Indexes `person` under each run of words that opens or closes the name (see `byPart`). */
function indexParts(byPart: Map<string, Entity[]>, person: Entity): void {
  const lower = mapPacked(person.words, lowerCase);
  for (let length = 2; length < lower.length; length++)
    for (const key of [
      lower.slice(0, length).join('\u0001'),
      lower.slice(lower.length - length).join('\u0001'),
    ])
      indexAt(byPart, key, person);
}

/**
 * "Tej Pratap" after "Tej Pratap Yadav", "Priyanka Gandhi" after "Priyanka Gandhi Vadra": a
 * name of two or more words that opens or closes exactly one known person's longer name is
 * that person.
 */
export function longerPerson(names: PersonNames, words: readonly string[]): Entity | null {
  if (words.length < 2) return null;
  let found: Entity | null = null;
  for (const person of names.byPart.get(words.map(lowerCase).join('\u0001')) ?? []) {
    const offset = person.words.length - words.length;
    if (
      offset > 0 &&
      // "Bhutto Zardari" after "Bilawal Bhutto Zardari": or its closing words.
      (words.every((word, i) => lowerCase(word) === lowerCase(person.words[i] ?? '')) ||
        words.every((word, i) => lowerCase(word) === lowerCase(person.words[offset + i] ?? '')))
    ) {
      if (found) return null;
      found = person;
    }
  }
  return found;
}

/**
 * The surname of the family a relative at `mentions[m]` belongs to: that of the nearest name
 * before it, among the last few, that is a surname of someone named in full ("At Shepard's
 * home in Virginia Beach, his wife, Louise,").
 */
export function familySurname(
  names: PersonNames,
  mentions: readonly Mention[],
  m: number,
): string | undefined {
  for (let k = m - 1; k >= 0 && k >= m - 6; k--) {
    const { kind, words, oblique } = mentions[k] as Mention;
    // "in Virginia Beach": a full name inside a phrase is more likely a place's.
    if (kind === 'organisation' || (oblique && words.length > 1)) continue;
    const surname = words[surnameIndex(words)] ?? '';
    if (names.bySurname.has(surname.toLowerCase())) return surname;
  }
  return undefined;
}

/** The full names a short name ("Patel", "van Gaal") may stand for. */
export function namesakesOf(names: PersonNames, spelled: readonly string[]): readonly Entity[] {
  // "Pruitt Jr." is the namesake with that suffix.
  const suffixed = spelled.length === 2 && surnameIndex(spelled) === 0;
  if (suffixed) {
    const suffix = suffixKey(spelled[1] ?? '');
    return namesakesOf(names, spelled.slice(0, 1)).filter(
      (entity) => suffixKey(entity.words[entity.words.length - 1] ?? '') === suffix,
    );
  }
  const words = spelled;
  const word = (
    words.length === 1 ? (words[0] ?? '') : (particledSurname(words, 0) ?? '')
  ).toLowerCase();
  if (!word) return [];
  const middle = names.byMiddleName.get(word);
  return (
    names.bySurname.get(word) ??
    names.byFirstName.get(word) ??
    (middle?.length === 1 ? middle : undefined) ??
    []
  );
}

/**
 * The person named in full whom a short name (`words` at offset `at`) stands for: of several
 * namesakes, the one an honorific's `gender`, a generation or a title in `role` points to, or
 * else the one the article made a sentence's subject and no one's relative.
 */
export function fuller(
  names: PersonNames,
  words: readonly string[],
  at: number,
  gender: Entity['gender'] = null,
  role: string | null = null,
): Entity | null {
  const named = namesakesOf(names, words);
  // "Mrs. Lopez" after "Maria Lopez and her husband, Daniel Lopez": the honorific's gender
  // tells the two apart.
  const matching = gender ? named.filter((entity) => entity.gender !== otherThan(gender)) : [];
  const gendered = matching.length > 0 ? matching : named;
  // "Ronald Pruitt Jr. … "Ron Pruitt coached these kids," his lawyer said. … Pruitt replied":
  // a name heard only inside someone's words is the surname's last resort.
  const narrated = gendered.filter((entity) => !names.quotedOnly.has(entity));
  const candidates = narrated.length > 0 ? narrated : gendered;
  if (candidates.length <= 1) return candidates[0] ?? null;
  const known = candidates.filter((entity) => entity.firstAt <= at);
  if (known.length === 0) return candidates[0] ?? null;
  // "The senior Abdullah" after "Farooq Abdullah and his son Omar Abdullah": the parent, and
  // "the younger Abdullah" the child.
  const generation = role ? GENERATIONS.get(role.toLowerCase()) : undefined;
  const ofGeneration = generation
    ? known.filter(
        (entity) =>
          generation.test(entity.name) || entity.roles.some((stated) => generation.test(stated)),
      )
    : [];
  if (ofGeneration.length > 0) return ofGeneration[ofGeneration.length - 1] ?? null;
  // "Solicitor General Tushar Mehta … Justices Vikram Nath, Sandeep Mehta … Justice Mehta
  // asked": a title says which namesake, the one holding it or else the one with no other.
  const title = role?.toLowerCase().split(' ').at(-1) ?? '';
  if (title && !GENERATIONS.has(title)) {
    const holding = known.filter((entity) =>
      entity.roles.some((stated) => stated.toLowerCase().split(' ').includes(title)),
    );
    const free = known.filter((entity) => entity.roles.length === 0);
    if (holding.length === 1) return holding[0] ?? null;
    if (holding.length === 0 && free.length === 1 && known.length > 1) return free[0] ?? null;
  }
  // "Joe Biden … with his wife, Jill Biden. "…," Biden said": of namesakes, one introduced as
  // another's relative is named by the surname alone only when nobody else bears it; and one
  // only ever named inside a phrase ("the deaths of Walter Finch") only when nobody else does.
  // Tiers, best first: a principal subject, a subject, a principal, anyone; the last of the
  // best tier anyone is in. One pass from the end, with no closure per call (each would also
  // cost a `__name` call under tsx).
  let chosen: Entity | null = null;
  let chosenTier = 4;
  for (let k = known.length - 1; k >= 0 && chosenTier > 0; k--) {
    const entity = known[k] as Entity;
    const subject = (names.firstSubjectAt.get(entity) ?? Infinity) <= at;
    const principal = !entity.roles.some(kinRole);
    const tier = subject ? (principal ? 0 : 1) : principal ? 2 : 3;
    if (tier < chosenTier) {
      chosen = entity;
      chosenTier = tier;
    }
  }
  return chosen;
}
