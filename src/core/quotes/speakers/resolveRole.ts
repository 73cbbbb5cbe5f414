/**
 * Role subjects: "the latter", a surname alone ("Player said"), a document ("the statement
 * said") and role epithets ("the press secretary", "the company", "the 22-year-old"), resolved to
 * the person or organisation introduced with the role, or, failing that, like a pronoun.
 */

import { isRoleNoun } from '../subjects/roleNouns.ts';
import type { Subject } from '../subjects/subject.ts';
import { AGE } from '../subjects/wordTests.ts';
import { DOCUMENT_NOUNS, ORGANISATION_WORDS, SECTOR_NOUNS } from '../lexicon/organisations.ts';
import {
  CHILD_NOUNS,
  GENDERED_PEOPLE,
  KIN_NOUNS,
  SPOKESPEOPLE,
  PLAYER_POSITIONS,
  ROLE_NOUNS,
} from '../lexicon/roles.ts';
import { TITLES } from '../lexicon/titles.ts';
import type { Entity } from '../registry/entity.ts';
import { firstNameGender } from '../firstNames.ts';
import { courtNamedBefore, documentSpeaker } from './documentIssuers.ts';
import { lastNamedPerson } from './lastNamed.ts';
import { introducedLater, introducedNext, organisationNamedNext } from './ledeSubjects.ts';
import {
  institutionNamedBefore,
  organisationOpening,
  recentOrganisation,
} from './organisationReferences.ts';
import {
  fitting,
  INSTITUTION_KINDS,
  namesFirm,
  PLACE_INSTITUTIONS,
  spokespersonFor,
} from './organisationSpeakers.ts';
import { resolvePronoun, type PronounHistory } from './resolvePronoun.ts';
import type { Resolution } from './resolution.ts';
import {
  byRole,
  contradicts,
  holdsRole,
  isPlural,
  ofOtherParty,
  onTheBench,
} from './roleReferences.ts';
import { yearsOf } from './statedAges.ts';
import { introducedUnnamed, withheldName } from './unnamedSpeakers.ts';

/** What role resolution asks of a resolver beyond what pronouns do. */
export type RoleHistory = PronounHistory & {
  /** The person last given the age `age` ("22") before `at`. */
  personAged(age: string, at: number): Entity | null;
  /** The children given an age before `at` ("Danny Kowalczyk, 12,"), of `gender` if known. */
  childrenBefore(at: number, gender: 'male' | 'female' | undefined): Entity[];
  /** The article gave `entity` a grown-up's age or relation ("his father") before `at`. */
  grownUp(entity: Entity, at: number): boolean;
  /** Some name in the paragraphs the resolver sees (the story's) stands for `entity`. */
  namedHere(entity: Entity): boolean;
  /** The person last described with the noun `noun` ("a farmer") before `at`. */
  personDescribedAs(noun: string, at: number): Entity | null;
  /** Records that someone unnamed ("a Red Cross worker") spoke at `at`. */
  noteUnnamedSpeaker(at: number): void;
};

/**
 * Resolves a role subject for a quotation whose question, if any, `asker` asked: the one
 * answering is not the asker. `asking`: the quotation itself asks a question, so someone
 * unnamed who asks it is no speaker the answer goes on with ("one reporter asked").
 */
