/**
 * Who asked what a quotation answers (`"…?" Kerrigan asked. "No, sir," the witness replied.`,
 * `Rep. Kowalski asked Frederick B. Stimmel how many letters would be lost. "…," he replied.`):
 * whoever answers is someone else.
 */

import type { CueMatch } from '../cues/cueMatch.ts';
import type { Mention } from '../mentions/mention.ts';
import { sentenceAt, tokenIndexAt, type ParagraphNarration } from '../narration.ts';
import type { Entity } from '../registry/entity.ts';
import type { SpeakerRegistry } from '../registry/speakerRegistry.ts';
import type { QuoteKind } from '../../schema.ts';
import type { QuoteSpan } from '../spans/findQuoteSpans.ts';
import { entityOf } from './lastNamed.ts';

/** A quotation found so far, with the cue chosen for it and its kind. */
export type Located = { span: QuoteSpan; cue: CueMatch | null; kind: QuoteKind };

/** A quotation that ends with a question mark (and closing marks) asks a question. */
export const QUESTION_END = /\?\W*$/;

/** Verbs that answer a question: `"…?" Kerrigan asked. "No, sir," the witness replied.` */
const REPLYING = /^(?:repl(?:y|ies|ied)|answer(?:s|ed)?|respond(?:s|ed)?|retort(?:s|ed)?)$/i;

/**
 * The speaker of the quotation just before the one at `index`, when it asked a question in this
 * paragraph or the one before and the quotation at `index` answers it (its verb replies, or says
 * after "asked"): whoever answers is someone else.
 */
export function askerBefore(
  located: readonly Located[],
  index: number,
  verb: string,
  previousSpeaker: Entity | null,
  text: string,
): Entity | null {
  const previous = located[index - 1];
  const { span } = located[index] as Located;
  if (!previous || previous.kind === 'other' || previous.span.paragraph < span.paragraph - 1)
    return null;
  // `"…?" Hirsch asked. ¶ "No, sir," the witness said.`
  const answers =
    REPLYING.test(verb) ||
    (/^(?:said|says)$/i.test(verb) && /^ask(?:s|ed)?$/i.test(previous.cue?.verb ?? ''));
  if (!answers) return null;
  const asked = text.slice(previous.span.start, previous.span.end).trimEnd();
  return QUESTION_END.test(asked) ? previousSpeaker : null;
}

/** Verbs that put a question to someone named after them: "asked Stimmel how many …". */
const ASKING = /^(?:asked|asks|questioned|pressed)$/;

/**
 * `Rep. Thaddeus R. Kowalski asked Frederick B. Stimmel, the deputy postmaster general, how many
 * letters would be lost. "We have no way of knowing," he replied.`: the person who asked someone
 * named in the quotation's sentence or the one before (the last of the paragraph before, when
 * the quotation opens its own), when the quotation's verb replies.
 */
export function narratedAsker(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  paragraphIndex: number,
  at: number,
  verb: string,
): Entity | null {
  const paragraph = narration[paragraphIndex];
  if (!paragraph || !REPLYING.test(verb)) return null;
  const sentence = sentenceAt(paragraph, at);
  const opens = at <= paragraph.span.start + 1;
  const before = narration[paragraphIndex - 1];
  if (opens && before) {
    const end = before.span.end;
    return askerIn(before, registry, sentenceAt(before, end - 1).start, end);
  }
  return askerIn(paragraph, registry, sentenceAt(paragraph, sentence.start - 1).start, at);
}

/** The person who "asked" someone named, in `paragraph` between offsets `from` and `to`. */
function askerIn(
  paragraph: ParagraphNarration,
  registry: SpeakerRegistry,
  from: number,
  to: number,
): Entity | null {
  const { tokens, mentionByFirst, mentionByLast } = paragraph;
  for (let k = tokenIndexAt(tokens, to) - 1; k > 0 && (tokens[k]?.start ?? 0) >= from; k--) {
    if (!ASKING.test(tokens[k]?.lower ?? '')) continue;
    const asker: Mention | undefined = mentionByLast.get(k - 1);
    const asked = mentionByFirst.get(k + 1);
    if (asker?.kind !== 'person' || asked?.kind !== 'person') return null;
    return entityOf(asker, registry);
  }
  return null;
}
