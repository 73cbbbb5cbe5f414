/**
 * Resolves cue subjects to entities (the SpeakerResolver an article makes): names through the
 * registry, pronouns (`resolvePronoun.ts`) and roles (`resolveRole.ts`) back to the person they
 * stand for, and who has spoken so far.
 */

import { reportingSubjects } from '../cues/reportingSubjects.ts';
import type { Subject } from '../subjects/subject.ts';
import type { Mention } from '../mentions/mention.ts';
import type { Token } from '../tokenize.ts';
import type { ParagraphNarration } from '../narration.ts';
import type { Entity } from '../registry/entity.ts';
import type { SpeakerRegistry } from '../registry/speakerRegistry.ts';
import { type SpeechEvent, firstAtOrAfter, noteOffset } from './speechHistory.ts';
import { type StatedAge, statedAges, yearsOf } from './statedAges.ts';
import { AGE } from '../subjects/wordTests.ts';
import { type StatedRole, statedRoles } from './statedRoles.ts';
import { entityOf } from './lastNamed.ts';
import { afterPlaceOpening } from './sentenceOpenings.ts';
import { opensWithUnnamed } from './unnamedSpeakers.ts';
import { spokespersonsFirm } from './organisationSpeakers.ts';
import { sentenceSubject } from './sentenceSubject.ts';
import { calledIt } from './organisationReferences.ts';
import { anyone, resolvePronounSubject } from './resolvePronoun.ts';
import { resolveRole, type RoleHistory } from './resolveRole.ts';
import { QUESTION_END } from './askers.ts';
import type { Resolution } from './resolution.ts';
import { CHILD_NOUNS, GROWN_UP_KIN } from '../lexicon/roles.ts';
/** How many earlier speech events a pronoun considers before giving up on gender or kind. */
const LOOKBACK_EVENTS = 50;

/** Honorifics no child is given: "Mrs. Lutz" is the mother, not the 9-year-old girl. */
const ADULT_HONORIFICS = new Set(['mr', 'mrs']);

/** The youngest age the rules take for a grown-up's: "the boy said" is nobody older. */
const GROWN_UP_AGE = 18;

/**
 * Resolves cue subjects to entities. Remembers who has spoken so far, because "he said" after a
 * paragraph that merely mentions other people still belongs to the person who is talking.
 */
export function createSpeakerResolver(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
): SpeakerResolver {
  return new SpeakerResolver(narration, registry);
}

/**
 * The resolver's state as one class, with the rules that read it beside it (`resolveRole`,
 * `resolvePronounSubject`): an article makes one, and methods, unlike the closures a factory
 * would make per article, cost nothing to make (under tsx each closure also cost a `__name` call).
 */
class SpeakerResolver implements RoleHistory {
  // Both lists are in document order: narration is read in order and quotations resolved in order.
  private readonly reported: SpeechEvent[] = [];
  /** The events of `reported` whose speaker is named after the verb, after a clause. */
  private readonly reportedAfterClause: SpeechEvent[] = [];
  private readonly quoted: SpeechEvent[] = [];
  /** Where quotations stood whose cue named someone the engine could not resolve. */
  readonly unresolved: number[] = [];
  /**
   * Where sentences start whose subject is someone unnamed who reports ("One nurse in Glasgow,
   * who asked not to be named, said …"): a pronoun after them is that person's.
   */
  readonly unnamedReports: number[] = [];
  /** Where an unnamed cue subject stood ("a Red Cross worker said"), for pronouns after it. */
  readonly unnamedSpeakers: number[] = [];
  /** Where sentences start whose unnamed subject is a spokesperson, and for which organisation. */
  readonly spokespeopleFor = new Map<number, Mention>();
  private readonly firstSpoke = new Map<Entity, number>();
  /** The people the article gives an age ("Emma Raducanu, 22,"), in order; read on first use. */
  private aged: StatedAge[] | null = null;
  /** The descriptions set off beside names ("Otto Brummel, a farmer,"); read on first use. */
  private described: StatedRole[] | null = null;
  /** The entities the resolver's paragraphs name; read on first use. */
  private named: Set<Entity> | null = null;

  constructor(
    readonly narration: readonly ParagraphNarration[],
    readonly registry: SpeakerRegistry,
  ) {
    for (const paragraph of narration)
      for (const { at, mention, inverted } of reportingSubjects(paragraph)) {
        const entity = entityOf(mention, registry);
        // "Boeing said in a statement that it was reviewing the claim": what is "it" is no person.
        if (
          entity?.kind === 'person' &&
          entity.words.length === 1 &&
          entity.gender === null &&
          entity.roles.length === 0 &&
          calledIt(paragraph.tokens, mention.last)
        )
          entity.kind = 'organisation';
        if (entity !== null) this.reported.push({ at, entity });
        if (entity !== null && inverted) this.reportedAfterClause.push({ at, entity });
      }
    for (const paragraph of narration) {
      const { tokens, sentences } = paragraph;
      // Sentences and tokens are both in order: one cursor walks the tokens once.
      let first = 0;
      for (const sentence of sentences) {
        while (first < tokens.length && (tokens[first] as Token).start < sentence.start) first++;
        // "In Washington, an ICC spokesman said": after a place set off before the subject.
        const opener = afterPlaceOpening(tokens, first);
        if (!opensWithUnnamed(tokens, opener, sentence.end)) continue;
        this.unnamedReports.push(sentence.start);
        // "A UAW spokesman said": someone unnamed who speaks for an organisation.
        const firm = spokespersonsFirm(paragraph, opener);
        if (firm) this.spokespeopleFor.set(sentence.start, firm);
      }
    }
    for (const { at, entity } of this.reported)
      if (!this.firstSpoke.has(entity)) this.firstSpoke.set(entity, at);
  }

