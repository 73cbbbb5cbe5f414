import type { Attribution } from '../schema.ts';
import { memoised } from '../text/memoised.ts';
import { mapPacked } from '../text/mapPacked.ts';
import { reportingSubjects } from './cues.ts';
import { isCueVerb } from './cueVerbs.ts';
import { firstNameGender } from './firstNames.ts';
import { definiteRoleAt, isRoleNoun, subjectBefore, type Subject } from './subjects.ts';
import {
  BENCH_STAFF,
  DOCUMENT_NOUNS,
  KIN_NOUNS,
  LEGAL_DOCUMENTS,
  ORGANISATION_WORDS,
  SEATS,
  SECTOR_NOUNS,
  INDEFINITES,
  PARTIES,
  PEOPLE,
  SPOKESPEOPLE,
  PLACES,
  PLAYER_POSITIONS,
  PREPOSITIONS,
  FIRM_NOUNS,
  ROLE_ACRONYMS,
  ROLE_SYNONYMS,
  ROLE_NOUNS,
  SUBJECT_PRONOUNS,
  TITLES,
} from './lexicon.ts';
import { followedByVerb, isFiniteVerb } from './mentions/finiteVerbs.ts';
import { startsSentence } from './mentions/tokenTests.ts';
import type { Mention } from './mentions/mention.ts';
import type { Token } from './tokenize.ts';
import { firstStartingAt, sentenceAt, type ParagraphNarration } from './narration.ts';
import type { Entity, SpeakerRegistry } from './speakerRegistry.ts';

/** A speaker and how the engine found it. */
export type Resolution = { entity: Entity | null; attribution: Attribution };

type SpeechEvent = { at: number; entity: Entity };

/** How many earlier speech events a pronoun considers before giving up on gender or kind. */
const LOOKBACK_EVENTS = 50;

/** How many sentences of a paragraph a pronoun looks back through. */
const SENTENCE_REACH = 12;

/** How far back (in paragraphs) a pronoun looks for the person it stands for. */
const PRONOUN_REACH = 3;

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
 * What a resolver has heard so far, which `sentenceSubject` weighs: who has spoken before an
 * offset, and who was quoted or reported in a span.
 */
type SpeechHistory = {
  hasSpoken(entity: Entity, at: number): boolean;
  quotedIn(from: number, to: number): Entity | null;
  reportedIn(from: number, to: number): Entity | null;
};

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

/** A mention's entity; a bare surname used as a speaker becomes a person. */
/** How many names back "the latter" looks for a person. */
const LOOKBACK_MENTIONS = 12;

/** The person named last before `at`, in this paragraph or the one before. */
function lastNamedPerson(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  at: number,
  paragraphIndex: number,
): Entity | null {
  for (let p = paragraphIndex; p >= 0 && p >= paragraphIndex - 1; p--) {
    const { mentions } = narration[p] as ParagraphNarration;
    const last = firstStartingAt(mentions, at) - 1;
    // A bounded look-back keeps a paragraph of thousands of "the latter said" linear.
    for (let m = last; m >= 0 && m > last - LOOKBACK_MENTIONS; m--) {
      const mention = mentions[m] as Mention;
      if (mention.kind === 'organisation') continue;
      const entity = entityOf(mention, registry);
      if (entity?.kind === 'person') return entity;
    }
  }
  return null;
}

type StatedAge = { at: number; age: string; entity: Entity };

/** The years of an age used as a description: "22-year-old" → "22". */
function yearsOf(age: string): string {
  return age.slice(0, age.indexOf('-'));
}

/**
 * Every person the article gives an age, in order: set off after the name ("Emma Raducanu, 22,")
 * or before it ("22-year-old Emma Raducanu"), and a lede's aged someone new.
 */
function statedAges(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
): StatedAge[] {
  const ages: StatedAge[] = [];
  for (const index of [0, 1]) {
    const lede = ledeAge(narration, registry, index);
    if (lede) ages.push(lede);
  }
  for (const { tokens, mentions } of narration)
    for (const mention of mentions) {
      if (mention.kind !== 'person') continue;
      const after = tokens[mention.last + 1];
      const before = tokens[mention.first - 1];
      const age =
        /^,\s$/.test((tokens[mention.last] as Token).gap) &&
        after !== undefined &&
        /^\d{1,3}$/.test(after.word) &&
        /^[,.;]/.test(after.gap)
          ? after.word
          : before?.blank && AGE.test(before.lower)
            ? yearsOf(before.lower)
            : null;
      const entity = age === null ? null : registry.fromMention(mention);
      if (age !== null && entity?.kind === 'person') ages.push({ at: mention.start, age, entity });
    }
  return ages.sort((a, b) => a.at - b.at);
}

/**
 * "A 102-year-old woman has become …" ¶ "Vera Hopkins jumped …": a lede's aged someone new (in
 * the first sentence of paragraph `index`) is the person the next paragraph's first sentence
 * opens on.
 */
function ledeAge(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  index: number,
): StatedAge | null {
  const lede = narration[index];
  const next = narration[index + 1];
  if (!lede || !next) return null;
  const { tokens, sentences } = lede;
  const aged = tokens.findIndex(
    (token, k) =>
      token.start < (sentences[0]?.end ?? 0) &&
      AGE.test(token.lower) &&
      /^an?$/.test(tokens[k - 1]?.lower ?? ''),
  );
  const opener = next.mentions.find((mention) => mention.kind === 'person' && !mention.oblique);
  if (aged < 0 || !opener || opener.start >= (next.sentences[0]?.end ?? 0)) return null;
  const entity = registry.fromMention(opener);
  return entity?.kind === 'person'
    ? { at: opener.start, age: yearsOf((tokens[aged] as Token).lower), entity }
    : null;
}

