/**
 * Resolves cue subjects to entities (the SpeakerResolver an article makes): names through the
 * registry, pronouns and definite roles back to the person they stand for, and who has spoken so
 * far.
 */

import type { Attribution } from '../../schema.ts';
import { reportingSubjects } from '../cues/reportingSubjects.ts';
import { firstNameGender } from '../firstNames.ts';
import { isRoleNoun } from '../subjects/roleNouns.ts';
import type { Subject } from '../subjects/subject.ts';
import {
  DOCUMENT_NOUNS,
  LEGAL_DOCUMENTS,
  ORGANISATION_WORDS,
  SECTOR_NOUNS,
} from '../lexicon/organisations.ts';
import { KIN_NOUNS, SPOKESPEOPLE, PLAYER_POSITIONS, ROLE_NOUNS } from '../lexicon/roles.ts';
import { PLACES } from '../lexicon/places.ts';
import { SUBJECT_PRONOUNS } from '../lexicon/commonWords.ts';
import { TITLES } from '../lexicon/titles.ts';
import { followedByVerb } from '../mentions/finiteVerbs.ts';
import { startsSentence } from '../mentions/tokenTests.ts';
import type { Mention } from '../mentions/mention.ts';
import type { Token } from '../tokenize.ts';
import { firstStartingAt, sentenceAt, type ParagraphNarration } from '../narration.ts';
import type { Entity } from '../registry/entity.ts';
import type { SpeakerRegistry } from '../registry/speakerRegistry.ts';
import {
  type SpeechHistory,
  type SpeechEvent,
  firstAtOrAfter,
  firstOffsetAtOrAfter,
  PRONOUN_REACH,
  noteOffset,
} from './speechHistory.ts';
import { type StatedAge, yearsOf, statedAges } from './statedAges.ts';
import { AGE } from '../subjects/wordTests.ts';
import { entityOf, lastMentioned, lastNamedPerson } from './lastNamed.ts';
import { afterPlaceOpening, subjectOpens } from './sentenceOpenings.ts';
import { opensWithUnnamed, withheldName, introducedUnnamed } from './unnamedSpeakers.ts';
import {
  spokespersonsFirm,
  namesFirm,
  namesOrganisation,
  fitting,
  spokespersonFor,
  PLACE_INSTITUTIONS,
  INSTITUTION_KINDS,
} from './organisationSpeakers.ts';
import { sentenceSubject } from './sentenceSubject.ts';
import { citedWithoutIssuer, issuerOf, courtNamedBefore } from './documentIssuers.ts';
import {
  isPlural,
  onTheBench,
  ofOtherParty,
  byRole,
  holdsRole,
  contradicts,
} from './roleReferences.ts';
import { introducedLater, introducedNext, organisationNamedNext } from './ledeSubjects.ts';

/** A speaker and how the engine found it. */
export type Resolution = { entity: Entity | null; attribution: Attribution };

/** How many earlier speech events a pronoun considers before giving up on gender or kind. */
const LOOKBACK_EVENTS = 50;

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
 * The resolver's state and rules as one class: an article makes one, and methods, unlike the
 * closures a factory would make per article, cost nothing to make (under tsx each closure also
 * cost a `__name` call).
 */
class SpeakerResolver implements SpeechHistory {
  // Both lists are in document order: narration is read in order and quotations resolved in order.
  private readonly reported: SpeechEvent[] = [];
  /** The events of `reported` whose speaker is named after the verb, after a clause. */
  private readonly reportedAfterClause: SpeechEvent[] = [];
  private readonly quoted: SpeechEvent[] = [];
  /** Where quotations stood whose cue named someone the engine could not resolve. */
  private readonly unresolved: number[] = [];
  /**
   * Where sentences start whose subject is someone unnamed who reports ("One nurse in Glasgow,
   * who asked not to be named, said …"): a pronoun after them is that person's.
   */
  private readonly unnamedReports: number[] = [];
  /** Where an unnamed cue subject stood ("a Red Cross worker said"), for pronouns after it. */
  private readonly unnamedSpeakers: number[] = [];
  /** Where sentences start whose unnamed subject is a spokesperson, and for which organisation. */
  private readonly spokespeopleFor = new Map<number, Mention>();
  private readonly firstSpoke = new Map<Entity, number>();
  /** The people the article gives an age ("Emma Raducanu, 22,"), in order; read on first use. */
  private aged: StatedAge[] | null = null;

