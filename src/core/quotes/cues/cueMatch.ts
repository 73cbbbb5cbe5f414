/**
 * What a cue is: the CueMatch type, how far before a quotation a cue may stand, and the
 * sentence a cue is read in.
 */

import { sentenceAt, tokenIndexAt, type ParagraphNarration } from '../narration.ts';
import type { Subject } from '../subjects/subject.ts';

/** How many words before a quotation the cue before it may stand. */
export const CUE_REACH = 60;

/** A reporting verb that attributes a quotation, where it is and whom it names. */
export type CueMatch = {
  verb: string;
  start: number;
  end: number;
  subject: Subject | null;
  /** Right next to the quotation (`Peskov said, "…"` or `"…," he said`), not elsewhere in the sentence. */
  adjacent: boolean;
};

/** Index of the first token of the sentence holding `offset`. */
export function sentenceFrom(paragraph: ParagraphNarration, offset: number): number {
  return tokenIndexAt(paragraph.tokens, sentenceAt(paragraph, offset).start);
}