function entityOf(mention: Mention, registry: SpeakerRegistry): Entity | null {
  return registry.fromMention(mention) ?? registry.resolve(mention.words, mention.start, 'person');
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

/**
 * Every earlier use of `word` before `at`, in this paragraph and the one before, most recent
 * first. The look-back is bounded, so a paragraph of thousands of "the official said" stays linear.
 */
function* earlierUses(
  narration: readonly ParagraphNarration[],
  word: string,
  at: number,
  paragraphIndex: number,
): Generator<{ tokens: readonly Token[]; index: number; paragraph: ParagraphNarration }> {
  for (let p = paragraphIndex; p >= 0 && p >= paragraphIndex - 1; p--) {
    const paragraph = narration[p] as ParagraphNarration;
    const { tokens } = paragraph;
    const to = firstStartingAt(tokens, at);
    for (let t = to - 1; t >= 0 && t >= to - INTRODUCTION_REACH; t--) {
      if ((tokens[t] as Token).lower === word) yield { tokens, index: t, paragraph };
    }
  }
}

/**
 * "A senior official, speaking on condition of anonymity, said …" ¶ "the official said": the role
 * was introduced with an indefinite article and no name, so it stands for nobody named.
 */
function introducedUnnamed(
  narration: readonly ParagraphNarration[],
  role: string,
  at: number,
  paragraphIndex: number,
): boolean {
  for (const { tokens, index } of earlierUses(narration, role, at, paragraphIndex)) {
    if (tokens[index + 1]?.capitalised) continue;
    for (let k = index - 1; k >= 0 && k >= index - 4; k--) {
      const before = tokens[k] as Token;
      if (INDEFINITES.has(before.lower)) return true;
      if (!before.blank) break;
    }
  }
  return false;
}

/**
 * The subject of the sentence that last said it issued the document `noun` ("The Democratic
 * Party of Texas adopted a platform", "the jury said in its presentments" is not one), before
 * offset `at` in this paragraph or the one before; null when none did.
 */
function issuerOf(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  noun: string,
  at: number,
  paragraphIndex: number,
): Entity | null {
  for (const { tokens, index, paragraph } of earlierUses(narration, noun, at, paragraphIndex)) {
    let verb = index - 1;
    while (verb > index - 4 && verb >= 0 && !ISSUING_VERBS.has((tokens[verb] as Token).lower))
      verb--;
    if (verb < 0 || !ISSUING_VERBS.has((tokens[verb] as Token).lower)) return null;
    const sentence = sentenceAt(paragraph, (tokens[index] as Token).start);
    // "A special House committee issued its report": but an unnamed body is no one's name.
    const opening = firstStartingAt(tokens, sentence.start);
    const first = tokens[opening]?.lower === 'the' ? opening + 1 : opening;
    const subject = paragraph.mentions.find(
      (mention) => mention.first === first && mention.last < verb && mention.kind !== 'unknown',
    );
    if (subject) return registry.fromMention(subject);
    // "The coroner, Sarah Lomax, issued her findings": or the name set off before the verb.
    const found = subjectBefore(paragraph, verb, opening)?.subject;
    return found?.kind === 'mention' && found.mention.kind === 'person'
      ? registry.fromMention(found.mention)
      : null;
  }
  return null;
}

/** Verbs that say who put out a document: "adopted a platform", "released a report". */
const ISSUING_VERBS = new Set(
  'adopted issued released published sent submitted filed presented delivered returned'.split(' '),
);

/**
 * "According to an official release, …" ¶ `"…," the release stated`: the document was cited with
 * no issuer, so it speaks for nobody named, not for the last speaker.
 */
function citedWithoutIssuer(
  narration: readonly ParagraphNarration[],
  noun: string,
  at: number,
  paragraphIndex: number,
): boolean {
  for (const { tokens, index, paragraph } of earlierUses(narration, noun, at, paragraphIndex)) {
    const lead = tokens
      .slice(Math.max(0, index - 4), index)
      .map((token) => token.lower)
      .join(' ');
    // "The police, in a statement, said …", "The company said in a blog post …": the document
    // was issued by a subject the text does not name, so "the statement said" names no one.
    if (/\bin (?:a|an|its|their|his|her)\b/.test(lead))
      return !namedInSentence(paragraph, (tokens[index] as Token).start);
    if (!/\b(?:according to|as per)\b/.test(lead)) return false;
    const issued =
      (tokens[index] as Token).blank &&
      /^(?:by|from|of|issued)$/.test(tokens[index + 1]?.lower ?? '');
    return !issued;
  }
  return false;
}

/** A name stands, not inside a phrase, in the sentence holding `offset`. */
function namedInSentence(paragraph: ParagraphNarration, offset: number): boolean {
  const sentence = sentenceAt(paragraph, offset);
  const { mentions } = paragraph;
  // From the sentence's first mention on: a long paragraph is not read whole per question.
  for (let m = firstStartingAt(mentions, sentence.start); m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    if (mention.end > sentence.end) return false;
    if (!mention.oblique) return true;
  }
  return false;
}

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

/** Kinds of institution: "the union" is never a company, "the court" never a ministry. */
const INSTITUTION_KINDS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['union', 'association', 'federation', 'guild', 'confederation']),
  new Set(['court', 'bench', 'tribunal']),
  new Set(['ministry', 'department', 'government', 'administration', 'bureau', 'commission']),
  FIRM_NOUNS,
];

/** Institutions people visit, often named before by their name alone ("the Louvre"). */
const PLACE_INSTITUTIONS = new Set([
  'museum',
  'gallery',
  'store',
  'university',
  'college',
  'school',
  'club',
  'hospital',
  'zoo',
  'theatre',
  'theater',
  'library',
  'cathedral',
]);

/** "the company", "the bank", "the carmaker": a noun for a firm, of any trade or of one. */
function namesFirm(role: string): boolean {
  return (
    FIRM_NOUNS.has(role) || SECTOR_NOUNS.has(role) || SECTORS.some(({ nouns }) => nouns.has(role))
  );
}

/**
 * Sectors of business: the nouns that name a firm by its trade ("the lender") and the words that
 * put a firm in that trade by name ("Bank", "Airlines"). "Delta Air Lines" is never "the bank".
 */
const SECTORS = [
  ['bank lender', 'bank bancorp banking'],
  ['airline carrier', 'airlines airways air lines aviation'],
  ['carmaker automaker', 'motor motors automotive auto autos'],
  ['planemaker jetmaker', 'aerospace aircraft aviation'],
  ['insurer', 'insurance assurance'],
  ['drugmaker', 'pharmaceuticals pharma therapeutics'],
  ['chipmaker', 'semiconductor semiconductors'],
  ['broadcaster', 'television tv radio broadcasting'],
  ['newspaper', 'times post journal gazette herald tribune daily chronicle observer inquirer'],
  ['charity', 'foundation trust society charity'],
].map(([nouns, names]) => ({
  nouns: new Set((nouns as string).split(' ')),
  names: new Set((names as string).split(' ')),
}));