  constructor(
    private readonly narration: readonly ParagraphNarration[],
    private readonly registry: SpeakerRegistry,
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

  private lastSpeaker(at: number, fits: (entity: Entity) => boolean): SpeechEvent | null {
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

  private resolvePronoun(
    word: string,
    at: number,
    paragraphIndex: number,
    gendered = true,
    accepts: (entity: Entity) => boolean = anyone,
    continuing = false,
  ): Entity | null {
    const gender = SUBJECT_PRONOUNS.get(word);
    if (!gender || word === 'we') return null;
    const fits = pronounFits(gender, gendered, accepts);

    // "The family said they were "heartbroken." "She was our light," they said.": after someone
    // nobody could name spoke in this paragraph, only a subject in it may take the pronoun.
    // Offsets are noted in document order, so the last one before `at` is found by bisection.
    const unnamed = Math.max(
      this.unresolved[firstOffsetAtOrAfter(this.unresolved, at) - 1] ?? -1,
      this.unnamedReports[firstOffsetAtOrAfter(this.unnamedReports, at) - 1] ?? -1,
    );
    const paragraphStart = (this.narration[paragraphIndex] as ParagraphNarration).span.start;
    const afterUnnamed =
      unnamed >= paragraphStart || this.unnamedSpokeLast(at, paragraphIndex, fits);
    const subject = sentenceSubject(
      this.narration,
      this.registry,
      at,
      paragraphIndex,
      fits,
      this,
      afterUnnamed ? 1 : PRONOUN_REACH,
      continuing,
    );
    // "A UAW spokesman said the union would fight any cut. "…," he said.": the spokesperson
    // speaks for the organisation.
    const firm = subject || gender === 'plural' ? undefined : this.spokespeopleFor.get(unnamed);
    if (afterUnnamed && firm) return entityOf(firm, this.registry);
    if (afterUnnamed) return subject;
    if (subject) return subject;
    return (
      this.lastSpeaker(at, fits)?.entity ??
      lastMentioned(this.narration, this.registry, at, paragraphIndex, fits)
    );
  }

  /**
   * "At Hazard, a Red Cross worker said families were "sleeping in churches." ¶ "…," she said.":
   * someone unnamed was the last to speak, in the paragraph before, and nobody the pronoun may
   * stand for was named or heard since.
   */
  private unnamedSpokeLast(
    at: number,
    paragraphIndex: number,
    fits: (entity: Entity) => boolean,
  ): boolean {
    const previous = this.narration[paragraphIndex - 1];
    // "A miner said the crew had dug through 30 feet of rock.": or reported without a quotation.
    const spoke = Math.max(
      this.unnamedSpeakers[firstOffsetAtOrAfter(this.unnamedSpeakers, at) - 1] ?? -1,
      this.unnamedReports[firstOffsetAtOrAfter(this.unnamedReports, at) - 1] ?? -1,
    );
    if (!previous || spoke < previous.span.start) return false;
    if ((this.lastSpeaker(at, fits)?.at ?? -1) > spoke) return false;
    return [previous, this.narration[paragraphIndex] as ParagraphNarration].every(({ mentions }) =>
      mentions.every((mention) => {
        if (mention.start <= spoke || mention.start >= at || mention.kind !== 'person') return true;
        const entity = entityOf(mention, this.registry);
        return entity === null || !fits(entity);
      }),
    );
  }

  /**
   * "Boeing said … "…," the company said": an institution noun stands for the organisation that
   * spoke last, in this or the previous paragraph; a one-word name with no gender or role that
   * spoke ("Boeing") counts as one, and is one from then on.
   */
  private recentOrganisation(at: number, paragraphIndex: number): Entity | null {
    const paragraph = this.narration[paragraphIndex - 1] ?? this.narration[paragraphIndex];
    const own = this.narration[paragraphIndex];
    const event = this.lastSpeaker(
      at,
      (entity) =>
        entity.kind === 'organisation' ||
        (entity.words.length === 1 && entity.gender === null && entity.roles.length === 0),
    );
    if (!event || !paragraph || event.at < paragraph.span.start) return null;
    // "The Election Commission gave him time. In its notice, the poll body said": an
    // organisation named in the cue's own paragraph, after the last one heard, is the one meant.
    if (own && event.at < own.span.start && this.firstOrganisation(own, own.span.start, at, true))
      return null;
    event.entity.kind = 'organisation';
    return event.entity;
  }

  /**
   * "Members of the Air Traffic Controllers' Association voted to strike, the union said": with
   * no organisation heard yet, the first one named in the cue's sentence, or else in the
   * paragraph before, is the one meant.
   */
  private organisationOpening(
    at: number,
    paragraphIndex: number,
    role: string,
    previousToo = true,
  ): Entity | null {
    const paragraph = this.narration[paragraphIndex];
    if (!paragraph) return null;
    const sentence = sentenceAt(paragraph, at);
    const previous = this.narration[paragraphIndex - 1];
    return (
      this.firstOrganisation(paragraph, sentence.start, at, true, role) ??
      // "The International Association of Machinists said …. "…," the union said.": or earlier
      // in the paragraph.
      this.firstOrganisation(paragraph, paragraph.span.start, sentence.start, true, role) ??
      // "Hero MotoCorp on Tuesday reported … ¶ Revenue rose 6 per cent. ¶ "…," the company
      // said.": a firm the story opens with, before a capitalised word opening the paragraph
      // before ("Revenue"), unless that paragraph names an organisation.
      (previous && previousToo && namesFirm(role) && !namesOrganisation(previous)
        ? fitting(this.ledeFirm(paragraphIndex), role)
        : null) ??
      (previous && previousToo
        ? this.firstOrganisation(previous, previous.span.start, previous.span.end, false, role)
        : null) ??
      // "Analysts at Goldman Sachs cut their forecast. … the bank said": a firm named in
      // passing, when nothing else is, for "the company" or a trade, never "the union".
      (namesFirm(role)
        ? (this.firstOrganisation(paragraph, paragraph.span.start, at, true, role, true) ??
          (previous && previousToo
            ? this.firstOrganisation(
                previous,
                previous.span.start,
                previous.span.end,
                false,
                role,
                true,
              )
            : null))
        : null)
    );
  }

  /**
   * The firm the story opens with: the subject of the first paragraph's first sentence, when it
   * is an organisation or a name with no given name, found before paragraph `before`.
   */
  private ledeFirm(before: number): Entity | null {
    for (let p = 0; p < before && p < 2; p++) {
      const lede = this.narration[p] as ParagraphNarration;
      const first = lede.sentences[0];
      const mention = lede.mentions.find(
        (candidate) => !PLACES.has(candidate.words.join(' ').toLowerCase()),
      );
      if (!first || !mention) continue;
      if (mention.start >= first.end || mention.oblique) return null;
      if (mention.kind === 'organisation') return this.registry.fromMention(mention);
      if (
        mention.kind === 'unknown' &&
        firstNameGender(mention.words[0] ?? '') === undefined &&
        subjectOpens(lede, mention) &&
        // "Hero MotoCorp on Tuesday reported", "Wipro posted"; not "Markets were mixed" nor
        // "Oil prices rose".
        followedByVerb(lede.tokens, mention.last)
      )
        return this.firmOf(mention, this.registry.fromMention(mention), '');
      return null;
    }
    return null;
  }

  /**
   * "Thieves broke into the Louvre on Sunday. ¶ … ¶ The museum said": an institution one visits,
   * named by its kind, is the last name before it in the three paragraphs before that is no
   * person's, no place's and no sentence's opening word.
   */
  private institutionNamedBefore(at: number, paragraphIndex: number): Entity | null {
    for (let p = paragraphIndex; p >= 0 && p >= paragraphIndex - 3; p--) {
      const { mentions, tokens } = this.narration[p] as ParagraphNarration;
      for (let m = firstStartingAt(mentions, at) - 1; m >= 0; m--) {
        const mention = mentions[m] as Mention;
        if (
          mention.kind === 'person' ||
          PLACES.has(mention.name.toLowerCase()) ||
          firstNameGender(mention.words[0] ?? '') !== undefined ||
          (mention.kind === 'unknown' && startsSentence(tokens, mention.first))
        )
          continue;
        const entity =
          this.registry.fromMention(mention) ??
          this.registry.resolve(mention.words, mention.start, 'organisation');
        if (entity.kind === 'person') continue;
        entity.kind = 'organisation';
        return entity;
      }
    }
    return null;
  }

  /** The first organisation named from `from` to `to` that can be "the `role`" (any if ''). */
  private firstOrganisation(
    paragraph: ParagraphNarration,
    from: number,
    to: number,
    ownParagraph: boolean,
    role = '',
    inPassing = false,
  ): Entity | null {
    const { mentions, tokens } = paragraph;
    for (let m = firstStartingAt(mentions, from); m < mentions.length; m++) {
      const mention = mentions[m] as Mention;
      if (mention.start >= to) break;
      // "Delta Air Lines … JPMorgan Chase … the bank said": the first one of the right kind.
      const named = mention.kind === 'organisation' ? this.registry.fromMention(mention) : null;
      if (named && fitting(named, role)) return named;
      if (mention.kind === 'organisation') continue;
      const known = this.registry.fromMention(mention);
      if (
        mention.gender !== null ||
        mention.role !== null ||
        (known && (known.gender !== null || known.roles.length > 0)) ||
        pluralOrPart(tokens, mention.last) ||
        mention.oblique !== inPassing
      )
        continue;
      const unnamed =
        firstNameGender(mention.words[0] ?? '') === undefined &&
        !PLACES.has(mention.words.join(' ').toLowerCase());
      if (
        // "Boeing declined to comment. … the company said", "Maruti Suzuki India reported …":
        // a subject that is no one's name, in the cue's own paragraph; "Goldman Sachs cut its
        // forecast. … the bank said": or one the text calls "it"; "Goldman Sachs on Monday
        // reported a rise in profit. ¶ … the bank said": or one with no given name opening a
        // sentence; "Analysts at Goldman Sachs", "Bajaj Auto's net profit": or, when nothing
        // else is, one named in passing.
        (ownParagraph && mention.kind === 'unknown') ||
        (!inPassing && calledIt(tokens, mention.last)) ||
        (unnamed && (inPassing || startsSentence(tokens, mention.first)))
      )
        return this.firmOf(mention, known, role);
    }
    return null;
  }

  /** The entity of a firm's mention, an organisation from now on, if it fits the role. */
  private firmOf(mention: Mention, known: Entity | null, role: string): Entity | null {
    const firm = fitting(
      known ?? this.registry.resolve(mention.words, mention.start, 'organisation'),
      role,
    );
    if (firm) firm.kind = 'organisation';
    return firm;
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
        const entity = entityOf(subject.mention, this.registry);
        return { entity, attribution: entity ? 'named' : 'unknown' };
      }
      case 'organisation':
        return {
          entity: this.registry.resolve(subject.words, subject.at, 'organisation'),
          attribution: 'named',
        };
      case 'role': {
        // "Satwik was tired, while Chirag was elated. "…," the latter said.": the person named
        // last before it.
        if (subject.words.length === 1 && subject.words[0] === 'latter') {
          const entity = lastNamedPerson(this.narration, this.registry, subject.at, paragraphIndex);
          return { entity, attribution: entity ? 'role' : 'unknown' };
        }
        // "Gary Player won the Masters. … "…," Player said.": a capitalised word no name was read
        // in is only ever the surname of someone named in full before.
        if (subject.surname) {
          const entity = this.registry.personBySurname(subject.words[0] ?? '', subject.at);
          if (entity || !ROLE_NOUNS.has(subject.words[0] ?? ''))
            return { entity, attribution: entity ? 'named' : 'unknown' };
        }
        // "the statement said": a document speaks for whoever was just heard issuing it.
        const noun = subject.words[subject.words.length - 1] ?? '';
        if (DOCUMENT_NOUNS.has(noun)) {
          const paragraph = this.narration[paragraphIndex - 1] ?? this.narration[paragraphIndex];
          // "The ruling said": a court's document speaks for an institution, never a person.
          const issuer = this.lastSpeaker(
            subject.at,
            (entity) => !LEGAL_DOCUMENTS.has(noun) || entity.kind === 'organisation',
          );
          const recent =
            issuer &&
            paragraph &&
            issuer.at >= paragraph.span.start &&
            !citedWithoutIssuer(this.narration, noun, subject.at, paragraphIndex);
          if (recent) return { entity: issuer.entity, attribution: 'role' };
          // "The Texas State Teachers Association released a report …. ¶ The report said …":
          // or for whoever the text said issued it.
          const issuedBy = issuerOf(
            this.narration,
            this.registry,
            noun,
            subject.at,
            paragraphIndex,
          );
          return { entity: issuedBy, attribution: issuedBy ? 'role' : 'unknown' };
        }
        // "the new assistant secretary said": a definite role nobody was introduced with is, like
        // a pronoun, the person the passage is about; "the victim's father said" is not: a
        // relative is someone else's.
        const role = subject.words[subject.words.length - 1] ?? '';
        // "the headteacher, who did not want to be named, said": someone the story will not name
        // is nobody it named before.
        if (!SPOKESPEOPLE.has(role) && withheldName(this.narration[paragraphIndex], subject.at)) {
          noteOffset(this.unnamedSpeakers, subject.at);
          return { entity: null, attribution: 'unknown' };
        }
        // "the Minister for Health said" is only someone introduced with that portfolio.
        const portfolio = subject.words.some(
          (word, index) => index > 0 && (word === 'for' || word === 'to'),
        );
        // "Emma Raducanu, 22, …. Her coach, Nick Cavaday, said …. "…," the 22-year-old added.":
        // the person the article gave that age, not whoever spoke last.
        const age = subject.definite ? subject.words.find((word) => AGE.test(word)) : undefined;
        const ofAge = age ? this.personAged(yearsOf(age), subject.at) : null;
        if (ofAge) return { entity: ofAge, attribution: 'role' };
        const nearest =
          subject.definite &&
          !portfolio &&
          !introducedUnnamed(this.narration, role, subject.at, paragraphIndex) &&
          !isPlural(role) &&
          !KIN_NOUNS.has(role)
            ? this.resolvePronoun(
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
                  !(
                    PLAYER_POSITIONS.has(role) &&
                    !subject.words.includes('former') &&
                    onTheBench(entity)
                  ) &&
                  !ofOtherParty(entity, subject.words),
              )
            : null;
        // "Another Labour MP said" is not the Labour MP already quoted.
        const held = subject.fresh ? null : byRole(this.registry, subject.words, subject.at);
        // "Kerrigan asked. "No, sir," the witness replied.": the one answering is not the asker.
        const holder = held === asker ? null : held;
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
            ? (fitting(this.recentOrganisation(subject.at, paragraphIndex), role) ??
              this.organisationOpening(subject.at, paragraphIndex, role, false))
            : null;
        // "A spokesman for Georgia Power said …. "…," the spokesman said.": the spokesperson
        // introduced before speaks for the organisation named with them (and for no one the
        // engine can name when that was a person: "A spokesman for Senator Jim Tallow").
        const introducedFor =
          SPOKESPEOPLE.has(role) && subject.definite
            ? spokespersonFor(this.narration, this.registry, subject.at, paragraphIndex)
            : null;
        if (introducedFor && !introducedFor.entity && !holder)
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
            : introducedLater(this.narration, this.registry, role, subject.at, paragraphIndex);
        const entity =
          // "A bench of Justices Surya Kant and N Kotiswar Singh said …. "…," the bench asked.":
          // a bench speaks for its court.
          (role === 'bench'
            ? courtNamedBefore(this.narration, this.registry, subject.at, paragraphIndex)
            : null) ??
          lastFirm ??
          aboutHolder ??
          holder ??
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
            ? fitting(this.recentOrganisation(subject.at, paragraphIndex), role)
            : null) ??
          (ORGANISATION_WORDS.has(role) || trade
            ? this.organisationOpening(subject.at, paragraphIndex, role)
            : null) ??
          (PLACE_INSTITUTIONS.has(role) && !subject.fresh
            ? this.institutionNamedBefore(subject.at, paragraphIndex)
            : null);
        // "Boeing … the company said": Boeing is a company from then on (and so no union).
        if (
          entity?.kind === 'organisation' &&
          (INSTITUTION_KINDS.some((kind) => kind.has(role)) || SECTOR_NOUNS.has(role)) &&
          !entity.roles.includes(role)
        )
          this.registry.addRole(entity, role);
        // "A federal judge on Friday ordered … ¶ U.S. District Judge Jamal Whitehead issued …": a
        // lede's unnamed subject is the person the next paragraph introduces.
        const introduced = entity
          ? null
          : introducedNext(
              this.narration,
              this.registry,
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
            : organisationNamedNext(this.narration, this.registry, subject.at, paragraphIndex);
        if (bodyNamedNext) return { entity: bodyNamedNext, attribution: 'role' };
        // "a Red Cross worker said", "one volunteer said"; "Mayor North said" is a title used
        // as a name the engine could not resolve, no one unnamed.
        if (
          !entity &&
          !subject.definite &&
          (subject.fresh === true || !subject.words.some((word) => TITLES.has(word)))
        )
          noteOffset(this.unnamedSpeakers, subject.at);
        return { entity, attribution: entity ? 'role' : 'unknown' };
      }
      case 'pronoun': {
        const entity = this.resolvePronoun(
          subject.word,
          subject.at,
          paragraphIndex,
          true,
          (candidate) => candidate !== asker && !namedIn(quoted, candidate),
          continuesSpeech(this.narration[paragraphIndex], subject.at),
        );
        if (entity && entity.gender === null && (subject.word === 'he' || subject.word === 'she')) {
          entity.gender = subject.word === 'he' ? 'male' : 'female';
        }
        return { entity, attribution: entity ? 'pronoun' : 'unknown' };
      }
      default: {
        const unreachable: never = subject;
        return unreachable;
      }
    }
  }

