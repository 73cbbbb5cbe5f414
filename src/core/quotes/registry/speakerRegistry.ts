/**
 * The speaker registry: one entity per person or organisation an article names, with short forms
 * (surname, title and surname, acronym) mapped to the fullest name, and roles and genders per
 * entity.
 */

import { mapPacked } from '../../text/mapPacked.ts';
import { firstNameGender } from '../firstNames.ts';
import { HYPHENED_PARTICLE } from '../lexicon/nameParticles.ts';
import { ORGANISATION_WORDS } from '../lexicon/organisations.ts';
import { capitalsOf } from '../mentions/acronyms.ts';
import type { Mention } from '../mentions/mention.ts';
import type { Entity } from './entity.ts';
import {
  FAMILY_GENDERS,
  surnameIndex,
  particledSurname,
  suffixKey,
  otherThan,
  GENERATIONS,
  kinRole,
} from './namesakes.ts';
import {
  index,
  lowerCase,
  headOf,
  inverted,
  endings,
  indexAt,
  namesByOpening,
} from './registryIndexes.ts';
import { acronymsOf } from './entityAcronyms.ts';

/** Canonical names for one article: short mentions ("Peskov", "PM Modi") map to full ones. */
export type SpeakerRegistry = {
  /** The entity a name refers to at offset `at`, creating it when the article has no fuller name. */
  resolve(words: readonly string[], at: number, kind: Entity['kind']): Entity;
  /** The entity a mention refers to, or null for a single word that names nobody known. */
  fromMention(mention: Mention): Entity | null;
  /** Every full name a short mention may stand for ("Patel": Maya Patel, Raj Patel). */
  namesakes(mention: Mention): readonly Entity[];
  /** The person named in full before `at` whom a surname alone stands for, if any. */
  personBySurname(surname: string, at: number): Entity | null;
  /**
   * Entities with a stated role ending in the given words ("press secretary"), or organisations
   * whose name ends in them ("the jury" → "Riverton County Grand Jury"), earliest first.
   */
  withRole(roleWords: readonly string[]): Entity[];
  /** States one more role for an entity of this registry (once). */
  addRole(entity: Entity, role: string): void;
  entities(): Entity[];
};

/**
 * Builds the registry from every mention in the narration, in document order. `quotedNames` are
 * full names that occur only inside quotations ("like Peter Askington, for instance"): they
 * give short names their full form but are not taken as speakers.
 */
export function buildSpeakerRegistry(
  mentions: readonly Mention[],
  quotedNames: readonly Mention[] = [],
): SpeakerRegistry {
  return new Registry(mentions, quotedNames);
}

/**
 * The registry's indexes and rules as one class: an article builds one, and methods, unlike the
 * closures a factory would make per article, cost nothing to make (under tsx each closure also
 * cost a `__name` call).
 */
class Registry implements SpeakerRegistry {
  private readonly byKey = new Map<string, Entity>();
  /** Full personal names by their last and by their first word, lower-case. */
  private readonly bySurname = new Map<string, Entity[]>();
  private readonly byFirstName = new Map<string, Entity[]>();
  private readonly byMiddleName = new Map<string, Entity[]>();

  /**
   * Every entity in the order it was named (`byKey`'s) and its position there, and the entities
   * by every ending of a role ("secretary", "press secretary") and of their name, by position.
   */
  private readonly ordered: Entity[] = [];
  private readonly position = new Map<Entity, number>();
  private readonly byRoleEnding = new Map<string, number[]>();
  private readonly byNameEnding = new Map<string, number[]>();

  private readonly people: Entity[] = [];
  /**
   * Every person of three words or more by each run of two words or more that opens or closes
   * the name short of its whole (lower-case, joined by a character no word holds), so that
   * `longerPerson` reads only the people a name may stand for, not every person so far.
   */
  private readonly byPart = new Map<string, Entity[]>();

