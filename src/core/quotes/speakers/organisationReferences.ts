/**
 * Which organisation "the company", "the union" or "the museum" stands for: the one heard last,
 * one named in the cue's sentence or the paragraph before, the firm the story opens with, or an
 * institution named before; and a name the text goes on to call "it".
 */

import { firstNameGender } from '../firstNames.ts';
import { PLACES } from '../lexicon/places.ts';
import { followedByVerb } from '../mentions/finiteVerbs.ts';
import type { Mention } from '../mentions/mention.ts';
import { startsSentence } from '../mentions/tokenTests.ts';
import { firstStartingAt, sentenceAt, type ParagraphNarration } from '../narration.ts';
import type { Entity } from '../registry/entity.ts';
import type { SpeakerRegistry } from '../registry/speakerRegistry.ts';
import type { Token } from '../tokenize.ts';
import { fitting, namesFirm, namesOrganisation } from './organisationSpeakers.ts';
import { subjectOpens } from './sentenceOpenings.ts';
import type { ResolverState } from './speechHistory.ts';

/**
 * "Boeing said … "…," the company said": an institution noun stands for the organisation that
 * spoke last, in this or the previous paragraph; a one-word name with no gender or role that
 * spoke ("Boeing") counts as one, and is one from then on.
 */
export function recentOrganisation(
  resolver: ResolverState,
  at: number,
  paragraphIndex: number,
): Entity | null {
  const paragraph = resolver.narration[paragraphIndex - 1] ?? resolver.narration[paragraphIndex];
  const own = resolver.narration[paragraphIndex];
  const event = resolver.lastSpeaker(
    at,
    (entity) =>
      entity.kind === 'organisation' ||
      (entity.words.length === 1 && entity.gender === null && entity.roles.length === 0),
  );
  if (!event || !paragraph || event.at < paragraph.span.start) return null;
  // "The Election Commission gave him time. In its notice, the poll body said": an
  // organisation named in the cue's own paragraph, after the last one heard, is the one meant.
  if (
    own &&
    event.at < own.span.start &&
    firstOrganisation(resolver.registry, own, own.span.start, at, true)
  )
    return null;
  event.entity.kind = 'organisation';
  return event.entity;
}

/**
 * "Members of the Air Traffic Controllers' Association voted to strike, the union said": with
 * no organisation heard yet, the first one named in the cue's sentence, or else in the
 * paragraph before, is the one meant.
 */
export function organisationOpening(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  at: number,
  paragraphIndex: number,
  role: string,
  previousToo = true,
): Entity | null {
  const paragraph = narration[paragraphIndex];
  if (!paragraph) return null;
  const sentence = sentenceAt(paragraph, at);
  const previous = narration[paragraphIndex - 1];
  return (
    firstOrganisation(registry, paragraph, sentence.start, at, true, role) ??
    // "The International Association of Machinists said …. "…," the union said.": or earlier
    // in the paragraph.
    firstOrganisation(registry, paragraph, paragraph.span.start, sentence.start, true, role) ??
    // "Hero MotoCorp on Tuesday reported … ¶ Revenue rose 6 per cent. ¶ "…," the company
    // said.": a firm the story opens with, before a capitalised word opening the paragraph
    // before ("Revenue"), unless that paragraph names an organisation.
    (previous && previousToo && namesFirm(role) && !namesOrganisation(previous)
      ? fitting(ledeFirm(narration, registry, paragraphIndex), role)
      : null) ??
    (previous && previousToo
      ? firstOrganisation(registry, previous, previous.span.start, previous.span.end, false, role)
      : null) ??
    // "Analysts at Goldman Sachs cut their forecast. … the bank said": a firm named in
    // passing, when nothing else is, for "the company" or a trade, never "the union".
    (namesFirm(role)
      ? (firstOrganisation(registry, paragraph, paragraph.span.start, at, true, role, true) ??
        (previous && previousToo
          ? firstOrganisation(
              registry,
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
function ledeFirm(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  before: number,
): Entity | null {
  for (let p = 0; p < before && p < 2; p++) {
    const lede = narration[p] as ParagraphNarration;
    const first = lede.sentences[0];
    const mention = lede.mentions.find(
      (candidate) => !PLACES.has(candidate.words.join(' ').toLowerCase()),
    );
    if (!first || !mention) continue;
    if (mention.start >= first.end || mention.oblique) return null;
    if (mention.kind === 'organisation') return registry.fromMention(mention);
    if (
      mention.kind === 'unknown' &&
      firstNameGender(mention.words[0] ?? '') === undefined &&
      subjectOpens(lede, mention) &&
      // "Hero MotoCorp on Tuesday reported", "Wipro posted"; not "Markets were mixed" nor
      // "Oil prices rose".
      followedByVerb(lede.tokens, mention.last)
    )
      return firmOf(registry, mention, registry.fromMention(mention), '');
    return null;
  }
  return null;
}

/**
 * "Thieves broke into the Louvre on Sunday. ¶ … ¶ The museum said": an institution one visits,
 * named by its kind, is the last name before it in the three paragraphs before that is no
 * person's, no place's and no sentence's opening word.
 */
export function institutionNamedBefore(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  at: number,
  paragraphIndex: number,
): Entity | null {
  for (let p = paragraphIndex; p >= 0 && p >= paragraphIndex - 3; p--) {
    const { mentions, tokens } = narration[p] as ParagraphNarration;
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
        registry.fromMention(mention) ??
        registry.resolve(mention.words, mention.start, 'organisation');
      if (entity.kind === 'person') continue;
      entity.kind = 'organisation';
      return entity;
    }
  }
  return null;
}

/** The first organisation named from `from` to `to` that can be "the `role`" (any if ''). */
function firstOrganisation(
  registry: SpeakerRegistry,
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
    const named = mention.kind === 'organisation' ? registry.fromMention(mention) : null;
    if (named && fitting(named, role)) return named;
    if (mention.kind === 'organisation') continue;
    const known = registry.fromMention(mention);
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
      return firmOf(registry, mention, known, role);
  }
  return null;
}

/** The entity of a firm's mention, an organisation from now on, if it fits the role. */
function firmOf(
  registry: SpeakerRegistry,
  mention: Mention,
  known: Entity | null,
  role: string,
): Entity | null {
  const firm = fitting(
    known ?? registry.resolve(mention.words, mention.start, 'organisation'),
    role,
  );
  if (firm) firm.kind = 'organisation';
  return firm;
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
export function calledIt(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + 10; k++) {
    const token = tokens[k] as Token;
    if (token.lower === 'it' || token.lower === 'its') return true;
    if (/^(?:he|she|his|her|him|they|their)$/.test(token.lower) || /[.!?]/.test(token.gap))
      return false;
  }
  return false;
}
