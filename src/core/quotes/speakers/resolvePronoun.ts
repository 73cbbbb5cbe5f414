/**
 * Pronoun resolution: "he", "she" or "they" walks back sentence by sentence to a single subject
 * that fits (in the same paragraph, or one who has already spoken), and otherwise goes to the
 * last speaker who fits; after someone unnamed spoke, only a subject close by may take it.
 */

import { firstNameGender } from '../firstNames.ts';
import { SUBJECT_PRONOUNS } from '../lexicon/commonWords.ts';
import type { Mention } from '../mentions/mention.ts';
import { firstStartingAt, type ParagraphNarration } from '../narration.ts';
import type { Entity } from '../registry/entity.ts';
import type { Subject } from '../subjects/subject.ts';
import { entityOf, lastMentioned } from './lastNamed.ts';
import type { Resolution } from './resolution.ts';
import { sentenceSubject } from './sentenceSubject.ts';
import { type ResolverState, firstOffsetAtOrAfter, PRONOUN_REACH } from './speechHistory.ts';
import { HAS_LETTER_OR_DIGIT } from '../../text/wordShapes.ts';

/** What pronoun resolution reads of a resolver, beyond who has spoken: who was left unnamed. */
export type PronounHistory = ResolverState & {
  /** Where quotations stood whose cue named someone the engine could not resolve. */
  readonly unresolved: readonly number[];
  /** Where sentences start whose subject is someone unnamed who reports. */
  readonly unnamedReports: readonly number[];
  /** Where an unnamed cue subject stood ("a Red Cross worker said"). */
  readonly unnamedSpeakers: readonly number[];
  /** Where sentences start whose unnamed subject is a spokesperson, and for which organisation. */
  readonly spokespeopleFor: ReadonlyMap<number, Mention>;
};

/**
 * Who the pronoun `word` at offset `at` stands for, among those `accepts` takes; `gendered` false
 * lets "he" stand for a person of either gender (a role resolved like a pronoun), and
 * `continuing` says its verb goes on with earlier speech ("he added").
 */
export function resolvePronoun(
  resolver: PronounHistory,
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
    resolver.unresolved[firstOffsetAtOrAfter(resolver.unresolved, at) - 1] ?? -1,
    resolver.unnamedReports[firstOffsetAtOrAfter(resolver.unnamedReports, at) - 1] ?? -1,
  );
  const paragraphStart = (resolver.narration[paragraphIndex] as ParagraphNarration).span.start;
  const afterUnnamed =
    unnamed >= paragraphStart || unnamedSpokeLast(resolver, at, paragraphIndex, fits);
  const subject = sentenceSubject(
    resolver.narration,
    resolver.registry,
    at,
    paragraphIndex,
    fits,
    resolver,
    afterUnnamed ? 1 : PRONOUN_REACH,
    continuing,
  );
  // "A UAW spokesman said the union would fight any cut. "…," he said.": the spokesperson
  // speaks for the organisation.
  const firm = subject || gender === 'plural' ? undefined : resolver.spokespeopleFor.get(unnamed);
  if (afterUnnamed && firm) return entityOf(firm, resolver.registry);
  if (afterUnnamed) return subject;
  if (subject) return subject;
  return (
    resolver.lastSpeaker(at, fits)?.entity ??
    lastMentioned(resolver.narration, resolver.registry, at, paragraphIndex, fits)
  );
}

/**
 * "At Hazard, a Red Cross worker said families were "sleeping in churches." ¶ "…," she said.":
 * someone unnamed was the last to speak, in the paragraph before, and nobody the pronoun may
 * stand for was named or heard since.
 */
function unnamedSpokeLast(
  resolver: PronounHistory,
  at: number,
  paragraphIndex: number,
  fits: (entity: Entity) => boolean,
): boolean {
  const previous = resolver.narration[paragraphIndex - 1];
  // "A miner said the crew had dug through 30 feet of rock.": or reported without a quotation.
  const spoke = Math.max(
    resolver.unnamedSpeakers[firstOffsetAtOrAfter(resolver.unnamedSpeakers, at) - 1] ?? -1,
    resolver.unnamedReports[firstOffsetAtOrAfter(resolver.unnamedReports, at) - 1] ?? -1,
  );
  if (!previous || spoke < previous.span.start) return false;
  if ((resolver.lastSpeaker(at, fits)?.at ?? -1) > spoke) return false;
  return [previous, resolver.narration[paragraphIndex] as ParagraphNarration].every(
    ({ mentions }) =>
      mentions.every((mention) => {
        if (mention.start <= spoke || mention.start >= at || mention.kind !== 'person') return true;
        const entity = entityOf(mention, resolver.registry);
        return entity === null || !fits(entity);
      }),
  );
}

/**
 * Resolves a pronoun cue's subject ("he said") for the quotation `quoted`, whose speaker is
 * never someone it names ("'Rob has been brilliant,' he added") nor `asker`, who asked the
 * question it answers; a person with no gender takes the pronoun's.
 */
export function resolvePronounSubject(
  resolver: PronounHistory,
  subject: Extract<Subject, { kind: 'pronoun' }>,
  paragraphIndex: number,
  quoted: string,
  asker: Entity | null,
): Resolution {
  const entity = resolvePronoun(
    resolver,
    subject.word,
    subject.at,
    paragraphIndex,
    true,
    (candidate) => candidate !== asker && !namedIn(quoted, candidate),
    continuesSpeech(resolver.narration[paragraphIndex], subject.at),
  );
  if (entity && entity.gender === null && (subject.word === 'he' || subject.word === 'she')) {
    entity.gender = subject.word === 'he' ? 'male' : 'female';
  }
  return { entity, attribution: entity ? 'pronoun' : 'unknown' };
}

/** Accepts anyone: the default test of who a pronoun may stand for. */
export function anyone(): boolean {
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
    if (!HAS_LETTER_OR_DIGIT.test(before) && !HAS_LETTER_OR_DIGIT.test(after)) return true;
  }
  return false;
}
