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
import { untaggedAlone } from './exchanges.ts';

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
  const { span } = located[index] as Located;
  const next = narration[span.paragraph + 1];
  if (
    !next ||
    !untaggedAlone(located, index, text, narration) ||
    placeInStory(narration, span.paragraph) !== 0
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
