/**
 * The speaker registry: one entity per person or organisation an article names, with short forms
 * (surname, title and surname, acronym) mapped to the fullest name, and roles and genders per
 * entity.
 */

import { mapPacked } from '../../text/mapPacked.ts';
import { firstNameGender } from '../firstNames.ts';
import { capitalsOf } from '../mentions/acronyms.ts';
import type { Mention } from '../mentions/mention.ts';
import type { Entity } from './entity.ts';
import { FAMILY_GENDERS } from './namesakes.ts';
import {
  familySurname,
  fuller,
  indexPerson,
  longerPerson,
  namesakesOf,
  type PersonNames,
} from './personNames.ts';
import { index, lowerCase, headOf, inverted, endings, indexAt } from './registryIndexes.ts';
import { acronymsOf } from './entityAcronyms.ts';
import {
  institutionsHeadedBy,
  longerOrganisation,
  withLegalSuffix,
  type OrganisationNames,
} from './organisationNames.ts';

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
 * The registry's indexes and rules as one class (the look-ups by part of a name are functions of
 * its `PersonNames` and `OrganisationNames`): an article builds one, and methods, unlike the
 * closures a factory would make per article, cost nothing to make (under tsx each closure also
 * cost a `__name` call).
 */
class Registry implements SpeakerRegistry {
  private readonly byKey = new Map<string, Entity>();
  /** The people by the parts of their names, and what tells namesakes apart. */
  private readonly names: PersonNames = {
    bySurname: new Map(),
    byFirstName: new Map(),
    byMiddleName: new Map(),
    byPart: new Map(),
    firstSubjectAt: new Map(),
    quotedOnly: new Set(),
  };

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
   * "his wife, Louise," after "Alan Shepard": a relative named by a given name alone, who bears
   * the surname of the person named before.
   */
  private readonly relatives = new Map<Mention, Entity>();

  /**
   * The people the mentions name, for `acronyms`, and the entities by acronym ("PHS" after "the
   * Public Health Service"), made on first use: few articles ask.
   */
  private readonly mentionedPeople: readonly Entity[];
  private acronyms: Map<string, Entity> | null = null;
  /** The organisations the mentions name, by the short forms of their names. */
  private readonly organisationNames: OrganisationNames;

  constructor(mentions: readonly Mention[], quotedNames: readonly Mention[]) {
    mentions.forEach((mention, m) => {
      if (mention.kind === 'person' && mention.words.length >= 2) {
        const entity = this.add(mention.words, mention.start, 'person');
        if (!mention.oblique && !this.names.firstSubjectAt.has(entity))
          this.names.firstSubjectAt.set(entity, mention.start);
      }
      // "his father, August,"; "Father Silveira" is a priest.
      const kin = FAMILY_GENDERS.get(mention.role ?? '');
      const surname =
        kin && mention.words.length === 1 ? familySurname(this.names, mentions, m) : undefined;
      if (mention.kind === 'person' && kin && surname) {
        // Named as the article names them ("Louise"), but "Mrs. Shepard" is found by the surname.
        const entity = this.add(mention.words, mention.start, 'person');
        entity.gender ??= kin;
        index(this.names.bySurname, surname, entity);
        this.relatives.set(mention, entity);
      }
      if (mention.kind === 'organisation') this.add(mention.words, mention.start, 'organisation');
    });
    for (const mention of quotedNames) {
      if (mention.kind !== 'person' || mention.words.length < 2) continue;
      const known =
        this.byKey.has(`person:${mention.name.toLowerCase()}`) ||
        longerPerson(this.names, mention.words);
      const entity = this.add(mention.words, mention.start, 'person');
      if (!known) this.names.quotedOnly.add(entity);
    }

    this.mentionedPeople = [...this.people];
    this.organisationNames = {
      organisations: [...this.byKey.values()].filter((entity) => entity.kind === 'organisation'),
      byOpening: null,
    };

    // Roles and genders: the first the article states for each entity wins.
    for (const mention of mentions) {
      const entity =
        mention.kind === 'unknown'
          ? fuller(this.names, mention.words, mention.start)
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
      (kind === 'person'
        ? fuller(this.names, words, at)
        : longerOrganisation(this.organisationNames, words)) ??
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
        ? (this.names.bySurname.get((mention.words[0] ?? '').toLowerCase()) ?? [])
        : [];
    if (bearer.length === 1) return bearer[0] ?? null;
    // "The Election Commission … the Commission said": an institution's head noun alone names
    // the one institution of that kind the article named before.
    const headed = institutionsHeadedBy(this.organisationNames, mention);
    if (mention.kind === 'organisation' && headed.length === 1) return headed[0] ?? null;
    if (mention.kind === 'organisation')
      return this.resolve(mention.words, mention.start, 'organisation');
    const known =
      fuller(this.names, mention.words, mention.start, mention.gender, mention.role) ??
      // "Allied Arts said" after "Allied Arts Corporation", "Starbucks said" after "Starbucks
      // Corp": a company's name without its legal suffix, when it opens with no given name.
      (firstNameGender(mention.words[0] ?? '') === undefined
        ? withLegalSuffix(this.organisationNames, mention.words)
        : null) ??
      this.byKey.get(`person:${mention.name.toLowerCase()}`);
    if (known) return known;
    return mention.kind === 'person' ? this.add(mention.words, mention.start, 'person') : null;
  }

  namesakes(mention: Mention): readonly Entity[] {
    return namesakesOf(this.names, mention.words);
  }

  personBySurname(surname: string, at: number): Entity | null {
    const person = fuller(this.names, [surname], at);
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

  private add(words: readonly string[], at: number, kind: Entity['kind']): Entity {
    const name = words.join(' ');
    const lower = name.toLowerCase();
    const key = `${kind}:${lower}`;
    const existing =
      this.byKey.get(key) ?? (kind === 'person' ? longerPerson(this.names, words) : null);
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
      indexPerson(this.names, entity);
    }
    return entity;
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
    this.acronyms ??= acronymsOf(this.mentionedPeople, this.organisationNames.organisations);
    return this.acronyms.get(capitals) ?? null;
  }
}