  /** Where each person is first named in full as no phrase's object: a sentence's subject. */
  private readonly firstSubjectAt = new Map<Entity, number>();
  /**
   * "his wife, Louise," after "Alan Shepard": a relative named by a given name alone, who bears
   * the surname of the person named before.
   */
  private readonly relatives = new Map<Mention, Entity>();
  /** People named only inside quotations. */
  private readonly quotedOnly = new Set<Entity>();

  /**
   * The people the mentions name, for `acronyms`, and the entities by acronym ("PHS" after "the
   * Public Health Service"), made on first use: few articles ask.
   */
  private readonly mentionedPeople: readonly Entity[];
  private acronyms: Map<string, Entity> | null = null;
  // "Allied Arts" after "Allied Arts Corporation": an organisation's name shortened from the end.
  private readonly organisations: readonly Entity[];
  // The first of them by each lower-case opening of its name that ends at a space ("allied
  // arts "), made on first use: one look-up per short name, where a search lower-cased every
  // organisation's name for each one (quadratic in a long text).
  private byOpening: Map<string, Entity> | null = null;

  constructor(mentions: readonly Mention[], quotedNames: readonly Mention[]) {
    mentions.forEach((mention, m) => {
      if (mention.kind === 'person' && mention.words.length >= 2) {
        const entity = this.add(mention.words, mention.start, 'person');
        if (!mention.oblique && !this.firstSubjectAt.has(entity))
          this.firstSubjectAt.set(entity, mention.start);
      }
      const kin = FAMILY_GENDERS.get(mention.role?.toLowerCase() ?? '');
      const surname =
        kin && mention.words.length === 1 ? this.familySurname(mentions, m) : undefined;
      if (mention.kind === 'person' && kin && surname) {
        // Named as the article names them ("Louise"), but "Mrs. Shepard" is found by the surname.
        const entity = this.add(mention.words, mention.start, 'person');
        entity.gender ??= kin;
        index(this.bySurname, surname, entity);
        this.relatives.set(mention, entity);
      }
      if (mention.kind === 'organisation') this.add(mention.words, mention.start, 'organisation');
    });
    for (const mention of quotedNames) {
      if (mention.kind !== 'person' || mention.words.length < 2) continue;
      const known =
        this.byKey.has(`person:${mention.name.toLowerCase()}`) || this.longerPerson(mention.words);
      const entity = this.add(mention.words, mention.start, 'person');
      if (!known) this.quotedOnly.add(entity);
    }

    this.mentionedPeople = [...this.people];
    this.organisations = [...this.byKey.values()].filter(
      (entity) => entity.kind === 'organisation',
    );

    // Roles and genders: the first the article states for each entity wins.
    for (const mention of mentions) {
      const entity =
        mention.kind === 'unknown'
          ? this.fuller(mention.words, mention.start)
          : this.fromMention(mention);
      if (!entity) continue;
      for (const role of [mention.role, mention.office, ...mention.descriptors])
        if (role) this.addRole(entity, role);
      // "Miss Thornton", "Mrs. John A. Smith": an honorific's gender outweighs the given name's
      // (society copy names a wife by her husband's name).
      const honorific =
        mention.gender !== null &&
        mention.gender !== (firstNameGender(mention.words[0] ?? '') ?? null) &&
        entity.words.length === mention.words.length;
      if (honorific) entity.gender = mention.gender;
      else entity.gender ??= mention.gender;
    }
  }

  resolve(words: readonly string[], at: number, kind: Entity['kind']): Entity {
    return (
      this.expanded(words) ??
      (kind === 'person' ? this.fuller(words, at) : this.longerOrganisation(words)) ??
      this.byKey.get(`${kind}:${words.join(' ').toLowerCase()}`) ??
      this.add(words, at, kind)
    );
  }