/** The organisation, unless its name says it is another kind of institution than `role`. */
function fitting(entity: Entity | null, role: string): Entity | null {
  if (!entity) return entity;
  // "Boeing … the company said" made Boeing a company.
  const named = [...entity.name.toLowerCase().split(/[\s.,]+/), ...entity.roles];
  const sector = SECTORS.find((trade) => trade.nouns.has(role));
  if (
    sector &&
    !named.some((word) => sector.names.has(word) || sector.nouns.has(word)) &&
    SECTORS.some((trade) => trade !== sector && named.some((word) => trade.names.has(word)))
  )
    return null;
  const kind = INSTITUTION_KINDS.find((words) => words.has(role));
  if (!kind) return entity;
  const other = INSTITUTION_KINDS.some(
    (words) => words !== kind && named.some((word) => words.has(word)),
  );
  return other && !named.some((word) => kind.has(word)) ? null : entity;
}

/** The article introduced the entity as a coach or a manager. */
function onTheBench(entity: Entity): boolean {
  return entity.roles.some((role) => BENCH_STAFF.has(role.toLowerCase().split(' ').at(-1) ?? ''));
}

/**
 * The article gave the entity another office than the role `words` name: a Labour MP is not
 * "the prime minister", and nobody but a spokesperson is "the spokesman".
 */
