/**
 * Earlier uses of a word before an offset, bounded so a long article stays linear: how a role
 * reference finds its introduction.
 */

import type { Token } from '../tokenize.ts';
import { firstStartingAt, type ParagraphNarration } from '../narration.ts';

/**
 * Every earlier use of `word` before `at`, in this paragraph and the `paragraphs` before (one
 * unless told), most recent first. The look-back is bounded, so a paragraph of thousands of "the
 * official said" stays linear.
 */
export function* earlierUses(
  narration: readonly ParagraphNarration[],
  word: string,
  at: number,
  paragraphIndex: number,
  paragraphs = 1,
): Generator<{ tokens: readonly Token[]; index: number; paragraph: ParagraphNarration }> {
  for (let p = paragraphIndex; p >= 0 && p >= paragraphIndex - paragraphs; p--) {
    const paragraph = narration[p] as ParagraphNarration;
    const { tokens } = paragraph;
    const to = firstStartingAt(tokens, at);
    for (let t = to - 1; t >= 0 && t >= to - INTRODUCTION_REACH; t--) {
      if ((tokens[t] as Token).lower === word) yield { tokens, index: t, paragraph };
    }
  }
}

/** How many words before a role reference its unnamed introduction may stand. */
const INTRODUCTION_REACH = 400;