  fromMention(mention: Mention): Entity | null {
    const relative = this.relatives.get(mention);
    if (relative) return relative;
    const acronym = this.expanded(mention.words);
    if (acronym) return acronym;
    // "Prince William spoke. … the Prince of Wales said": a peer's title is the person introduced
    // with that title before, when there is one.
    const peer =
      mention.words[1] === 'of' ? this.titledBefore(mention.words[0] ?? '', mention.start) : null;
    if (peer) return peer;
    // "Sherry House … House said": an institution's word that is a known person's surname.
    const bearer =
      mention.kind === 'organisation' && mention.words.length === 1
        ? (this.bySurname.get((mention.words[0] ?? '').toLowerCase()) ?? [])
        : [];
    if (bearer.length === 1) return bearer[0] ?? null;
    // "The Election Commission … the Commission said": an institution's head noun alone names
    // the one institution of that kind the article named before.
    const head = mention.words.length === 1 ? (mention.words[0] ?? '').toLowerCase() : '';
    const headed = ORGANISATION_WORDS.has(head)
      ? this.organisations.filter(
          (entity) =>
            entity.words.length > 1 &&
            entity.firstAt < mention.start &&
            (entity.words.at(-1) ?? '').toLowerCase() === head,
        )
      : [];
    if (mention.kind === 'organisation' && headed.length === 1) return headed[0] ?? null;
    if (mention.kind === 'organisation')
      return this.resolve(mention.words, mention.start, 'organisation');
    const known =
      this.fuller(mention.words, mention.start, mention.gender, mention.role) ??
      // "Allied Arts said" after "Allied Arts Corporation", "Starbucks said" after "Starbucks
      // Corp": a company's name without its legal suffix, when it opens with no given name.
      (firstNameGender(mention.words[0] ?? '') === undefined
        ? this.withLegalSuffix(mention.words)
        : null) ??
      this.byKey.get(`person:${mention.name.toLowerCase()}`);
    if (known) return known;
    return mention.kind === 'person' ? this.add(mention.words, mention.start, 'person') : null;
  }

  namesakes(mention: Mention): readonly Entity[] {
    return this.namesakesOf(mention.words);
  }

  personBySurname(surname: string, at: number): Entity | null {
    const person = this.fuller([surname], at);
    return person && person.firstAt < at && person.words.length > 1 ? person : null;
  }

  withRole(roleWords: readonly string[]): Entity[] {
    const wanted = roleWords.join(' ').toLowerCase();
    // The entities a role or an organisation's name ends in, earliest first.
    const byRole = this.byRoleEnding.get(wanted) ?? [];
    const byName = (this.byNameEnding.get(wanted) ?? []).filter(
      (n) => (this.ordered[n] as Entity).kind === 'organisation',
    );
    return mapPacked(
      [...new Set([...byRole, ...byName])].sort((a, b) => a - b),
      (n) => this.ordered[n] as Entity,
    );
  }

  addRole(entity: Entity, role: string): void {
    if (entity.roles.includes(role)) return;
    (entity.roles as string[]).push(role);
    const n = this.position.get(entity);
    if (n === undefined) return;
    const lower = lowerCase(role);
    // "Secretary of Health, Education and Welfare" is "the secretary"; "Minister for Housing"
    // is "the housing minister".
    for (const text of [lower, headOf(lower), inverted(lower)])
      for (const ending of endings(text)) indexAt(this.byRoleEnding, ending, n);
  }

  entities(): Entity[] {
    return [...this.byKey.values()];
  }

  private indexParts(person: Entity): void {
    const lower = mapPacked(person.words, lowerCase);
    for (let length = 2; length < lower.length; length++)
      for (const key of [
        lower.slice(0, length).join('\u0001'),
        lower.slice(lower.length - length).join('\u0001'),
      ])
        indexAt(this.byPart, key, person);
  }