  /**
   * The person last given the age `age` before `at`: "Emma Raducanu, 22,", "22-year-old Emma
   * Raducanu".
   */
  private personAged(age: string, at: number): Entity | null {
    this.aged ??= statedAges(this.narration, this.registry);
    return this.aged.findLast((stated) => stated.age === age && stated.at < at)?.entity ?? null;
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

/** Accepts anyone: the default test of who a pronoun may stand for. */
function anyone(): boolean {
  return true;
}

/**
 * Who a pronoun of `gender` may stand for: an organisation for "they", a person of that gender
 * (or of any, when not `gendered`) for "he" and "she", and only those `accepts` takes.
 */
function pronounFits(
  gender: 'male' | 'female' | 'plural',
  gendered: boolean,
  accepts: (entity: Entity) => boolean,
): (entity: Entity) => boolean {
  return (entity) =>
    (gender === 'plural'
      ? entity.kind === 'organisation'
      : entity.kind === 'person' &&
        (!gendered || entity.gender === null || entity.gender === gender)) && accepts(entity);
}

/**
 * The name ending at token `last` is a plural or a part ("Markets were mixed", "Shares of …"),
 * not a firm's.
 */
function pluralOrPart(tokens: readonly Token[], last: number): boolean {
  const token = tokens[last] as Token;
  return token.blank && /^(?:were|are|have|of)$/.test(tokens[last + 1]?.lower ?? '');
}

/** The first pronoun after token `last`, in its sentence, is "it" or "its". */
function calledIt(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + 10; k++) {
    const token = tokens[k] as Token;
    if (token.lower === 'it' || token.lower === 'its') return true;
    if (/^(?:he|she|his|her|him|they|their)$/.test(token.lower) || /[.!?]/.test(token.gap))
      return false;
  }
  return false;
}

/** The pronoun at offset `at` reports with a verb that goes on with earlier speech: "he added". */
function continuesSpeech(paragraph: ParagraphNarration | undefined, at: number): boolean {
  if (!paragraph) return false;
  const index = firstStartingAt(paragraph.tokens, at);
  return /^(?:added|adds|continued|continues)$/.test(paragraph.tokens[index + 1]?.lower ?? '');
}

/**
 * The quotation names the person by given name or in full ("Rob has been brilliant for us"):
 * people speak of others that way, not of themselves.
 */
function namedIn(quoted: string, entity: Entity): boolean {
  if (entity.kind !== 'person' || entity.words.length < 2) return false;
  const given = entity.words[0] ?? '';
  const full = entity.words.join(' ');
  return (firstNameGender(given) !== undefined && wordIn(quoted, given)) || wordIn(quoted, full);
}

/** `phrase` stands in `text` as whole words. */
function wordIn(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + phrase.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