export function resolveRole(
  resolver: RoleHistory,
  subject: Extract<Subject, { kind: 'role' }>,
  paragraphIndex: number,
  asker: Entity | null,
  asking = false,
): Resolution {
  // "Satwik was tired, while Chirag was elated. "…," the latter said.": the person named
  // last before it.
  if (subject.words.length === 1 && subject.words[0] === 'latter') {
    const entity = lastNamedPerson(
      resolver.narration,
      resolver.registry,
      subject.at,
      paragraphIndex,
    );
    return { entity, attribution: entity ? 'role' : 'unknown' };
  }
  // "Gary Player won the Masters. … "…," Player said.": a capitalised word no name was read
  // in is only ever the surname of someone named in full before.
  if (subject.surname) {
    const entity = resolver.registry.personBySurname(subject.words[0] ?? '', subject.at);
    if (entity || !ROLE_NOUNS.has(subject.words[0] ?? ''))
      return { entity, attribution: entity ? 'named' : 'unknown' };
  }
  // "the statement said": a document speaks for whoever was just heard issuing it.
  const noun = subject.words[subject.words.length - 1] ?? '';
  if (DOCUMENT_NOUNS.has(noun)) return documentSpeaker(resolver, noun, subject.at, paragraphIndex);
  // "the new assistant secretary said": a definite role nobody was introduced with is, like
  // a pronoun, the person the passage is about; "the victim's father said" is not: a
  // relative is someone else's.
  const role = subject.words[subject.words.length - 1] ?? '';
  // "the headteacher, who did not want to be named, said": someone the story will not name
  // is nobody it named before.
  if (!SPOKESPEOPLE.has(role) && withheldName(resolver.narration[paragraphIndex], subject.at)) {
    resolver.noteUnnamedSpeaker(subject.at);
    return { entity: null, attribution: 'unknown' };
  }
  // "the Minister for Health said" is only someone introduced with that portfolio.
  const portfolio = subject.words.some(
    (word, index) => index > 0 && (word === 'for' || word === 'to'),
  );
  // "Emma Raducanu, 22, …. Her coach, Nick Cavaday, said …. "…," the 22-year-old added.":
  // the person the article gave that age, not whoever spoke last.
  const age = subject.definite ? subject.words.find((word) => AGE.test(word)) : undefined;
  const ofAge = age ? resolver.personAged(yearsOf(age), subject.at) : null;
  if (ofAge) return { entity: ofAge, attribution: 'role' };
  const describable =
    subject.definite &&
    !portfolio &&
    !introducedUnnamed(resolver.narration, role, subject.at, paragraphIndex) &&
    !isPlural(role) &&
    !KIN_NOUNS.has(role);
  const nearest = describable ? personMeant(resolver, subject, role, paragraphIndex, asker) : null;
  // "Another Labour MP said" is not the Labour MP already quoted.
  const heldAnywhere = subject.fresh ? null : byRole(resolver.registry, subject.words, subject.at);
  // "Cage Coach Quits at Bradley" ¶ "…," the 46-year-old coach told: a role is never held by
  // a person only the story before the headline named.
  // A body ("the committee") may be the one another story named.
  const held =
    heldAnywhere && (heldAnywhere.kind !== 'person' || resolver.namedHere(heldAnywhere))
      ? heldAnywhere
      : null;
  // "Kerrigan asked. "No, sir," the witness replied.": the one answering is not the asker.
  const holder = held === asker ? null : held;
  // "Otto Brummel, a farmer from near Assaria, … County agent Dale Whitford … "…," the farmer
  // said": the person the article described with that noun, not whoever was named last.
  const describedAs = holder || subject.fresh ? null : resolver.personDescribedAs(role, subject.at);
  const described = describedAs === asker ? null : describedAs;
  // "Dimon said … "…," the 69-year-old executive said": of several holding the role, the
  // person the passage is about.
  const office = subject.words.filter((word) => !AGE.test(word));
  const aboutHolder =
    holder && nearest && holdsRole(nearest, office) && !contradicts(nearest, subject.words)
      ? nearest
      : null;
  // "Goldman Sachs … the bank said. … Maruti Suzuki reported …, the company said": the
  // firm heard or named last, not the one that was "the company" before it.
  const lastFirm =
    holder?.kind === 'organisation' && namesFirm(role)
      ? (fitting(recentOrganisation(resolver, subject.at, paragraphIndex), role) ??
        organisationOpening(
          resolver.narration,
          resolver.registry,
          subject.at,
          paragraphIndex,
          role,
          false,
        ))
      : null;
  // "A spokesman for Georgia Power said …. "…," the spokesman said.": the spokesperson
  // introduced before speaks for the organisation named with them (and for no one the
  // engine can name when that was a person: "A spokesman for Senator Jim Tallow").
  const introducedFor =
    SPOKESPEOPLE.has(role) && subject.definite
      ? spokespersonFor(resolver.narration, resolver.registry, subject.at, paragraphIndex)
      : null;
  if (introducedFor && !introducedFor.entity && !holder && !described)
    return { entity: null, attribution: 'unknown' };
  // "the miner said" may be the mining company; "A miner who survived said" is someone.
  const trade = SECTOR_NOUNS.has(role) && !subject.fresh;
  // "… convicted Frank Costello's former bookkeeper, and the judge called him "…"" ¶ "U.S.
  // District Judge Sylvester J. Ryan sentenced …": a lede's role is the person introduced
  // with it in the paragraphs after, not the one the lede names.
  // "the judge", "his lawyer", "his brother": someone the story will name, not "a senior
  // party leader", "the Minister for Finance" (a portfolio) or "the company".
  const personal =
    subject.fresh !== true &&
    !portfolio &&
    !isPlural(role) &&
    (isRoleNoun(role) || KIN_NOUNS.has(role)) &&
    !ORGANISATION_WORDS.has(role) &&
    !SECTOR_NOUNS.has(role);
  const introducedWithRole =
    holder || !personal
      ? null
      : introducedLater(resolver.narration, resolver.registry, role, subject.at, paragraphIndex);
  const entity =
    // "A bench of Justices Surya Kant and N Kotiswar Singh said …. "…," the bench asked.":
    // a bench speaks for its court.
    (role === 'bench'
      ? courtNamedBefore(resolver.narration, resolver.registry, subject.at, paragraphIndex)
      : null) ??
    lastFirm ??
    aboutHolder ??
    holder ??
    described ??
    introducedWithRole ??
    // ... unless the article gave that person another role: "the prime minister insisted"
    // after a paragraph about a Labour MP is not the MP.
    (nearest && !contradicts(nearest, subject.words) ? nearest : null) ??
    // "A spokesman for Georgia Power said …. "…," the spokesman said.": the spokesperson
    // introduced before speaks for the organisation named with them.
    (introducedFor ? introducedFor.entity : null) ??
    // "The Crown Prosecution Service said … A spokesperson said: "…"": an unnamed
    // spokesperson speaks for the organisation just heard.
    (ORGANISATION_WORDS.has(role) || trade || SPOKESPEOPLE.has(role)
      ? fitting(recentOrganisation(resolver, subject.at, paragraphIndex), role)
      : null) ??
    (ORGANISATION_WORDS.has(role) || trade
      ? organisationOpening(resolver.narration, resolver.registry, subject.at, paragraphIndex, role)
      : null) ??
    (PLACE_INSTITUTIONS.has(role) && !subject.fresh
      ? institutionNamedBefore(resolver.narration, resolver.registry, subject.at, paragraphIndex)
      : null);
  // "Boeing … the company said": Boeing is a company from then on (and so no union).
  if (
    entity?.kind === 'organisation' &&
    (INSTITUTION_KINDS.some((kind) => kind.has(role)) || SECTOR_NOUNS.has(role)) &&
    !entity.roles.includes(role)
  )
    resolver.registry.addRole(entity, role);
  // "A federal judge on Friday ordered … ¶ U.S. District Judge Jamal Whitehead issued …": a
  // lede's unnamed subject is the person the next paragraph introduces.
  const introduced = entity
    ? null
    : introducedNext(
        resolver.narration,
        resolver.registry,
        subject.words,
        subject.at,
        paragraphIndex,
        subject.definite,
        subject.fresh === true,
      );
  if (introduced) return { entity: introduced, attribution: 'role' };
  // "… and the city's water utility has warned … "…"" ¶ "Johannesburg Water spokesperson
  // Kabelo Tshabalala said": a lede's body by its kind is the one the next paragraph names.
  const bodyNamedNext =
    entity || subject.fresh === true || !(ORGANISATION_WORDS.has(role) || trade)
      ? null
      : organisationNamedNext(resolver.narration, resolver.registry, subject.at, paragraphIndex);
  if (bodyNamedNext) return { entity: bodyNamedNext, attribution: 'role' };
  // "a Red Cross worker said", "one volunteer said"; "Mayor North said" is a title used
  // as a name the engine could not resolve, no one unnamed.
  if (
    !entity &&
    !subject.definite &&
    !asking &&
    (subject.fresh === true || !subject.words.some((word) => TITLES.has(word)))
  )
    resolver.noteUnnamedSpeaker(subject.at);
  return { entity, attribution: entity ? 'role' : 'unknown' };
}