  /** The last speech event before `at` whose speaker `fits`, reported or quoted. */
  lastSpeaker(at: number, fits: (entity: Entity) => boolean): SpeechEvent | null {
    let best: SpeechEvent | null = null;
    for (const events of [this.reported, this.quoted]) {
      const from = firstAtOrAfter(events, at) - 1;
      for (let i = from; i >= 0 && i > from - LOOKBACK_EVENTS; i--) {
        const event = events[i] as SpeechEvent;
        if (!fits(event.entity)) continue;
        if (!best || event.at > best.at) best = event;
        break;
      }
    }
    return best;
  }

  /** Whether `entity` was heard speaking before `at`. */
  hasSpoken(entity: Entity, at: number): boolean {
    return (this.firstSpoke.get(entity) ?? Infinity) < at;
  }

  /** The first entity named after a reporting verb that follows a clause, in [from, to). */
  reportedIn(from: number, to: number): Entity | null {
    const event = this.reportedAfterClause[firstAtOrAfter(this.reportedAfterClause, from)];
    return event && event.at < to ? event.entity : null;
  }

  /** The last entity quoted in [from, to): a sentence with a quotation is about its speaker. */
  quotedIn(from: number, to: number): Entity | null {
    const index = firstAtOrAfter(this.quoted, to) - 1;
    const event = this.quoted[index];
    return event && event.at >= from ? event.entity : null;
  }

  /**
   * Resolves a cue's subject for a quotation; `quoted` is the quotation's text, so that a
   * pronoun never goes to someone the quotation names ("'Rob has been brilliant,' he added"), and
   * `asker` is whoever asked the question the quotation answers, who is not the one answering.
   */
  resolve(
    subject: Subject | null,
    paragraphIndex: number,
    quoted = '',
    asker: Entity | null = null,
  ): Resolution {
    if (!subject) return { entity: null, attribution: 'unknown' };
    switch (subject.kind) {
      case 'mention': {
        const aged = this.agedNewcomer(subject.mention, paragraphIndex);
        if (aged) return { entity: aged, attribution: 'role' };
        const entity = this.grownUpNamesake(subject.mention, paragraphIndex);
        return { entity, attribution: entity ? 'named' : 'unknown' };
      }
      case 'organisation':
        return {
          entity: this.registry.resolve(subject.words, subject.at, 'organisation'),
          attribution: 'named',
        };
      case 'role':
        return resolveRole(this, subject, paragraphIndex, asker, QUESTION_END.test(quoted));
      case 'pronoun':
        return resolvePronounSubject(this, subject, paragraphIndex, quoted, asker);
      default: {
        const unreachable: never = subject;
        return unreachable;
      }
    }
  }

  /** The ages the article gives people, in order; read on first use. */
  private ages(): StatedAge[] {
    return (this.aged ??= statedAges(this.narration, this.registry));
  }

  /** The descriptions set off beside names, in order; read on first use. */
  private descriptions(): StatedRole[] {
    return (this.described ??= statedRoles(this.narration, this.registry));
  }

  /** The age the article last gave `entity` before `at`, in years, if any. */
  private ageOf(entity: Entity, at: number): number | undefined {
    const age = this.ages().findLast((stated) => stated.entity === entity && stated.at < at)?.age;
    return age === undefined ? undefined : Number(age);
  }

  /**
   * The person last given the age `age` before `at`: "Emma Raducanu, 22,", "22-year-old Emma
   * Raducanu".
   */
  personAged(age: string, at: number): Entity | null {
    return this.ages().findLast((stated) => stated.age === age && stated.at < at)?.entity ?? null;
  }

  /**
   * "Tom Hale, 26, … "…," the 26-year-old Glaswegian said": one capitalised word after "the" and
   * an age, which the article never used before, is where the person is from, not a name; the
   * person given that age speaks. Null otherwise ("the 22-year-old Tomasso" after "Carlo
   * Tomasso").
   */
  private agedNewcomer(mention: Mention, paragraphIndex: number): Entity | null {
    const tokens = this.narration[paragraphIndex]?.tokens;
    const age = tokens?.[mention.first - 1];
    if (
      !tokens ||
      mention.first !== mention.last ||
      !age?.blank ||
      !AGE.test(age.lower) ||
      tokens[mention.first - 2]?.lower !== 'the' ||
      (entityOf(mention, this.registry)?.firstAt ?? mention.start) < mention.start
    )
      return null;
    return this.personAged(yearsOf(age.lower), mention.start);
  }