function contradicts(entity: Entity, words: readonly string[]): boolean {
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

/** Verbs and prepositions whose object is a court under review: "stayed", "against". */
const REVIEWS =
  /^(?:stayed|stays|stay|quashed|quashes|overturned|overturns|upheld|upholds|reversed|reverses|modified|against|aside)$/;

/** What a court under review issued: "an Allahabad High Court order". */
const RULINGS =
  /^(?:order|orders|judgment|judgement|verdict|ruling|decision|observations|direction|directions)$/;

/** How many names back a bench looks for its court: bounded, so the cost stays linear. */
const COURT_REACH = 40;

/** The court named last before offset `at`, in this paragraph or the three before it. */
function courtNamedBefore(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  at: number,
  paragraphIndex: number,
): Entity | null {
  let budget = COURT_REACH;
  for (let p = paragraphIndex; p >= 0 && p > paragraphIndex - 4; p--) {
    const { mentions, tokens } = narration[p] as ParagraphNarration;
    for (let m = firstStartingAt(mentions, at) - 1; m >= 0 && budget-- > 0; m--) {
      const mention = mentions[m] as Mention;
      if (
        mention.kind !== 'organisation' ||
        !/\b(?:Court|Tribunal)$/.test(mention.name) ||
        // "the High Court" only repeats the court named in full before it.
        /^(?:High|District|Sessions|Trial|Special|Family) Court$/.test(mention.name)
      )
        continue;
      // "set aside an order of the Allahabad High Court", "stayed an Allahabad High Court
      // order", "quashed the Bombay High Court's verdict": the court under review is not the
      // bench's.
      const link = /^(?:the|a|an)$/.test(tokens[mention.first - 1]?.lower ?? '')
        ? mention.first - 2
        : mention.first - 1;
      const underReview =
        tokens[link]?.lower === 'of' ||
        REVIEWS.test(tokens[link]?.lower ?? '') ||
        RULINGS.test(tokens[mention.last + 1]?.lower ?? '');
      if (!underReview) return registry.fromMention(mention);
    }
  }
  return null;
}

/**
 * The role `words` name a party ("the Congress MP", "the Democratic leader") and the article
 * gave the entity another one ("BJP spokesperson", "South Dakota Republican").
 */
function ofOtherParty(entity: Entity, words: readonly string[]): boolean {
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

/** "the 69-year-old executive": an age says nothing of the office. */
const AGE = /^\d{1,3}-year-old$/;

/** One of the entity's stated roles names `words` (or their acronym or expansion), in order. */
function holdsRole(entity: Entity, words: readonly string[]): boolean {
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
function isPlural(role: string): boolean {
  return /s$/.test(role) && !ROLE_NOUNS.has(role) && !TITLES.has(role) && !/ss$/.test(role);
}

/** How many words before a role reference its unnamed introduction may stand. */
const INTRODUCTION_REACH = 400;

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
function byRole(registry: SpeakerRegistry, words: readonly string[], at: number): Entity | null {
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

/**
 * The subject of the nearest earlier sentence, walking back from `at`: a person when one person
 * is plainly the subject, in this or the previous paragraph or as someone already heard
 * speaking; null when the
 * subject is plural ("Modi and Xi held…") or merely mentioned, which leaves the pronoun to the
 * last speaker.
 */
function sentenceSubject(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  at: number,
  paragraphIndex: number,
  accepts: (entity: Entity) => boolean,
  history: SpeechHistory,
  reach = PRONOUN_REACH,
  continuing = false,
): Entity | null {
  let fits = accepts;
  for (let p = paragraphIndex; p >= 0 && p > paragraphIndex - reach; p--) {
    const paragraph = narration[p] as ParagraphNarration;
    const { sentences } = paragraph;
    const last = firstStartingAt(sentences, at) - 1;
    for (let s = last; s >= 0 && s > last - SENTENCE_REACH; s--) {
      const sentence = sentences[s] as { start: number; end: number };
      // `"…," said Shiv Sena leader Aaditya Thackeray.` is about Thackeray, whoever it names first.
      const speaker = history.quotedIn(sentence.start, Math.min(sentence.end, at));
      if (speaker) {
        if (fits(speaker)) return speaker;
        continue;
      }
      const first = firstStartingAt(paragraph.tokens, sentence.start);
      // "He said that Modi had promised jobs.", "Shah made such promises too, he added.": a
      // sentence a pronoun reports is about the pronoun's person, whom an earlier one names.
      if (reportedByPronoun(paragraph.tokens, first, Math.min(sentence.end, at))) continue;
      // "The pacer, who took eight wickets, praised opener Yashasvi Jaiswal.": a sentence whose
      // subject is a definite role is about its holder, never about the names after its verb,
      // unless a name stands in apposition to the role ("The journalist's wife, Meena Joshi,").
      const opening = definiteRoleAt(paragraph.tokens, first, Math.min(sentence.end, at));
      const apposed = opening && apposedNear(paragraph, sentence.start, first);
      if (opening && !apposed) {
        const holder = byRole(registry, opening, sentence.start);
        if (holder && fits(holder) && p >= paragraphIndex - 1) return holder;
        // "The Congress MP said …": whoever that is, it is nobody of another party.
        const narrowed = fits;
        if (!holder) fits = (entity) => narrowed(entity) && !ofOtherParty(entity, opening);
        continue;
      }
      // "The sole survivor, a British national identified as Viswashkumar Ramesh, told": the
      // name in apposition to the role, even after "as".
      const end = Math.min(sentence.end, at);
      // "In the parish of St. Elizabeth, where Melissa made landfall, resident Kemar Brown
      // described …": the main clause's subject comes after a fronted phrase, unless it is a
      // pronoun ("When Modi arrived, he said").
      const subject =
        (apposed || undefined) ??
        firstSubject(
          paragraph,
          registry,
          mainClauseStart(paragraph.tokens, first, end),
          end,
          fits,
        ) ??
        firstSubject(paragraph, registry, sentence.start, end, fits);
      if (!subject) {
        // "The mayor replied that …. "…," he said.": a sentence about a role holds the pronoun's
        // person when the article introduced someone with that role.
        const role = definiteRoleAt(
          paragraph.tokens,
          firstStartingAt(paragraph.tokens, sentence.start),
          Math.min(sentence.end, at),
        );
        const holder = role ? byRole(registry, role, sentence.start) : null;
        if (holder && fits(holder) && p >= paragraphIndex - 1) return holder;
        continue;
      }
      if (subject.coordinated) return null;
      // "A reporter asked whether he trusted Vladimir Putin.": a name inside the question is
      // not who answers it.
      if (askedAbout(paragraph.tokens, first, subject.first)) continue;
      // "Punjab saw such protests, recalled farm leader Balbir Rajewal.": when the first name
      // is nobody, the sentence is about the speaker named after its reporting verb.
      const named = registry.fromMention(subject);
      const entity =
        named && !fits(named)
          ? // "Patel now plans a second shop. "…," she says.": of Raj and Maya Patel, the one
            // the pronoun fits.
            (registry.namesakes(subject).findLast((namesake) => fits(namesake)) ?? named)
          : (named ?? history.reportedIn(sentence.start, Math.min(sentence.end, at)));
      if (!entity || !fits(entity)) continue;
      // "Modi had spoken to Putin last month": the past perfect sets a background, and its
      // subject is not who the passage is about.
      if (!history.hasSpoken(entity, at) && inPastPerfect(paragraph.tokens, subject.last)) continue;
      // "Robert Jones, who chairs the finance committee, did not return calls": nor is someone
      // the sentence says did not speak.
      if (!history.hasSpoken(entity, at) && keptSilent(paragraph.tokens, subject.last, end))
        continue;
      // "Isak has now scored 23 goals. "…," he added.": "added" goes on with someone who spoke,
      // not with the subject of a sentence that reports no speech.
      if (
        continuing &&
        !history.hasSpoken(entity, at) &&
        !reportsBefore(paragraph.tokens, first, end)
      )
        continue;
      const nearby = p >= paragraphIndex - 1;
      if (nearby || history.hasSpoken(entity, at)) return entity;
      return null;
    }
  }
  return null;
}

/** The pronoun at offset `at` reports with a verb that goes on with earlier speech: "he added". */
function continuesSpeech(paragraph: ParagraphNarration | undefined, at: number): boolean {
  if (!paragraph) return false;
  const index = firstStartingAt(paragraph.tokens, at);
  return /^(?:added|adds|continued|continues)$/.test(paragraph.tokens[index + 1]?.lower ?? '');
}

/** Person nouns whose gender a name must share: "A woman says … ¶ Louise Hartley, 52, …". */
const GENDERED_NOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...['woman', 'girl', 'grandmother', 'mother', 'wife', 'daughter', 'sister', 'widow'].map(
    (noun) => [noun, 'female'] as const,
  ),
  ...['man', 'boy', 'grandfather', 'father', 'husband', 'son', 'brother', 'widower'].map(
    (noun) => [noun, 'male'] as const,
  ),
]);

/**
 * The person the paragraph after a lede introduces as the lede's unnamed subject (`words`, at
 * offset `at` in the first sentence of the first or second paragraph): the subject of that
 * paragraph's first sentence, introduced with the role ("U.S. District Judge Jamal Whitehead"),
 * an age ("Louise Hartley, 52,") or the noun ("The witness, Albert Mendez,"), or, for someone new
 * (`fresh`: "A farmer has said"), opening it with a description and a reporting verb; of the
 * gender the noun implies. Null otherwise.
 */
function introducedNext(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  words: readonly string[],
  at: number,
  paragraphIndex: number,
  definite: boolean,
  fresh = false,
): Entity | null {
  const lede = narration[paragraphIndex];
  const next = narration[paragraphIndex + 1];
  if (!lede || !next || !inLede(narration, at, paragraphIndex)) return null;
  const noun = words[words.length - 1] ?? '';
  const sentence = next.sentences[0];
  const { tokens } = next;
  // "At the end of an inquest into the death of motorcyclist Callum Trewin, area coroner Emma
  // Whitlock said": the first person named who is no object of a phrase.
  const mention = next.mentions.find(
    (candidate) => candidate.kind === 'person' && !candidate.oblique,
  );
  if (!sentence || !mention || mention.start >= sentence.end) return null;
  // "The witness, Albert Mendez, was …": the name in apposition to a noun opening the sentence.
  const apposed =
    mention.first === 2 &&
    tokens[0]?.lower === 'the' &&
    /^,\s$/.test((tokens[1] as Token).gap) &&
    !(tokens[1] as Token).capitalised;
  // "Speaking to the BBC, Amanda Pritchard said …", "At the end of an inquest, …": a participle
  // or prepositional phrase may come first.
  const comma = tokens.findLastIndex((token, k) => k < mention.first && /^,\s$/.test(token.gap));
  const fronted =
    comma > 0 &&
    (/^\p{Lu}\p{Ll}+ing$/u.test(tokens[0]?.word ?? '') || PREPOSITIONS.has(tokens[0]?.lower ?? ''));
  const role = mention.role?.toLowerCase().split(' ').includes(noun) === true;
  // "U.S. District Judge Jamal Whitehead issued …": or after titles opening the sentence;
  // "area coroner Emma Whitlock": lower-case ones when they hold the lede's noun.
  const titles = tokens.slice(fronted ? comma + 1 : 0, mention.first);
  if (!apposed && !titles.every((token) => (token.capitalised || role) && token.blank)) return null;
  const titled = !apposed && titles.some((token) => token.lower === noun);
  const after = (tokens[mention.last] as Token).gap;
  const aged = /^,\s$/.test(after) && /^\d{1,3}$/.test(tokens[mention.last + 1]?.word ?? '');
  // "Iran's foreign minister said … ¶ Abbas Araqchi told reporters …": a role that only one
  // person holds is whoever the next paragraph opens on, acting or with a definite apposition
  // ("Sir Mark Rowley, the Metropolitan Police Commissioner,"), not "an analyst".
  // "The state's treasurer said … ¶ Daniel Mookhey told parliament": or a body's, after "the".
  const openAt = firstStartingAt(lede.tokens, at);
  const opener = lede.tokens[openAt];
  const owner = opener?.lower === 'the' ? lede.tokens[openAt + 1] : opener;
  const owned =
    opener?.start === at && owner?.possessive === true && (owner.capitalised || owner !== opener);
  // "a senior U.S. official described as … ¶ "…," the official, who spoke on condition of
  // anonymity, told Reuters": but "the official" refers back to someone the story had not named.
  const mentionedBefore = !earlierUses(narration, noun, at, paragraphIndex).next().done;
  const opens =
    (definite || owned) &&
    !mentionedBefore &&
    (followedByVerb(tokens, mention.last) ||
      (/^,\s$/.test(after) && tokens[mention.last + 1]?.lower === 'the') ||
      // "Newton N. Minow, in his first speech to the broadcasters, challenged …"; not "Priya
      // Raman, an economist at a Mumbai bank, said": someone of another kind.
      (!/^an?$/.test(tokens[mention.last + 1]?.lower ?? '') &&
        afterApposition(tokens, mention.last, (k) => isFiniteVerb(tokens[k] as Token))));
  // "A farmer has said he faces 'financial ruin'. ¶ Gwyn Price, who farms 300 acres near
  // Builth Wells, said …": someone new in the lede is the one the next paragraph opens on, set
  // off by a description and reporting in turn.
  // Only in the story's first paragraph after a dateline: "Tom Reed spoke first. ¶ A ministry
  // official, who spoke on condition of anonymity, said …" names nobody next.
  const described =
    fresh &&
    !isPlural(noun) &&
    (paragraphIndex === 0 || isDateline(narration[0] as ParagraphNarration)) &&
    mention.first === 0 &&
    reportsAfterApposition(tokens, mention.last);
  if (!role && !titled && !aged && !apposed && !opens && !described) return null;
  const gender = GENDERED_NOUNS.get(noun);
  const entity = registry.fromMention(mention);
  if (!entity || entity.kind !== 'person') return null;
  if (opens && !role && !titled && contradicts(entity, words)) return null;
  const known = entity.gender ?? mention.gender ?? firstNameGender(mention.words[0] ?? '') ?? null;
  if (gender && known && known !== gender) return null;
  return entity;
}

/** Offset `at` lies in the first sentence of the story's first or second paragraph. */
function inLede(
  narration: readonly ParagraphNarration[],
  at: number,
  paragraphIndex: number,
): boolean {
  const lede = narration[paragraphIndex];
  return paragraphIndex <= 1 && lede !== undefined && (lede.sentences[0]?.end ?? 0) > at;
}

/**
 * The organisation the first sentence of the paragraph after a lede names first as its subject or
 * a spokesperson's, when offset `at` lies in the lede's first sentence ("Johannesburg Water
 * spokesperson Kabelo Tshabalala said", "Thames Water said"); null otherwise.
 */
function organisationNamedNext(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  at: number,
  paragraphIndex: number,
): Entity | null {
  const next = narration[paragraphIndex + 1];
  const sentence = next?.sentences[0];
  if (!next || !sentence || !inLede(narration, at, paragraphIndex)) return null;
  // Its subject, or a spokesperson's ("president of the Orleans Parish School Board" is not).
  const mention = next.mentions.find(
    (candidate) =>
      candidate.kind === 'organisation' &&
      (!candidate.oblique || SPOKESPEOPLE.has(next.tokens[candidate.last + 1]?.lower ?? '')),
  );
  if (!mention || mention.start >= sentence.end) return null;
  const entity = registry.fromMention(mention);
  return entity?.kind === 'organisation' ? entity : null;
}

/**
 * The person introduced with the role `noun` ("U.S. District Judge Sylvester J. Ryan", "His lawyer,
 * Milton Ferrell,") as the subject of one of the three paragraphs after a lede that names no one
 * alone but in passing ("convicted Frank Costello's former bookkeeper", "Two students, Mary Lane
 * and John Grant, registered") and gives the role to nobody named (at offset `at`, in the first
 * sentence of the first or second paragraph); null otherwise.
 */
function introducedLater(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  noun: string,
  at: number,
  paragraphIndex: number,
): Entity | null {
  if (!inLede(narration, at, paragraphIndex)) return null;
  if (!earlierUses(narration, noun, at, paragraphIndex).next().done) return null;
  const namedBefore = narration
    .slice(0, paragraphIndex + 1)
    .some((paragraph) =>
      paragraph.mentions.some(
        (mention) =>
          mention.kind === 'person' &&
          !mention.oblique &&
          !mention.coordinated &&
          mention.start < at,
      ),
    );
  if (namedBefore) return null;
  for (let p = paragraphIndex + 1; p <= paragraphIndex + 3 && p < narration.length; p++) {
    const mention = (narration[p] as ParagraphNarration).mentions.find(
      (candidate) =>
        candidate.kind === 'person' &&
        !candidate.oblique &&
        candidate.role?.toLowerCase().split(' ').includes(noun) === true,
    );
    const entity = mention ? registry.fromMention(mention) : null;
    if (entity?.kind === 'person') return entity;
  }
  return null;
}

/**
 * The name ending at token `last` is set off by a description (", who farms 300 acres …,",
 * ", head of the school,") that a reporting verb follows.
 */
function reportsAfterApposition(tokens: readonly Token[], last: number): boolean {
  return afterApposition(tokens, last, (k) => isCueVerb(tokens, k));
}

/**
 * The name ending at token `last` is set off by a description (", who farms 300 acres …,", ", in
 * his first speech to the association,") that a word `verbAt` accepts follows.
 */
function afterApposition(
  tokens: readonly Token[],
  last: number,
  verbAt: (k: number) => boolean,
): boolean {
  if (!/^,\s$/.test((tokens[last] as Token).gap)) return false;
  for (let k = last + 1; k < tokens.length && k <= last + APPOSITION_REACH; k++) {
    const token = tokens[k] as Token;
    if (/[.;:!?]/.test(token.gap)) return false;
    // "who runs the Riverside Kitchen in Tenbury Wells, Worcestershire, said": past a place's
    // own comma.
    if (/^,\s$/.test(token.gap) && k + 1 < tokens.length && verbAt(k + 1)) return true;
  }
  return false;
}

/** A paragraph of a few words naming no person: a dateline ("CEBU, Philippines"). */
function isDateline({ tokens, mentions }: ParagraphNarration): boolean {
  return tokens.length <= 6 && mentions.every((mention) => mention.kind !== 'person');
}

/** How many words a description set off after a name may run to. */
const APPOSITION_REACH = 16;

/**
 * The organisation the last spokesperson introduced before offset `at`, in this paragraph or the
 * one before, speaks for ("A spokesman for Georgia Power", "A Southern Bell spokeswoman"), with
 * no entity when it is a titled person's; null when none was or none is named ("A company
 * spokesman").
 */
function spokespersonFor(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  at: number,
  paragraphIndex: number,
): { entity: Entity | null } | null {
  for (let p = paragraphIndex; p >= 0 && p >= paragraphIndex - 1; p--) {
    const { tokens, mentionByFirst, mentionByLast } = narration[p] as ParagraphNarration;
    for (let k = firstStartingAt(tokens, at) - 1; k >= 0; k--) {
      const token = tokens[k] as Token;
      if (!SPOKESPEOPLE.has(token.lower) || token.capitalised) continue;
      let owner =
        tokens[k + 1]?.lower === 'for' ? k + (tokens[k + 2]?.lower === 'the' ? 3 : 2) : -1;
      // "A spokesman for Senator Jim Tallow": the name after the title.
      while (owner > 0 && TITLES.has((tokens[owner]?.lower ?? '').replace(/\.$/, ''))) owner++;
      const named = (owner > 0 ? mentionByFirst.get(owner) : undefined) ?? mentionByLast.get(k - 1);
      // "Georgia Power", "Rich's": whatever the name looks like, a spokesperson speaks for an
      // organisation.
      if (!named) return null;
      const known = registry.fromMention(named);
      // "A spokesman for Senator Smith": a person's spokesperson is someone else.
      if (known?.kind === 'person' && (known.roles.length > 0 || named.role !== null))
        return { entity: null };
      const entity = known ?? registry.resolve(named.words, named.start, 'organisation');
      entity.kind = 'organisation';
      return { entity };
    }
  }
  return null;
}

/** The paragraph names an organisation (as one, not a capitalised word that may be one). */
function namesOrganisation(paragraph: ParagraphNarration): boolean {
  return paragraph.mentions.some((mention) => mention.kind === 'organisation');
}

/**
 * The mention opens its sentence as its subject: only a dateline or a place and a colon or dash
 * stand before it ("MUMBAI: Hero MotoCorp on Tuesday reported").
 */
function subjectOpens(paragraph: ParagraphNarration, mention: Mention): boolean {
  const { tokens } = paragraph;
  if (mention.first === 0) return true;
  const before = tokens[mention.first - 1] as Token;
  return /[:—–-]\s*$/.test(before.gap) || /\)\s*[:—–-]?\s*$/.test(before.gap);
}

/**
 * A question verb and "whether", "if" or "about" stand between tokens `first` and `at`, after a
 * subject ("Asked about his future, Isak was coy" is about Isak).
 */
function askedAbout(tokens: readonly Token[], first: number, at: number): boolean {
  for (let k = first + 1; k < at - 1; k++) {
    if (!QUESTION_VERBS.test((tokens[k] as Token).lower)) continue;
    for (let j = k + 1; j <= k + 3 && j < at; j++)
      if (/^(?:whether|if|about)$/.test((tokens[j] as Token).lower)) return true;
  }
  return false;
}

/** How copy says that someone did not speak to it. */
const SILENCE =
  /\b(?:did not (?:immediately )?(?:return|respond)|declined to (?:comment|speak|be interviewed)|refused to comment|could not be reached|(?:was|were) not (?:immediately )?available|has not commented)\b/;

/** The sentence from token `last` to offset `end` says its subject did not speak. */
function keptSilent(tokens: readonly Token[], last: number, end: number): boolean {
  const words: string[] = [];
  for (let k = last + 1; k < tokens.length && (tokens[k] as Token).start < end; k++)
    words.push((tokens[k] as Token).lower);
  return SILENCE.test(words.join(' '));
}

/**
 * The sentence opening at token `first` has an unnamed person for its subject ("One nurse in
 * Glasgow", "A senior official") who reports something before offset `end`.
 */
function opensWithUnnamed(tokens: readonly Token[], first: number, end: number): boolean {
  const relative = unnamedRelativeAt(tokens, first);
  if (relative > 0) return reportsBefore(tokens, relative + 1, end);
  if (!INDEFINITES.has(tokens[first]?.lower ?? '')) return false;
  let role = -1;
  for (let k = first + 1; k <= first + 3 && role < 0; k++) {
    const token = tokens[k];
    // "A Ford spokesman, John Hale, said": a name in apposition names the person.
    if (!token || (token.gap.trim() !== '' && tokens[k + 1]?.capitalised)) return false;
    // "A Winnipeg man", "A Congress worker": a place or a party may describe the person.
    if (!token.capitalised && (ROLE_NOUNS.has(token.lower) || PEOPLE.has(token.lower))) role = k;
    // "A guest who escaped", "A rescuer, covered in coal dust,", "A miner said": any noun
    // that ends the phrase before a relative, a comma or the reporting verb.
    const next = tokens[k + 1];
    if (
      role < 0 &&
      /^\p{Ll}{3,}$/u.test(token.word) &&
      !SUBJECT_PRONOUNS.has(token.lower) &&
      tokens[k - 1]?.blank === true &&
      next !== undefined &&
      (/^(?:who|whose)$/.test(next.lower) || /^,\s$/.test(token.gap) || isCueVerb(tokens, k + 1))
    )
      role = k;
    if (role < 0 && token.gap.trim() !== '') return false;
  }
  return role > 0 && reportsBefore(tokens, role + 1, end);
}

/** The token after an opening "In Washington," or "At Hazard,"; `first` when there is none. */
function afterPlaceOpening(tokens: readonly Token[], first: number): number {
  if (!/^(?:in|at)$/.test(tokens[first]?.lower ?? '')) return first;
  for (let k = first + 1; k <= first + 3; k++) {
    const token = tokens[k];
    if (!token?.capitalised) return first;
    if (/^,\s$/.test(token.gap)) return k + 1;
  }
  return first;
}

/**
 * The organisation named between the indefinite article at token `first` and a spokesperson
 * right after it: "A UAW spokesman", "an ICC spokeswoman"; null for anyone else.
 */
function spokespersonsFirm(paragraph: ParagraphNarration, first: number): Mention | null {
  const firm = paragraph.mentionByFirst.get(first + 1);
  const noun = firm ? paragraph.tokens[firm.last + 1] : undefined;
  return firm && firm.kind !== 'person' && noun && SPOKESPEOPLE.has(noun.lower) ? firm : null;
}

/** Clauses that withhold a speaker's name: "who did not want to be named". */
const WITHHELD_NAME =
  /\b(?:(?:did not|didn't|does not|doesn't) (?:want|wish) to be (?:named|identified)|(?:asked|declined|refused) (?:not )?to be (?:named|identified)|declined to give (?:his|her|their) (?:full )?name|(?:on|under) (?:the )?condition of anonymity|requested anonymity)\b/;

/** How many words after a subject an anonymity clause is looked for in. */
const WITHHELD_REACH = 24;

/**
 * The subject at offset `at` is set off by a clause that withholds its name, before its
 * sentence ends: "the headteacher, who did not want to be named, said".
 */
function withheldName(paragraph: ParagraphNarration | undefined, at: number): boolean {
  if (!paragraph) return false;
  const { tokens } = paragraph;
  const words: string[] = [];
  for (
    let k = firstStartingAt(tokens, at);
    k < tokens.length && words.length < WITHHELD_REACH;
    k++
  ) {
    const token = tokens[k] as Token;
    words.push(token.lower);
    if (/[.!?;:"“”]/.test(token.gap)) break;
  }
  return WITHHELD_NAME.test(words.join(' '));
}

/** A cue verb stands between token `from` and offset `end`. */
function reportsBefore(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < tokens.length && (tokens[k] as Token).start < end; k++) {
    if (!isCueVerb(tokens, k)) continue;
    // "who asked not to be named", "who requested anonymity": not the report.
    if (/^(?:not|to)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    // "One woman asked him whether he would campaign", "A man shouted a question": a question
    // is answered by someone else, whose "he said" follows.
    return !asksQuestion(tokens, k);
  }
  return false;
}

/** Verbs that ask a question. */
const QUESTION_VERBS = /^(?:ask|asks|asked|inquired|enquired|queried|wondered)$/;

/** The cue verb at `k` asks a question: "asked", "inquired", "shouted a question". */
function asksQuestion(tokens: readonly Token[], k: number): boolean {
  const verb = (tokens[k] as Token).lower;
  return (
    QUESTION_VERBS.test(verb) ||
    (tokens[k + 1]?.lower === 'a' && /^questions?$/.test(tokens[k + 2]?.lower ?? ''))
  );
}

/**
 * "The victim's father said", "Her brother told": a sentence opening with a relative that no name
 * follows; the index of the relative's noun, or -1.
 */
function unnamedRelativeAt(tokens: readonly Token[], first: number): number {
  const opener = tokens[first];
  let k = first + 1;
  if (opener?.lower === 'the') {
    // "The victim's father", "The boy's uncle": a possessor that is no name.
    const owner = tokens[k];
    if (owner?.possessive && !owner.capitalised) k++;
  } else if (!/^(?:his|her|their)$/.test(opener?.lower ?? '')) return -1;
  const noun = tokens[k];
  if (!noun || !KIN_NOUNS.has(noun.lower) || !(tokens[k - 1] as Token).blank) return -1;
  // "The boy's father, Ramesh Kumar, said": a name in apposition names the relative.
  if (noun.gap.trim() === ',' && tokens[k + 1]?.capitalised) return -1;
  // "Her brother Tom said": so does one right after.
  if (noun.blank && tokens[k + 1]?.capitalised) return -1;
  return k;
}

/**
 * The sentence opening at token `first` and ending before offset `end` is reported by a subject
 * pronoun: "He said that …" at its start or "…, he added." at its end.
 */
function reportedByPronoun(tokens: readonly Token[], first: number, end: number): boolean {
  const opener = tokens[first];
  if (opener && SUBJECT_PRONOUNS.has(opener.lower) && opener.blank && isCueVerb(tokens, first + 1))
    return true;
  let last = firstStartingAt(tokens, end) - 1;
  while (last > first && (tokens[last] as Token).start >= end) last--;
  const pronoun = tokens[last - 1];
  return (
    last - 1 > first &&
    pronoun !== undefined &&
    SUBJECT_PRONOUNS.has(pronoun.lower) &&
    (tokens[last - 2] as Token).gap.includes(',') &&
    isCueVerb(tokens, last)
  );
}

/** The first name from offset `from` to `end` that may be a sentence's subject for `fits`. */
function firstSubject(
  paragraph: ParagraphNarration,
  registry: SpeakerRegistry,
  from: number,
  end: number,
  fits: (entity: Entity) => boolean,
): Mention | undefined {
  const { mentions } = paragraph;
  for (let m = firstStartingAt(mentions, from); m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    if (mention.start >= end) break;
    if (mention.oblique) continue;
    // "Back on her street, Maria Lopez was …": a capitalised word that names nobody is not
    // the subject.
    if (opensAdverbial(paragraph.tokens, mention) && !registry.fromMention(mention)) continue;
    // "The Federal Aviation Administration said …. It added": an organisation is the subject
    // for "it" and "they"; a person is looked for past it.
    const organisation = mention.kind === 'organisation' ? registry.fromMention(mention) : null;
    if (mention.kind !== 'organisation' || (organisation && fits(organisation))) return mention;
  }
  return undefined;
}

/**
 * Where the main clause of the sentence opening at token `first` starts: after a fronted phrase
 * ("In the parish of St. Elizabeth,", "After the vote,") and a relative clause on it ("where
 * Melissa made landfall,"); the sentence's start when it has none.
 */
function mainClauseStart(tokens: readonly Token[], first: number, end: number): number {
  const opener = tokens[first];
  if (
    !opener ||
    !(
      PREPOSITIONS.has(opener.lower) ||
      FRONTED_CLAUSES.has(opener.lower) ||
      // "Presenting his fifth Budget, Mr. Balagopal said", "Asked about the delay, Rao said".
      // "According to Mayor John Smith, Robert Jones has resigned" is about its source.
      (/^\p{Ll}{2,}(?:ing|ed)$/u.test(opener.lower) &&
        !/^(?:according|including|regarding|concerning)$/.test(opener.lower) &&
        firstNameGender(opener.word) === undefined)
    )
  )
    return opener?.start ?? end;
  let comma = commaAfter(tokens, first, 15);
  if (comma < 0 || (tokens[comma] as Token).start >= end) return opener.start;
  if (/^(?:where|when|which|who)$/.test(tokens[comma + 1]?.lower ?? '')) {
    const next = commaAfter(tokens, comma + 1, 15);
    if (next < 0 || (tokens[next] as Token).start >= end) return opener.start;
    comma = next;
  }
  return (tokens[comma + 1] as Token | undefined)?.start ?? end;
}

/** Words opening a clause fronted before the main one. */
const FRONTED_CLAUSES = new Set([
  'after',
  'before',
  'when',
  'while',
  'as',
  'although',
  'though',
  'since',
  'if',
  'once',
  'despite',
  'during',
]);

/** The name set off by commas within the first words of the sentence opening at token `first`. */
function apposedNear(paragraph: ParagraphNarration, start: number, first: number): Mention | null {
  const { mentions, tokens } = paragraph;
  for (let m = firstStartingAt(mentions, start); m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    if (mention.first > first + 5) break;
    if (mention.first > first && (tokens[mention.first - 1] as Token).gap.includes(','))
      return mention;
  }
  // "The sole survivor, a British national identified as Viswashkumar Ramesh,", "The NDMA
  // chairman, Lt Gen Inam Haider Malik,": or a name closing the phrase set off by commas.
  const open = commaAfter(tokens, first, 5);
  const close = open < 0 ? -1 : commaAfter(tokens, open + 1, 12);
  if (close < 0) return null;
  for (let m = firstStartingAt(mentions, (tokens[open] as Token).end); m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    if (mention.last > close) break;
    if (mention.last === close && mention.kind !== 'organisation') return mention;
  }
  return null;
}

/** The first token from `from` on, within `reach` tokens, followed by a comma; -1 if none. */
function commaAfter(tokens: readonly Token[], from: number, reach: number): number {
  for (let k = from; k < tokens.length && k <= from + reach; k++)
    if ((tokens[k] as Token).gap.includes(',')) return k;
  return -1;
}

/** "Back on her street,", "Later,": a lone capitalised word that opens an adverbial phrase. */
function opensAdverbial(tokens: readonly Token[], mention: Mention): boolean {
  const word = tokens[mention.first] as Token;
  const next = tokens[mention.first + 1];
  return (
    mention.kind === 'unknown' &&
    mention.words.length === 1 &&
    firstNameGender(mention.name) === undefined &&
    (word.gap.includes(',') || (word.blank && PREPOSITIONS.has(next?.lower ?? '')))
  );
}

const IRREGULAR_PARTICIPLES = new Set(
  'spoken met made said told sent held led been won lost taken given written seen gone come done begun known shown grown drawn chosen fallen got gotten brought bought thought fought sought caught taught left kept felt built spent meant heard found stood sat paid laid read put cut hit set'.split(
    ' ',
  ),
);

/** The name at token `last` is the subject of a past-perfect verb: "Modi had spoken". */
function inPastPerfect(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  while (k < last + 3 && tokens[k] && isAdverb((tokens[k] as Token).lower)) k++;
  if (!(tokens[last] as Token).blank || tokens[k]?.lower !== 'had') return false;
  // "Amit Shah had also made similar promises".
  let p = k + 1;
  while (p < k + 3 && tokens[p] && isAdverb((tokens[p] as Token).lower)) p++;
  const participle = tokens[p]?.lower ?? '';
  return /^\p{Ll}{2,}(?:ed|en)$/u.test(participle) || IRREGULAR_PARTICIPLES.has(participle);
}

const isAdverb = (word: string) => /ly$/.test(word) || PERFECT_ADVERBS.has(word);
const PERFECT_ADVERBS = new Set(['also', 'already', 'never', 'just', 'once', 'earlier', 'even']);

/** The last person named before `at`, as a last resort. */
function lastMentioned(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  at: number,
  paragraphIndex: number,
  fits: (entity: Entity) => boolean,
): Entity | null {
  for (let p = paragraphIndex; p >= 0 && p > paragraphIndex - PRONOUN_REACH; p--) {
    const mentions = (narration[p] as ParagraphNarration).mentions;
    for (let m = firstStartingAt(mentions, at) - 1; m >= 0; m--) {
      const mention = mentions[m] as Mention;
      const entity = registry.fromMention(mention);
      if (entity && fits(entity)) return entity;
    }
  }
  return null;
}

/** Adds `at` to sorted `offsets`, keeping them sorted and each once. */
function noteOffset(offsets: number[], at: number): void {
  const index = firstOffsetAtOrAfter(offsets, at);
  if (offsets[index] !== at) offsets.splice(index, 0, at);
}

function firstOffsetAtOrAfter(offsets: readonly number[], at: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((offsets[middle] as number) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

function firstAtOrAfter(events: readonly SpeechEvent[], at: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((events[middle] as SpeechEvent).at < at) low = middle + 1;
    else high = middle;
  }
  return low;
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
