/**
 * Documents and courts as speakers: who "the statement" or "the release" speaks for (whoever was
 * just heard, or who the text said issued it), a document cited with no issuer, and the court a
 * ruling belongs to.
 */

import { LEGAL_DOCUMENTS } from '../lexicon/organisations.ts';
import { subjectBefore } from '../subjects/subjectBefore.ts';
import type { Mention } from '../mentions/mention.ts';
import type { Token } from '../tokenize.ts';
import { firstStartingAt, sentenceAt, type ParagraphNarration } from '../narration.ts';
import type { Entity } from '../registry/entity.ts';
import type { SpeakerRegistry } from '../registry/speakerRegistry.ts';
import { earlierUses } from './earlierUses.ts';
import type { Resolution } from './resolution.ts';
import type { ResolverState } from './speechHistory.ts';

/**
 * Who a document ("the statement said": `noun` at offset `at`) speaks for: whoever was just
 * heard, unless it was cited with no issuer, or else whoever the text said issued it.
 */
export function documentSpeaker(
  resolver: ResolverState,
  noun: string,
  at: number,
  paragraphIndex: number,
): Resolution {
  const paragraph = resolver.narration[paragraphIndex - 1] ?? resolver.narration[paragraphIndex];
  // "The ruling said": a court's document speaks for an institution, never a person.
  const issuer = resolver.lastSpeaker(
    at,
    (entity) => !LEGAL_DOCUMENTS.has(noun) || entity.kind === 'organisation',
  );
  const recent =
    issuer &&
    paragraph &&
    issuer.at >= paragraph.span.start &&
    !citedWithoutIssuer(resolver.narration, noun, at, paragraphIndex);
  if (recent) return { entity: issuer.entity, attribution: 'role' };
  // "The Texas State Teachers Association released a report …. ¶ The report said …": or for
  // whoever the text said issued it.
  const issuedBy = issuerOf(resolver.narration, resolver.registry, noun, at, paragraphIndex);
  return { entity: issuedBy, attribution: issuedBy ? 'role' : 'unknown' };
}

/**
 * The subject of the sentence that last said it issued the document `noun` ("The Democratic
 * Party of Texas adopted a platform", "the jury said in its presentments" is not one), before
 * offset `at` in this paragraph or the one before; null when none did.
 */
export function issuerOf(
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
export function citedWithoutIssuer(
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

/** Verbs and prepositions whose object is a court under review: "stayed", "against". */
const REVIEWS =
  /^(?:stayed|stays|stay|quashed|quashes|overturned|overturns|upheld|upholds|reversed|reverses|modified|against|aside)$/;

/** What a court under review issued: "an Allahabad High Court order". */
const RULINGS =
  /^(?:order|orders|judgment|judgement|verdict|ruling|decision|observations|direction|directions)$/;

/** How many names back a bench looks for its court: bounded, so the cost stays linear. */
const COURT_REACH = 40;

/** The court named last before offset `at`, in this paragraph or the three before it. */
export function courtNamedBefore(
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