  /**
   * The person `mention` names; of namesakes, "Mrs. Lutz" and "Mr. Lutz" are never the child
   * the article gave an age ("The girl, Patricia Lutz, 9, … Her mother, Mrs. Anna Lutz, …").
   */
  private grownUpNamesake(mention: Mention, paragraphIndex: number): Entity | null {
    const entity = entityOf(mention, this.registry);
    const tokens = this.narration[paragraphIndex]?.tokens;
    const title = tokens?.[mention.first - 1];
    if (
      !entity ||
      tokens?.[mention.first]?.start !== mention.start ||
      !ADULT_HONORIFICS.has(title?.lower.replace(/\.$/, '') ?? '') ||
      !this.isChild(entity, mention.start)
    )
      return entity;
    return (
      this.registry
        .namesakes(mention)
        .findLast(
          (namesake) =>
            namesake !== entity &&
            namesake.firstAt < mention.start &&
            !this.isChild(namesake, mention.start),
        ) ?? entity
    );
  }

  /**
   * The article last gave `entity` an age under 18 before `at`, or else described it as a child
   * ("The girl, Patricia Lutz,").
   */
  private isChild(entity: Entity, at: number): boolean {
    const age = this.ageOf(entity, at);
    if (age !== undefined) return age < GROWN_UP_AGE;
    return this.descriptions().some(
      (stated) =>
        stated.entity === entity &&
        stated.at < at &&
        stated.words.some((word) => CHILD_NOUNS.has(word)),
    );
  }

  /**
   * The children given an age before `at` ("Danny Kowalczyk, 12,"), of `gender` if given: each
   * once, in the order the article last gave their age.
   */
  childrenBefore(at: number, gender: 'male' | 'female' | undefined): Entity[] {
    const other = gender === 'male' ? 'female' : 'male';
    const children: Entity[] = [];
    for (const { at: stated, age, entity } of this.ages())
      if (
        stated < at &&
        Number(age) < GROWN_UP_AGE &&
        (gender === undefined || entity.gender !== other) &&
        !children.includes(entity)
      )
        children.push(entity);
    return children;
  }

  /**
   * The article gave `entity` a grown-up's age ("Stanley Kowalczyk, 41,") or relation ("Danny's
   * father, Stanley Kowalczyk,") before `at`.
   */
  grownUp(entity: Entity, at: number): boolean {
    const age = this.ageOf(entity, at);
    if (age !== undefined) return age >= GROWN_UP_AGE;
    return entity.roles.some((role) => GROWN_UP_KIN.has(role.toLowerCase().split(' ')[0] ?? ''));
  }

  /** Some name in the paragraphs this resolver sees (one story's) stands for `entity`. */
  namedHere(entity: Entity): boolean {
    if (!this.named) {
      this.named = new Set();
      for (const { mentions } of this.narration)
        for (const mention of mentions) {
          const named = this.registry.fromMention(mention);
          if (named) this.named.add(named);
        }
    }
    return this.named.has(entity);
  }

  /**
   * The person last described with the noun `noun` before `at`: "Otto Brummel, a farmer from
   * near Assaria,", "A grower, Harold B. Kessler,".
   */
  personDescribedAs(noun: string, at: number): Entity | null {
    return (
      this.descriptions().findLast((stated) => stated.words.includes(noun) && stated.at < at)
        ?.entity ?? null
    );
  }

  /** Records that someone unnamed ("a Red Cross worker") spoke at `at`, for pronouns after it. */
  noteUnnamedSpeaker(at: number): void {
    noteOffset(this.unnamedSpeakers, at);
  }

  /** Records that someone unnamed ("the family") spoke at `at`. */
  noteUnresolved(at: number): void {
    this.unresolved.push(at);
  }

  /** Records that `entity` spoke at `at`, for the pronouns that follow. */
  noteSpeaker(entity: Entity, at: number): void {
    this.quoted.push({ at, entity });
    if ((this.firstSpoke.get(entity) ?? Infinity) > at) this.firstSpoke.set(entity, at);
  }

  /**
   * The person a sentence earlier in the same paragraph is about: `Reed paused. "We will not
   * give up."` gives the quotation to Reed.
   */
  subjectInParagraph(at: number, paragraphIndex: number): Entity | null {
    return sentenceSubject(
      this.narration,
      this.registry,
      at,
      paragraphIndex,
      (entity) => entity.kind === 'person',
      {
        hasSpoken: anyone,
        quotedIn: this.quotedIn.bind(this),
        reportedIn: this.reportedIn.bind(this),
      },
      1,
    );
  }

  /** The last entity heard speaking before `at`, within the given paragraph or later. */
  lastSpeakerSince(at: number, paragraphStart: number): Entity | null {
    const event = this.lastSpeaker(at, anyone);
    return event && event.at >= paragraphStart ? event.entity : null;
  }
}