  /**
   * "Tej Pratap" after "Tej Pratap Yadav", "Priyanka Gandhi" after "Priyanka Gandhi Vadra": a
   * name of two or more words that opens or closes exactly one known person's longer name is
   * that person.
   */
  private longerPerson(words: readonly string[]): Entity | null {
    if (words.length < 2) return null;
    let found: Entity | null = null;
    for (const person of this.byPart.get(words.map(lowerCase).join('\u0001')) ?? []) {
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

  private add(words: readonly string[], at: number, kind: Entity['kind']): Entity {
    const name = words.join(' ');
    const lower = name.toLowerCase();
    const key = `${kind}:${lower}`;
    const existing = this.byKey.get(key) ?? (kind === 'person' ? this.longerPerson(words) : null);
    if (existing) return existing;
    const entity: Entity = {
      name,
      words: [...words],
      roles: [],
      kind,
      // A known first name implies a gender ("Barbara"); honorifics may set it later.
      gender: kind === 'person' ? (firstNameGender(words[0] ?? '') ?? null) : null,
      firstAt: at,
    };
    this.byKey.set(key, entity);
    this.position.set(entity, this.ordered.length);
    this.ordered.push(entity);
    for (const ending of endings(lower))
      indexAt(this.byNameEnding, ending, this.ordered.length - 1);
    if (kind === 'person') {
      this.people.push(entity);
      this.indexParts(entity);
    }
    if (kind === 'person' && words.length >= 2) {
      index(this.bySurname, words[surnameIndex(words)], entity);
      index(this.byFirstName, words[0], entity);
      // "YS Jagan Mohan Reddy" is also "Jagan": the given name after leading initials.
      const given = words.findIndex((word) => !/^(?:\p{Lu}\.?){1,3}$/u.test(word));
      if (given > 0 && given < words.length - 1) index(this.byFirstName, words[given], entity);
      // "Erik ten Hag" is also "ten Hag" and "Ten Hag"; "Louis van Gaal" is "Van Gaal".
      const particled = particledSurname(words);
      if (particled) index(this.bySurname, particled, entity);
      // "Majed al-Ansari" is also "Ansari".
      const surname = words[surnameIndex(words)] ?? '';
      if (HYPHENED_PARTICLE.test(surname))
        index(this.bySurname, surname.replace(/^[^-]+-/, ''), entity);
      // "Lula" after "Luiz Inacio Lula da Silva": a middle name the article may use alone.
      for (const middle of words.slice(1, -1))
        if (/^\p{Lu}\p{Ll}{2,}$/u.test(middle)) index(this.byMiddleName, middle, entity);
    }
    return entity;
  }

  /**
   * The surname of the family a relative at `mentions[m]` belongs to: that of the nearest name
   * before it, among the last few, that is a surname of someone named in full ("At Shepard's
   * home in Virginia Beach, his wife, Louise,").
   */
  private familySurname(mentions: readonly Mention[], m: number): string | undefined {
    for (let k = m - 1; k >= 0 && k >= m - 6; k--) {
      const { kind, words, oblique } = mentions[k] as Mention;
      // "in Virginia Beach": a full name inside a phrase is more likely a place's.
      if (kind === 'organisation' || (oblique && words.length > 1)) continue;
      const surname = words[surnameIndex(words)] ?? '';
      if (this.bySurname.has(surname.toLowerCase())) return surname;
    }
    return undefined;
  }

  /** The full names a short name ("Patel", "van Gaal") may stand for. */
  private namesakesOf(spelled: readonly string[]): readonly Entity[] {
    // "Pruitt Jr." is the namesake with that suffix.
    const suffixed = spelled.length === 2 && surnameIndex(spelled) === 0;
    if (suffixed) {
      const suffix = suffixKey(spelled[1] ?? '');
      return this.namesakesOf(spelled.slice(0, 1)).filter(
        (entity) => suffixKey(entity.words[entity.words.length - 1] ?? '') === suffix,
      );
    }
    const words = spelled;
    const word = (
      words.length === 1 ? (words[0] ?? '') : (particledSurname(words, 0) ?? '')
    ).toLowerCase();
    if (!word) return [];
    const middle = this.byMiddleName.get(word);
    return (
      this.bySurname.get(word) ??
      this.byFirstName.get(word) ??
      (middle?.length === 1 ? middle : undefined) ??
      []
    );
  }

  private fuller(
    words: readonly string[],
    at: number,
    gender: Entity['gender'] = null,
    role: string | null = null,
  ): Entity | null {
    const named = this.namesakesOf(words);
    // "Mrs. Lopez" after "Maria Lopez and her husband, Daniel Lopez": the honorific's gender
    // tells the two apart.
    const matching = gender ? named.filter((entity) => entity.gender !== otherThan(gender)) : [];
    const gendered = matching.length > 0 ? matching : named;
    // "Ronald Pruitt Jr. … "Ron Pruitt coached these kids," his lawyer said. … Pruitt replied":
    // a name heard only inside someone's words is the surname's last resort.
    const narrated = gendered.filter((entity) => !this.quotedOnly.has(entity));
    const candidates = narrated.length > 0 ? narrated : gendered;
    if (candidates.length <= 1) return candidates[0] ?? null;
    const known = candidates.filter((entity) => entity.firstAt <= at);
    if (known.length === 0) return candidates[0] ?? null;
    // "The senior Abdullah" after "Farooq Abdullah and his son Omar Abdullah": the parent, and
    // "the younger Abdullah" the child.
    const generation = role ? GENERATIONS.get(role.toLowerCase()) : undefined;
    const ofGeneration = generation
      ? known.filter((entity) => entity.roles.some((stated) => generation.test(stated)))
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
      const subject = (this.firstSubjectAt.get(entity) ?? Infinity) <= at;
      const principal = !entity.roles.some(kinRole);
      const tier = subject ? (principal ? 0 : 1) : principal ? 2 : 3;
      if (tier < chosenTier) {
        chosen = entity;
        chosenTier = tier;
      }
    }
    return chosen;
  }

  private titledBefore(title: string, at: number): Entity | null {
    let found: Entity | null = null;
    for (const person of this.people)
      if (person.firstAt < at && person.words[1] !== 'of' && person.roles.includes(title))
        found = person;
    return found;
  }

  // "TfGM" after "Transport for Greater Manchester": an acronym may spell its small words small.
  private expanded(words: readonly string[]): Entity | null {
    const capitals = words.length === 1 ? capitalsOf(words[0] ?? '') : '';
    if (capitals.length < 2) return null;
    this.acronyms ??= acronymsOf(this.mentionedPeople, this.organisations);
    return this.acronyms.get(capitals) ?? null;
  }

  // "Allied Arts" is "the Allied Arts Council"; "the United Nations", a body's whole name, is not
  // "the United Nations Emergency Force".
  private longerOrganisation(words: readonly string[]): Entity | null {
    if (ORGANISATION_WORDS.has(words.at(-1)?.toLowerCase() ?? '')) return null;
    this.byOpening ??= namesByOpening(this.organisations);
    return this.byOpening.get(`${words.join(' ').toLowerCase()} `) ?? null;
  }

  // "Kessler said" after "Kessler Outdoor Inc": or with a word of trade before the suffix.
  private withLegalSuffix(words: readonly string[]): Entity | null {
    const longer = this.longerOrganisation(words);
    const suffix =
      longer && longer.words.length <= words.length + (words.length === 1 ? 3 : 1)
        ? longer.words.at(-1)
        : undefined;
    return suffix && LEGAL_SUFFIXES.has(suffix.toLowerCase().replace(/\.$/, '')) ? longer : null;
  }
}

/** The words that end a company's legal name: "Allied Arts Corporation", "Tata Sons Limited". */
const LEGAL_SUFFIXES = new Set(
  'corporation corp company co inc incorporated group limited ltd llc plc holdings'.split(' '),
);
