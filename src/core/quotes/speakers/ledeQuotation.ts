/**
 * A feature's opening quotation, alone in its paragraph and untagged, whose speaker the next
 * paragraph introduces: `"A horse will tell you when he's hurting."` ¶ `Jed Hollister has been
 * listening for 61 years.`
 */

import type { ParagraphNarration } from '../narration.ts';
import { placeInStory } from '../stories.ts';
import type { Mention } from '../mentions/mention.ts';
import { followedByVerb } from '../mentions/finiteVerbs.ts';
import type { Token } from '../tokenize.ts';
import type { Located } from './askers.ts';

/**
 * The person who opens the paragraph after the quotation at `index` as its subject, when that
 * quotation opens its story alone and untagged; null otherwise.
 */
export function ledeQuotationSpeaker(
  located: readonly Located[],
  index: number,
  text: string,
  narration: readonly ParagraphNarration[],
): Mention | null {
  const { span, cue, kind } = located[index] as Located;
  const paragraph = narration[span.paragraph];
  const next = narration[span.paragraph + 1];
  if (
    cue !== null ||
    kind !== 'direct' ||
    span.continues ||
    span.runsOn ||
    !paragraph ||
    !next ||
    located[index - 1]?.span.paragraph === span.paragraph ||
    located[index + 1]?.span.paragraph === span.paragraph ||
    placeInStory(narration, span.paragraph) !== 0 ||
    text.slice(paragraph.span.start, span.outerStart).trim() !== '' ||
    text.slice(span.outerEnd, paragraph.span.end).trim() !== ''
  )
    return null;
  const subject = next.mentionByFirst.get(0);
  const after = next.tokens[subject?.last ?? -1] as Token | undefined;
  return subject?.kind === 'person' &&
    !subject.oblique &&
    !subject.coordinated &&
    after !== undefined &&
    !after.possessive &&
    // "Jed Hollister has been listening", "Elbert Voorhees, 58, has": the next sentence's subject.
    (followedByVerb(next.tokens, subject.last) || /^,\s$/.test(after.gap))
    ? subject
    : null;
}