/**
 * The person a definite role noun that no office holder answers stands for, as a pronoun would:
 * "the boy" is the one child given an age, "the woman" someone of that gender, "the veteran" the
 * person the passage is about (never the asker, a coach for "the opener", or another party's).
 */
function personMeant(
  resolver: RoleHistory,
  subject: Extract<Subject, { kind: 'role' }>,
  role: string,
  paragraphIndex: number,
  asker: Entity | null,
): Entity | null {
  const personGender = GENDERED_PEOPLE.get(role);
  // "Danny Kowalczyk, 12, … Danny's father, Stanley Kowalczyk, … "…," the boy said": a child
  // is nobody the article gave a grown-up's age or relation.
  const ageFits = (entity: Entity) =>
    !CHILD_NOUNS.has(role) || !resolver.grownUp(entity, subject.at);
  // "So says Danny Kowalczyk, 12, …. "…," the youngster said": the child the article gave an
  // age; of two sisters, 12 and 10, "the girl" is neither.
  const children = CHILD_NOUNS.has(role) ? resolver.childrenBefore(subject.at, personGender) : [];
  const child = children.length === 1 && children[0] !== asker ? (children[0] as Entity) : null;
  if (child || children.length >= 2) return child;
  return personGender
    ? personDescribed(resolver, personGender, subject.at, paragraphIndex, asker, ageFits)
    : resolvePronoun(
        resolver,
        'he',
        subject.at,
        paragraphIndex,
        false,
        // "Rohit Sharma struck a century. Coach Gautam Gambhir praised the team. "…,"
        // the 37-year-old opener said": a player is not the one on the bench.
        // "the former Middlesbrough midfielder" may be the manager now.
        // "The Congress MP said" is not the BJP spokesperson quoted last.
        (entity) =>
          entity !== asker &&
          ageFits(entity) &&
          !(
            PLAYER_POSITIONS.has(role) &&
            !subject.words.includes('former') &&
            onTheBench(entity)
          ) &&
          !ofOtherParty(entity, subject.words),
      );
}

/**
 * "Billy Joe Tatum, 12, … Mrs. Rosa Tatum, 66, … "…," the woman said": the person a gendered
 * person noun stands for, as its pronoun would: someone known to have that gender first, else a
 * person whose given name is either gender's ("Billy", "Tommy"); never a place or a body.
 */
function personDescribed(
  resolver: RoleHistory,
  gender: 'male' | 'female',
  at: number,
  paragraphIndex: number,
  asker: Entity | null,
  fits: (entity: Entity) => boolean,
): Entity | null {
  const pronoun = gender === 'female' ? 'she' : 'he';
  const person = (entity: Entity): boolean =>
    entity !== asker && entity.kind === 'person' && fits(entity);
  const tiers = [
    (entity: Entity) => person(entity) && entity.gender === gender,
    (entity: Entity) =>
      person(entity) &&
      entity.gender === null &&
      firstNameGender(entity.name.slice(0, entity.name.indexOf(' '))) === null,
  ];
  for (const accepts of tiers) {
    const entity = resolvePronoun(resolver, pronoun, at, paragraphIndex, true, accepts);
    if (entity) return entity;
  }
  return null;
}
